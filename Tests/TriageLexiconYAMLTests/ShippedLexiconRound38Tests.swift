import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round thirty-eight (a rural northern county's family support notes, families with
    /// someone in prison, newly arrived families, an East Anglian county): a parent whose
    /// mood is better is still managing it; a prison term given puts someone outside the
    /// household; made-up payments, a full recovery and an order that ran out are past.
    @Test(arguments: [
        ("Dawn says her mood is much better and she still takes her tablets.", "MH-ADULT", MentionStatus.present),
        ("The farm is struggling and the bank is threatening to call in the loan.", "FIN", .present),
        ("Hollie (17) missed her 20-week scan.", "PH", .present),
        ("Baby Nico hasn't had his 8 and 12 week immunisations.", "PH", .present),
        ("Grandad goes to the memory clinic every three months.", "PH", .present),
        ("The family are bidding on a three-bed through the council.", "HOUS", .present),
        ("Tanya says she can't keep him in at night.", "REL-PAR", .present),
        ("Police think he is holding for an older group.", "SAFE-EXP", .present),
        ("Liam (11) has been chatting on a game with an adult he doesn't know.", "SAFE-EXP", .present),
        ("Kai (14) has missed fourteen days since September.", "EDU-ATT", .present),
        ("The children were in the room during the assault.", "DA", .present),
        ("Nadia (16) was offered a college place but never enrolled.", "EDU-NEET", .present),
        ("Shauna's PIP claim was turned down in March.", "FIN", .present),
        ("Ella (12) says she hates herself.", "MH-CHILD", .present),
        ("The missed mortgage payment has been made up.", "FIN", .historical),
        ("Gran had a stroke in 2023 but has recovered well.", "PH", .historical),
    ] as [(String, String, MentionStatus)])
    func roundThirtyEightStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        ("Ruby is up to date with all her jabs.", "PH"),
        ("Mum's sister uses cocaine but has no contact with the children.", "SUB"),
        ("Lee was convicted of burglary and got three years.", "CRIME"),
        ("The non-molestation order ran out in the summer.", "DA"),
        ("The boiler has not worked since October.", "FIN"),
        ("The neighbour's son has been throwing stones at the windows.", "CRIME"),
        ("Dad is on licence but lives at a probation hostel in Carlford.", "CRIME"),
    ])
    func roundThirtyEightNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
