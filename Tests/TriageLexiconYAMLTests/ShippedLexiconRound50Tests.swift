import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round fifty (Eastern European families, teenage girls, closure reviews): a named
    /// child who rows with "mum Becky" or "her stepmum" is REL-PAR (two adults, "Mum Claire
    /// and stepdad Paul", stay REL-CONF); notice served in days, rooms in a shared house,
    /// a sum still owing; threatening messages (DA); a young person who drinks with mates
    /// (SUB, not a parent); "signed her off from work with depression" is no discharge.
    @Test(arguments: [
        ("Mia (16) and mum Becky row every day and Mia stays at her nan's.", "REL-PAR", MentionStatus.present),
        ("Zara (12) and her stepmum clash over chores.", "REL-PAR", .present),
        ("Landlord has served 28 days notice for the arrears.", "HOUS", .present),
        ("Renting 2 rooms in a shared house on Gas Lane.", "HOUS", .present),
        ("Still £300 owing on the old rent account, paying £10 a week.", "FIN", .present),
        ("The baby's dad keeps sending her threatening messages.", "DA", .present),
        ("Maddie (13) sent a topless pic to a Y10 boy.", "SAFE-EXP", .present),
        ("Courtney (17) drinks with mates at weekends.", "SUB", .present),
        ("Police were called to school after she assaulted a TA.", "CRIME", .present),
        ("Ruby misses about 2 days a month with her periods.", "EDU-ATT", .present),
        ("GP has signed her off from the bakery with depression.", "MH-ADULT", .present),
    ] as [(String, String, MentionStatus)])
    func roundFiftyStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        ("Mia (16) and mum Becky row every day and Mia stays at her nan's.", "REL-CONF"),
        ("Mum Claire and stepdad Paul argue a lot about how to handle Amelia.", "REL-PAR"),
        ("Dad drinks with mates at the weekend.", "SUB"),
        ("3 girls sanctioned over the group chat.", "FIN"),
        ("Chloe and Mum (Sarah) rowing daily – name-calling, door-slamming.", "SAFE-EXP"),
    ])
    func roundFiftyNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
