import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round forty-seven (rural border families, parents with a learning disability, gambling
    /// and debt, child-to-parent violence): a child (an age in brackets) who hits, shoves,
    /// bites or threatens a parent named or unnamed is REL-PAR, but not one whose target has an
    /// age of their own, nor one scratching her own arms; an adult who "has learning
    /// difficulties" is PH, a child EDU-SEND; a debt still being paid back at £N a month, time
    /// to pay, rent to own and money that runs out before payday are FIN.
    @Test(arguments: [
        ("Kai (15) has punched Darren twice and pushed his mum.", "REL-PAR", MentionStatus.present),
        ("Leah (13) has shoved her into the door.", "REL-PAR", .present),
        ("Tom has mild learning difficulties and works at the garden centre.", "PH", .present),
        ("Kian (10) has learning difficulties and an EHCP.", "EDU-SEND", .present),
        ("She is paying her sister back at £40 a month.", "FIN", .present),
        ("Steve has an HMRC time to pay arrangement.", "FIN", .present),
        ("Mum has nothing left by Wednesday most weeks.", "FIN", .present),
        ("He runs out of money before payday.", "FIN", .present),
        ("They have a rent to own sofa.", "FIN", .present),
    ] as [(String, String, MentionStatus)])
    func roundFortySevenStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        ("The neighbours' son (17) has threatened Callum (14) twice.", "REL-PAR"),
        ("Kayla (12) has been scratching her arms.", "REL-PAR"),
        ("Tom has mild learning difficulties and works at the garden centre.", "EDU-SEND"),
    ])
    func roundFortySevenNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
