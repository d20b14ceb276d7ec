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

    @Test func withNoCueEachCodeTakesItsDefault() {
        let coded = coder.code("Eviction notice served and rent arrears")
        #expect(coded.issue("HOUS")?.level == .orange)
        #expect(coded.issue("FIN")?.level == .yellow)
    }

    @Test func levelsAreOrdered() {
        #expect(Level.allCases.sorted() == [.blue, .green, .yellow, .orange, .red])
        #expect(Level.red.meaning == "specialist help")
    }
}
