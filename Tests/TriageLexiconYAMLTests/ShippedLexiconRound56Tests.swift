import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round fifty-six (fathers and men as victims of domestic abuse, children missing
    /// education, racism and hate incidents, children returning home): a partner who keeps
    /// his passport or bank card, controls his money, or has been hitting him (DA; a child
    /// hitting him is REL-PAR); off work with stress (MH-ADULT); no school place, no
    /// education happening or in evidence, a reduced day, EHE in name only, neither child in
    /// school (EDU-ATT); bupe (SUB); shouting matches about his Xbox (REL-PAR); a child
    /// called the n-word, racist voice notes (SAFE-EXP).
    @Test(arguments: [
        ("Agnieszka keeps both passports and his bank card.", "DA", MentionStatus.present),
        ("Dan controls all his money and his wages.", "DA", .present),
        ("Jason disclosed Lauren has been hitting him for 2 yrs.", "DA", .present),
        ("Kai (14) has been hitting him when asked to get off the Xbox.", "REL-PAR", .present),
        ("Jamal has been off work for 3 wks with stress.", "MH-ADULT", .present),
        ("Adam (12) still has no school place in Y8.", "EDU-ATT", .present),
        ("No education happening at home at all.", "EDU-ATT", .present),
        ("EHE officer saw no evidence of any education.", "EDU-ATT", .present),
        ("Noah (6) on a reduced day at Carrowdyke Primary.", "EDU-ATT", .present),
        ("Kacey is EHE in name only.", "EDU-ATT", .present),
        ("Neither child in school since the move.", "EDU-ATT", .present),
        ("Courtney still on bupe, slowly reducing.", "SUB", .present),
        ("Shouting matches every night about his Xbox.", "REL-PAR", .present),
        ("A group of Y6 boys have been calling him the n-word.", "SAFE-EXP", .present),
        ("Boys in his year shared racist voice notes about him.", "SAFE-EXP", .present),
    ] as [(String, String, MentionStatus)])
    func roundFiftySixStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    /// A child hitting him is not domestic abuse (convention 8); a parent holding a teenager's
    /// bank card to stop him gambling is not control.
    @Test(arguments: [
        ("Kai (14) has been hitting him when asked to get off the Xbox.", "DA"),
        ("Mum holds his bank card so he can't gamble it.", "DA"),
    ])
    func roundFiftySixNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
