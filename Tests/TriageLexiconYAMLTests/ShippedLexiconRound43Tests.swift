import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round forty-three (health visitors in the first person, domestic abuse current and
    /// past, school family support bullet points, money and housing): "both PA", PTT and IE
    /// days are school shorthand; controlling a
    /// partner's phone, location, bank card or money is DA; a squeezed neck is DA; not using
    /// the funded hours is EYD; a parent who goes through a child's phone "with her" is not DA.
    @Test(arguments: [
        ("Mason (10) 79%, Lily-Mae (7) 81% - both PA.", "EDU-ATT", MentionStatus.present),
        ("Ruby 89% this half term.", "EDU-ATT", .present),
        ("Skye (15) on PTT since Oct.", "EDU-ATT", .present),
        ("Jas (11) late 2-3x a wk.", "EDU-ATT", .present),
        ("Riley (12) has had 2 IE days this half term.", "EDU-EXC", .present),
        ("Connor (17) dropped out of L2 plumbing at college in Nov.", "EDU-NEET", .present),
        ("Six people in a 2-bed flat, Mia sleeps on the sofa.", "HOUS", .present),
        ("Still on the list for a 3 bed.", "HOUS", .present),
        ("Ruby (12) crying in the toilets at break.", "MH-CHILD", .present),
        ("Sophie's hours at the nursery cut to 16 a wk.", "FIN", .present),
        ("Mum struggling with the gas and electric.", "FIN", .present),
        ("The oil ran out a week ago.", "FIN", .present),
        ("Kai (7) taking food out of other kids' lunchboxes.", "SAFE-NEG", .present),
        ("Gary on ESA, fridge bare by the weekend.", "SAFE-NEG", .present),
        ("In May the kids were left with a 13 yr old neighbour.", "SAFE-NEG", .present),
        ("Nicola rings her sponsor when she has a bad day.", "SUB", .present),
        ("Logan (8) says the shouting keeps him awake.", "PH", .present),
        ("Tyler (8) waking 2-3 times a night since the incident.", "PH", .present),
        ("Riley (6) is up at 3am most nights.", "PH", .present),
        ("Kyle goes through her phone and decides who she can see.", "DA", .present),
        ("Her husband kept her bank card and passport.", "DA", .present),
        ("He gives her £20 a week for food and wants receipts.", "DA", .present),
        ("Terry locks her out of the bank account.", "DA", .present),
        ("Dean arrested for assault on Kerry, bailed not to attend the address.", "DA", .present),
        ("Maddie (7) said Daddy squeezed Mummy's neck.", "DA", .present),
        ("Ellie (11) says mum and dad shout about money most nights.", "REL-CONF", .present),
        ("Poppy (3) isn't using her funded hours.", "EYD", .present),
        ("Noah (4) can't yet use the toilet on his own.", "EYD", .present),
        ("She called the police after Filip (11) threatened her with a kitchen knife.", "CRIME", .present),
    ] as [(String, String, MentionStatus)])
    func roundFortyThreeStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        ("Kacey still sees her worker weekly and Toni goes through her phone with her.", "DA"),
    ])
    func roundFortyThreeNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
