import Testing
import TriageCore
import TriageIO

/// The tracker on its own, at a size where its index grows many times and its entries
/// fill several blocks.
@Suite struct DuplicateTrackerTests {
    func record(_ id: Int, text: String, file: String = "a.csv", line: Int? = nil) -> NarrativeRecord {
        NarrativeRecord(narrativeID: "N\(id)", text: text, location: SourceLocation(file: file, line: line ?? id + 2))
    }

    @Test func everyIdIsRememberedWithItsTextAndFirstPlaceAcrossGrowth() {
        let tracker = DuplicateTracker()
        let count = 150_000  // > 2 blocks of entries, index grown 8 times
        for id in 0..<count {
            #expect(tracker.check(record(id, text: "text \(id)")) == .new)
        }
        #expect(tracker.count == count)
        // Spread over the whole range: the first block, block boundaries, the last ids.
        for id in [0, 1, 65_535, 65_536, 65_537, 131_071, 131_072, 99_999, count - 1] {
            let first = SourceLocation(file: "a.csv", line: id + 2)
            #expect(tracker.check(record(id, text: "text \(id)", file: "b.csv", line: 1)) == .identical(first: first))
            #expect(tracker.check(record(id, text: "other \(id)", file: "b.csv", line: 2)) == .conflict(first: first))
        }
        #expect(tracker.identicalDuplicates == 9)
        #expect(tracker.firstIdenticalDuplicate == SourceLocation(file: "b.csv", line: 1))
        // Repeats add no ids; a new id after them is still new.
        #expect(tracker.count == count)
        #expect(tracker.check(record(count, text: "late")) == .new)
    }

    @Test func idsThatDifferOnlySlightlyAreKeptApart() {
        let tracker = DuplicateTracker()
        let ids = ["N1", "N10", "N1 ", "n1", "N01", ""]
        for (index, id) in ids.enumerated() {
            let r = NarrativeRecord(narrativeID: id, text: "same text", location: SourceLocation(file: "x.csv", line: index + 2))
            #expect(tracker.check(r) == .new, "\(id)")
        }
        #expect(tracker.count == ids.count)
    }

    @Test func aRecordWithoutAPlaceIsStillTracked() {
        let tracker = DuplicateTracker()
        #expect(tracker.check(NarrativeRecord(narrativeID: "A", text: "x")) == .new)
        #expect(tracker.check(NarrativeRecord(narrativeID: "A", text: "x")) == .identical(first: nil))
        #expect(tracker.check(NarrativeRecord(narrativeID: "A", text: "y")) == .conflict(first: nil))
    }
}
