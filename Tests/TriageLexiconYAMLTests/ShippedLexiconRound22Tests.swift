import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round twenty-two (extended families, review notes, neurodivergent children):
    /// phrasings the default lexicon now codes as present, and some that are not needs.
    @Test(arguments: [
        ("Ten people are living in a three-bedroom terrace and the children sleep four to a room.", "HOUS"),
        ("Freya sleeps on a sofa bed in the lounge.", "HOUS"),
        ("Lorraine says Mason does as he likes and climbs in through the window.", "REL-PAR"),
        ("Girls in her class have been passing round a video of her.", "SAFE-EXP"),
        ("Grace says some girls call her weird and won't let her join in at break.", "SAFE-EXP"),
        ("Most mornings Maisie (13) is sick with nerves and won't get in the car.", "MH-CHILD"),
        ("Noah (14) has not been into Calder Marsh High since October half term.", "EDU-ATT"),
        ("Noah gets 10 hours a week of home tuition from the medical tuition service.", "EDU-ATT"),
        ("Arjun (9) started methylphenidate in September.", "EDU-SEND"),
    ])
    func roundTwentyTwoPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        ("Mum has locked away the medicines and sharp knives.", "CRIME"),
        ("No further suspensions and the managed move wasn't needed in the end.", "EDU-EXC"),
        ("Riley's tantrums have settled. The early help worker has now withdrawn.", "MH-CHILD"),
    ])
    func roundTwentyTwoNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }

    /// Unboxed notes: a plan that "closed on" a date is past; a family that will chase or
    /// report it itself is blue.
    @Test(arguments: [
        ("The child in need plan for Tobi (9) closed on 14 March 2025. Mum still struggles with anxiety and has an early help worker.", Level.yellow),
        ("The landlord has still not fixed the leaking roof and both bedrooms are damp. She will chase it herself.", Level.blue),
    ])
    func roundTwentyTwoLevelCues(text: String, level: Level) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(!coded.issues.isEmpty && coded.issues.allSatisfy { $0.level == level }, "\(coded.issues.map { "\($0.code) \($0.level)" })")
    }
}
