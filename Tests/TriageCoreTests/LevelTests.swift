import Testing
@testable import TriageCore

struct LevelTests {
    let coder = TestLexicon.coder

    @Test func boxLevelWinsOverCues() {
        let coded = coder.code("Referred to MARAC, rent arrears", box: .blue)
        #expect(coded.issue("FIN")?.level == .blue)
        #expect(coded.inferredLevel == nil)
    }

    @Test func freeTextTakesTheHighestPresentCue() {
        let coded = coder.code("Health visitor aware. Case heard at MARAC; rent arrears")
        #expect(coded.inferredLevel == .orange)
        #expect(coded.issue("FIN")?.level == .orange)
    }

    @Test func setAsideCuesDoNotRaiseTheLevel() {
        let coded = coder.code("No child protection plan needed. Rent arrears")
        #expect(coded.levelCues.first?.status == .negated)
        #expect(coded.issue("FIN")?.level == .yellow)
    }

    @Test func withNoCueEveryCodeTakesTheHighestDefaultOfThePresentCodes() {
        // Convention 2: free text gets one level for all its codes.
        let coded = coder.code("Eviction notice served and rent arrears")
        #expect(coded.issue("HOUS")?.level == .orange)
        #expect(coded.issue("FIN")?.level == .orange)
        // A code set aside does not raise it; with no present code each keeps its own default.
        let negated = coder.code("No eviction notice. Rent arrears")
        #expect(negated.issue("HOUS")?.status == .negated)
        #expect(negated.issue("FIN")?.level == .yellow)
        let none = coder.code("No eviction notice and no rent arrears")
        #expect(none.issue("HOUS")?.level == .orange)
        #expect(none.issue("FIN")?.level == .yellow)
    }

    @Test func levelsAreOrdered() {
        #expect(Level.allCases.sorted() == [.blue, .green, .yellow, .orange, .red])
        #expect(Level.red.meaning == "specialist help")
    }
}
