import Foundation
import Testing
import TriageCore
@testable import TriageStore

struct StoreRunTests {
    @Test func theSameWorkTwiceIsRecognisedOnceComplete() throws {
        let dir = try TemporaryDirectory()
        let store = try TriageDatabase(path: dir.file("t.sqlite"))
        guard case .started(let run) = try store.startRun(StoreFixtures.plan(processID: getpid())) else {
            Issue.record("expected a new run")
            return
        }
        try store.finish(run.id)
        #expect(try store.startRun(StoreFixtures.plan(processID: getpid())) == .alreadyComplete(try #require(try store.run(run.id))))
        // Another lexicon or another input is other work.
        guard case .started = try store.startRun(StoreFixtures.plan(inputHash: "other")) else {
            Issue.record("expected a new run for another input")
            return
        }
        guard case .started = try store.startRun(StoreFixtures.plan(StoreFixtures.lexicon(version: "2"))) else {
            Issue.record("expected a new run for another lexicon")
            return
        }
        // Standard input (no hash) is never recognised.
        guard case .started = try store.startRun(StoreFixtures.plan(inputHash: nil)),
            case .started = try store.startRun(StoreFixtures.plan(inputHash: nil))
        else {
            Issue.record("expected new runs for standard input")
            return
        }
        #expect(try store.runs().count == 5)
    }

    @Test func anIncompleteRunIsResumedWithItsCountsOnceItsProcessHasEnded() throws {
        let dir = try TemporaryDirectory()
        let store = try TriageDatabase(path: dir.file("t.sqlite"))
        let coder = try StoreFixtures.coder()
        let ended: Int32 = 999_999_999  // no such process
        let run = try store.startRun(StoreFixtures.plan(processID: ended)).run
        var batch = RunBatch(run: run.id)
        for i in 1...3 {
            let record = StoreFixtures.record("N\(i)", "Rent arrears.", line: i + 1)
            batch.add(record, coder.code(record.text))
        }
        try store.write(batch, duplicate: StoreFixtures.duplicate)

        let again = try store.startRun(StoreFixtures.plan(processID: getpid()))
        guard case .resumed(let resumed) = again else {
            Issue.record("expected the run to be resumed, got \(again)")
            return
        }
        #expect(resumed.id == run.id)
        #expect(resumed.counts.read == 3)
        #expect(resumed.processID == getpid())
        #expect(try store.runs().count == 1)
    }

    @Test func anIncompleteRunWhoseProcessStillRunsIsNotTakenOver() throws {
        let dir = try TemporaryDirectory()
        let store = try TriageDatabase(path: dir.file("t.sqlite"))
        let running = getppid()  // the test runner's parent: alive for the whole test
        let run = try store.startRun(StoreFixtures.plan(processID: running)).run
        let error = #expect(throws: StoreError.self) { try store.startRun(StoreFixtures.plan(processID: getpid())) }
        #expect(error == .runInProgress(run.id, processID: running))
        #expect(error?.description.contains("wait for it to finish") == true)
    }

    @Test func aSecondWriterWaitsForTheFirstInsteadOfFailing() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("t.sqlite")
        let first = try TriageDatabase(path: path)
        let waiting = try TriageDatabase(path: path, busyTimeout: 30)
        let impatient = try TriageDatabase(path: path, busyTimeout: 0)
        let locked = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? first.execute("INSERT INTO dimension_names (name) VALUES ('held')") {
                locked.signal()
                release.wait()
            }
            done.signal()
        }
        locked.wait()
        // With no busy timeout, a write while another process writes fails at once…
        #expect(throws: StoreError.self) { try impatient.beginRun(StoreFixtures.plan()) }
        // …with one, it waits for the lock and then succeeds.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { release.signal() }
        let run = try waiting.beginRun(StoreFixtures.plan())
        done.wait()
        #expect(try waiting.runs().map(\.id) == [run.id])
        #expect(try waiting.query("SELECT name FROM dimension_names") == [["held"]])
        #expect(try waiting.integrityCheck() == "ok")
    }

    @Test func diffListsAddedRemovedStatusAndLevelChanges() throws {
        let dir = try TemporaryDirectory()
        let store = try TriageDatabase(path: dir.file("t.sqlite"))
        let texts = [
            ("N1", "Rent arrears.", Level?.some(.yellow)),
            ("N2", "Eviction notice served.", .orange),
            ("N3", "Used a food bank, no concerns about debt.", nil),
            ("N4", "Nothing of note.", .blue),
        ]
        func code(_ lexicon: Lexicon, hash: String, levelFor n3: Level?, only: [String]) throws -> RunID {
            let coder = try StoreFixtures.coder(lexicon)
            let run = try store.beginRun(StoreFixtures.plan(lexicon, inputHash: hash))
            var batch = RunBatch(run: run.id)
            for (id, text, level) in texts where only.contains(id) {
                let record = StoreFixtures.record(id, text, level: id == "N3" ? n3 : level)
                batch.add(record, coder.code(record.text, box: record.level))
            }
            try store.write(batch, duplicate: StoreFixtures.duplicate)
            try store.finish(run.id)
            return run.id
        }
        var widened = StoreFixtures.lexicon(version: "2", extraFinanceTerm: "debt")
        widened.codes.removeAll { $0.code == "HOUS" }
        let a = try code(StoreFixtures.lexicon(), hash: "a", levelFor: nil, only: ["N1", "N2", "N3", "N4"])
        let b = try code(widened, hash: "b", levelFor: .red, only: ["N1", "N2", "N3"])
        let diff = try store.diff(runA: a, runB: b)
        #expect(diff.compared == 3)
        #expect(diff.onlyInA == 1)
        #expect(diff.onlyInB == 0)
        #expect(diff.changes.map { "\($0.narrativeID) \($0.code) \($0.kind)" } == ["N2 HOUS removed", "N3 FIN level"])
        #expect(diff.changedNarratives == 2)
        let fin = try #require(diff.counts.first { $0.code == "FIN" })
        #expect((fin.added, fin.removed, fin.status, fin.level, fin.presentBefore, fin.presentAfter) == (0, 0, 0, 1, 2, 2))
        let hous = try #require(diff.counts.first { $0.code == "HOUS" })
        #expect((hous.removed, hous.presentBefore, hous.presentAfter) == (1, 1, 0))
        #expect(throws: StoreError.noSuchRun(RunID(99))) { try store.diff(runA: a, runB: RunID(99)) }
    }

    @Test func statusChangesAreReportedBeforeLevelChanges() throws {
        let dir = try TemporaryDirectory()
        let store = try TriageDatabase(path: dir.file("t.sqlite"))
        var negating = StoreFixtures.lexicon(version: "2")
        negating.context.triggers.append(ContextTrigger(LocatedPhrase("denies"), kind: .negation, direction: .forward))
        var ids: [RunID] = []
        for (lexicon, hash) in [(StoreFixtures.lexicon(), "a"), (negating, "b")] {
            let run = try store.beginRun(StoreFixtures.plan(lexicon, inputHash: hash))
            var batch = RunBatch(run: run.id)
            let record = StoreFixtures.record("N1", "Denies rent arrears.")
            batch.add(record, try StoreFixtures.coder(lexicon).code(record.text, box: record.level))
            try store.write(batch, duplicate: StoreFixtures.duplicate)
            try store.finish(run.id)
            ids.append(run.id)
        }
        let diff = try store.diff(runA: ids[0], runB: ids[1])
        #expect(diff.changes.count == 1)
        #expect(diff.changes.first?.kind == .status)
        #expect(diff.changes.first?.before?.status == .present)
        #expect(diff.changes.first?.after?.status == .negated)
    }
}
