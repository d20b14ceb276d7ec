import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round twenty-six (a London borough's mix, teenagers in their own right, a
    /// cost-of-living squeeze): phrasings the default lexicon now codes as present.
    @Test(arguments: [
        ("Kai and his dad have been arguing every night.", "REL-PAR"),
        ("Mum and her daughter Jade (15) are rowing most days.", "REL-PAR"),
        ("They row every night about Leah's curfew.", "REL-PAR"),
        ("Ella (17) was asked to leave by her mum after months of rows.", "REL-PAR"),
        ("Aisha (12) helps her dad with his insulin.", "CARER"),
        ("Sami (13) goes to his mum's hospital appointments to translate.", "CARER"),
        ("Zofia (14) puts Kuba (6) to bed when dad is at work.", "CARER"),
        ("Chloe (16) didn't enrol anywhere in September.", "EDU-NEET"),
        ("Dad does cash-in-hand work, income irregular.", "FIN"),
        ("She keeps the heating off to save money.", "FIN"),
        ("The lender has been knocking at the door.", "FIN"),
        ("Mum has been skipping meals so the children can eat.", "FIN"),
        ("The prepayment meter was off for three days.", "FIN"),
        ("Jess still has low days.", "MH-ADULT"),
        ("Liam (11) is teased about his weight.", "SAFE-EXP"),
        ("An unknown account started messaging her.", "SAFE-EXP"),
        ("Tia (15) went missing twice in January.", "SAFE-EXP"),
        ("He still gets messages from the line asking him to go back.", "SAFE-EXP"),
        ("Mina (2) hasn't had her 2 year review.", "EYD"),
        ("Yusuf (1) has had bronchiolitis twice.", "PH"),
        ("Relate counsellor seeing both parents.", "REL-CONF"),
        ("They live on the 9th floor and the lift is often broken.", "HOUS"),
        ("The window frames are rotten.", "HOUS"),
        ("Kian (10) had been on his own for hours.", "SAFE-NEG"),
        ("Fridge and cupboards empty on the visit.", "SAFE-NEG"),
        ("Theo (13) is taken out of lessons most days for his behaviour.", "EDU-EXC"),
        // Not knowing of an entitlement is no absence of the need.
        ("Amina didn't know Yusuf (3) was entitled to a funded place.", "EYD"),
    ])
    func roundTwentySixPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        // An argument between a parent and a child is not the parents' conflict.
        ("Kai and his dad have been arguing every night.", "REL-CONF"),
        ("Ella (17) was asked to leave by her mum after months of rows.", "REL-CONF"),
        // A child who does the bedtimes is no parenting concern.
        ("Holly (14) does most of the cooking and bedtimes.", "REL-PAR"),
        // A debt to an older boy is exploitation, not the family's money.
        ("He was minding it for an older boy he owes money to.", "FIN"),
        // Debts and notices that are over.
        ("The budgeting advance has been paid back.", "FIN"),
        ("The hardship fund wrote off the energy debt.", "FIN"),
        ("The Section 21 has been withdrawn.", "HOUS"),
        ("Section 21 withdrawn after the repairs.", "MH-CHILD"),
        // A part-time timetable only considered is hypothetical.
        ("A part-time timetable could be considered if things do not improve.", "EDU-ATT"),
        // The GP surgery is no operation.
        ("The surgery books an interpreter for her checks.", "PH"),
    ])
    func roundTwentySixNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
