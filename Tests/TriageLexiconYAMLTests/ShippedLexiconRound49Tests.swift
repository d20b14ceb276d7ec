import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round forty-nine (kinship care, teenage parents, temporary accommodation, under-fives
    /// and health visitors): "TA" after "still", "to" or before "since" is temporary
    /// accommodation (a teaching assistant is "her TA", "1:1 TA"); a parent named by a
    /// reporting verb is not the child whose worry it is; rows between a named child and
    /// her mum are REL-PAR, not REL-CONF.
    @Test(arguments: [
        ("Family still in TA, bidding weekly.", "HOUS", MentionStatus.present),
        ("TA since March, one room for four of them.", "HOUS", .present),
        ("Moved to TA in Westbury, 70 minutes from school.", "HOUS", .present),
        ("The council's letter says her tenancy is at risk.", "HOUS", .present),
        ("Dean says he doesn't always have the bus fare.", "FIN", .present),
        ("Bev is getting taxis she can't really afford.", "FIN", .present),
        ("Still seeing his worker at the substance service fortnightly.", "SUB", .present),
        ("Bobby (2) needs 6 teeth out under general anaesthetic.", "PH", .present),
        ("There is no guard on the gas fire and the blind cord hanging by the cot.", "SAFE-NEG", .present),
        ("Hostel staff found Alfie (6) alone in the room at 10pm.", "SAFE-NEG", .present),
        ("Lots of arguing at home between Keeley and her mum Dawn.", "REL-PAR", .present),
        ("Mum (Gemma) says Noah is anxious about the move.", "MH-CHILD", .present),
    ] as [(String, String, MentionStatus)])
    func roundFortyNineStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        ("Zofia on SEN support with her TA 3x a week.", "HOUS"),
        ("She has had a 1:1 TA since September.", "HOUS"),
        ("Lots of arguing at home between Keeley and her mum Dawn.", "REL-CONF"),
        ("Two boys suspended after the fight; Jake was not involved.", "EDU-EXC"),
        ("Mum (Gemma) says Noah is anxious about the move.", "MH-ADULT"),
    ])
    func roundFortyNineNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
