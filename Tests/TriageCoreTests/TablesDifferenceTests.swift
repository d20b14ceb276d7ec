import Testing
import TriageCore

/// The difference rule of the taxonomy's assessment-versus-closure table.
struct TablesDifferenceTests {
    @Test(arguments: [
        (Level.blue, 74, 132, 53, 81, "17% increase in self-help"),
        (.green, 76, 132, 47, 81, "No change in universal help"),
        (.yellow, 113, 132, 20, 81, "71% decrease in need at extra help level"),
        (.orange, 95, 132, 18, 81, "69% decrease in need at targeted help level"),
        (.red, 10, 100, 5, 100, "50% decrease in need at specialist help level"),
        (.green, 10, 100, 15, 100, "50% increase in universal help"),
        (.yellow, 10, 100, 10, 100, "No change in need at extra help level"),
        (.blue, 20, 100, 10, 100, "50% decrease in self-help"),
    ])
    func tableOneSentences(level: Level, a: Int, aTotal: Int, c: Int, cTotal: Int, expected: String) {
        #expect(Difference(assessment: (a, aTotal), closure: (c, cTotal)).sentence(for: level) == expected)
    }

    @Test func exactChangeIsTheRelativeChangeOfThePercentages() throws {
        let blue = Difference(assessment: (74, 132), closure: (53, 81))
        let exact = try #require(blue.exactPercent)
        // (65.432… − 56.060…) / 56.060… = 16.716…%
        #expect(abs(exact - 16.7167) < 0.001)
        #expect(blue == .change(exact: exact, rounded: 17))
        let green = Difference(assessment: (76, 132), closure: (47, 81))
        // 57.58% and 58.02% both round to 58%: "No change" although the exact change is +0.78%.
        #expect(abs(try #require(green.exactPercent) - 0.7797) < 0.001)  // 48 / 6156
        #expect(green.summary == "No change")
    }

    @Test func zeroAssessmentShareIsSaidNotDivided() {
        let d = Difference(assessment: (0, 132), closure: (3, 81))
        #expect(d == .zeroAtAssessment)
        #expect(d.exactPercent == nil)
        #expect(d.sentence(for: .red) == "Not comparable: 0% at assessment")
        #expect(d.summary == "Not comparable: 0% at assessment")
    }

    @Test func zeroAtBothStagesIsNoChange() {
        let d = Difference(assessment: (0, 132), closure: (0, 81))
        #expect(d == .noChange(exact: nil))
        #expect(d.sentence(for: .red) == "No change in need at specialist help level")
    }

    @Test func samePercentagesWhenRoundedAreNoChange() {
        // 50.4% and 49.6% both round to 50%.
        let d = Difference(assessment: (504, 1000), closure: (496, 1000))
        #expect(d.summary == "No change")
        // 80% → 81%: the change is +1.25%, rounds to 1%.
        #expect(Difference(assessment: (80, 100), closure: (81, 100)).summary == "1% increase")
    }

    @Test func aChangeThatRoundsToZeroIsNoChange() {
        // 99.4% → 99.6% round to 99% and 100%, but the relative change is +0.2% → 0%.
        let d = Difference(assessment: (994, 1000), closure: (996, 1000))
        #expect(d.summary == "No change")
    }

    @Test func halvesRoundAwayFromZeroExactly() {
        // 40% → 41%: +2.5% exactly, which rounds to 3%, not 2% by floating-point error.
        #expect(Difference(assessment: (40, 100), closure: (41, 100)).summary == "3% increase")
        #expect(Difference(assessment: (40, 100), closure: (39, 100)).summary == "3% decrease")
    }

    @Test func aStageWithoutTriagesCannotBeCompared() {
        #expect(Difference(assessment: (0, 0), closure: (5, 10)) == .noTriages(.assessment))
        #expect(Difference(assessment: (5, 10), closure: (0, 0)).summary == "Not comparable: no closure triages")
    }
}
