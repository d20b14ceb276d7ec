import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round eleven: drugs an exploited child is found carrying are the exploitation
    /// (convention 12), not substance use; the child's own use beside it, in another
    /// sentence, still is.
    @Test func drugsFoundOnAnExploitedChildAreNotSubstanceUse() throws {
        let coder = try Self.defaultCoder.get()
        let carried = coder.code(
            "Police found Kaden (14) in a flat in another town with cannabis and £400 in his bag after he had been missing for two days.")
        #expect(carried.issue(Code("SAFE-EXP"))?.status == .present, "\(carried.presentIssues.map(\.code))")
        #expect(carried.issue(Code("SUB"))?.status != .present, "\(carried.presentIssues.map(\.code))")
        let own = coder.code(
            "Police found Kaden (14) in a flat in another town after he had been missing for two days. He smokes cannabis every day.")
        #expect(own.issue(Code("SUB"))?.status == .present, "\(own.presentIssues.map(\.code))")
    }
}
