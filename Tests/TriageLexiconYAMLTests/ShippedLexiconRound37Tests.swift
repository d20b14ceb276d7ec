import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round thirty-seven (a south-west unitary's mix, dad-led households, health referrals,
    /// terse city boxes): plurals of phrase terms; a parent's kept safety plan; needs written
    /// with their own "not" ("not weaned", "hasn't gone back to college"); treated mould and
    /// a denied allegation set aside.
    @Test(arguments: [
        ("Dad has set up payment plans with both energy suppliers.", "FIN", MentionStatus.present),
        ("Kerry-Ann keeps her safety plan by the back door.", "DA", .present),
        ("Baby (10m) still not weaned and only takes bottles.", "EYD", .present),
        ("Tia (17) hasn't gone back to college since the baby.", "EDU-NEET", .present),
        ("Kai (16) dropped out of his bricklaying course at Easter.", "EDU-NEET", .present),
        ("Mr Osei leaves them alone at night while he drives a taxi.", "SAFE-NEG", .present),
        ("Aiden (15) was found in a car with cocaine and £400.", "CRIME", .present),
        ("Millie (13) helps care for her sister, who is tube fed.", "CARER", .present),
        ("Rhys (2) hasn't had his MMR.", "PH", .present),
        ("Mum's new partner controls her phone.", "DA", .present),
        ("A managed move would only be considered if things get worse.", "EDU-EXC", .hypothetical),
        ("A neighbour says Dad is drinking again, he denies it.", "SUB", .negated),
        ("The school says Jade (15) is smoking cannabis, which she denies.", "SUB", .negated),
    ] as [(String, String, MentionStatus)])
    func roundThirtySevenStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        ("The housing association treated the mould in the spring.", "HOUS"),
        ("Ellie (16) self-harms and has her own safety plan from CAMHS.", "DA"),
        ("Amira's UC was split from the joint claim in March.", "REL-CONF"),
        ("Noah (4) has had his pre-school boosters.", "PH"),
        ("Mum dropped out of her nursing course years ago.", "EDU-NEET"),
    ])
    func roundThirtySevenNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
