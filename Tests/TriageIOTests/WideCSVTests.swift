import Foundation
import Testing
import TriageCore
@testable import TriageIO

/// The wide CSV layout triage tools export: one row per triage, one column per level box.
struct WideCSVTests {
    static let header = "triage_id,case_id,stage,date,worker,blue,green,yellow,orange,red\n"

    func read(_ body: String, header: String = Self.header) throws -> (path: String, all: ReadAll, tracker: DuplicateTracker) {
        let folder = try TempFolder()
        let path = try folder.write("wide.csv", header + body)
        let tracker = DuplicateTracker()
        let source = try NarrativeInput.open(path: path, options: NarrativeInputOptions(duplicates: tracker))
        return (path, ReadAll(source), tracker)
    }

    @Test func theSampleIsDetectedAndGivesOneNarrativePerFilledBox() throws {
        let path = try Fixture.path("triages-wide.csv")
        let reader = try NarrativeCSVReader(path: path)
        #expect(reader.layout == .wide)
        #expect(reader.dimensionNames == ["locality"])
        let all = ReadAll(reader)
        #expect(all.rejections.isEmpty)
        #expect(all.records.map(\.narrativeID) == ["T1-yellow", "T1-orange", "T2-green"])
        #expect(all.records.map(\.level) == [.yellow, .orange, .green])
        #expect(all.records.allSatisfy { $0.location?.line == ($0.triageID == "T1" ? 2 : 3) })
        // The same narratives, field for field, as the long sample's boxed ones.
        let long = ReadAll(try NarrativeCSVReader(path: Fixture.path("triages.csv"))).records.filter { $0.level != nil }
        #expect(all.records.map(\.narrativeID) == long.map(\.narrativeID))
        #expect(all.records.map(\.text) == long.map(\.text))
        #expect(all.records.map(\.caseID) == long.map(\.caseID))
        #expect(all.records.map(\.date) == long.map(\.date))
        #expect(all.records.map(\.stage) == long.map(\.stage))
        #expect(all.records.map { $0.dimensions.map(\.value) } == long.map { $0.dimensions.map(\.value) })
    }

    @Test func placeholderCellsAreNarrativesAndEmptyCellsAreNot() throws {
        let (_, all, _) = try read("T1,C1,assessment,2024-05-01,Sam,,N/A,  ,none,-\n")
        #expect(all.records.map(\.narrativeID) == ["T1-green", "T1-orange", "T1-red"])
        #expect(all.records.map(\.text) == ["N/A", "none", "-"])
    }

    @Test func theWideLayoutCanBeAskedForAndColumnsMayComeInAnyOrder() throws {
        let folder = try TempFolder()
        let path = try folder.write("w.txt", "RED,Triage_ID,yellow\nsection 47,T9,attendance 70%\n")
        let all = ReadAll(try NarrativeInput.open(path: path, format: .wideCSV))
        #expect(all.records.map(\.narrativeID) == ["T9-red", "T9-yellow"])
    }

    @Test func aRowWithEveryBoxEmptyIsRejected() throws {
        let (path, all, _) = try read("T1,C1,,,,,,,,\nT2,C2,,,,,,text,,\n")
        #expect(all.records.map(\.narrativeID) == ["T2-yellow"])
        #expect(all.messages == ["\(path):2: error: no narrative has any text (every level box is empty); fill in a box or remove the triage"])
    }

    @Test func rowProblemsRejectTheRowOnceAndCellProblemsOnlyTheirNarrative() throws {
        let folder = try TempFolder()
        let body = Array((Self.header
            + "T1,C1,review,,,a,b,c,,\n"  // unknown stage: the whole row, once
            + "T2,C2,,2024-02-30,,a,,,,\n"  // bad date: the whole row
            + ",C3,,,,a,,,,\n"  // no triage id
            + "T4,C4,,,,a,,,\n"  // wrong field count
            + "T5,C5,,,,ok,").utf8) + [0xC3, 0x28] + Array(",\"has\u{0}nul\",fine,\n".utf8)
        let path = try folder.write("rows.csv", bytes: body)
        let all = ReadAll(try NarrativeInput.open(path: path))
        #expect(all.records.map(\.narrativeID) == ["T5-blue", "T5-orange"])
        #expect(all.messages == [
            "\(path):2: error: unknown stage 'review'; use assessment or closure",
            "\(path):3: error: date '2024-02-30' is not a date in the form YYYY-MM-DD (or DD/MM/YYYY); correct it or leave it empty",
            "\(path):4: error: 'triage_id' is empty; fill it in",
            "\(path):5: error: row has 9 fields but the header has 10; quote fields that contain commas",
            "\(path):6: error: field 'green' is not valid UTF-8; re-save the file as UTF-8",
            "\(path):6: error: field 'yellow' contains a NUL byte; remove it or re-export the file as text",
        ])
    }

    @Test func aBoxOverTheLimitIsRejectedAndTheOtherBoxesKept() throws {
        let folder = try TempFolder()
        let path = try folder.write("big.csv", "triage_id,yellow,red\nT1,\(String(repeating: "z", count: 100)),ok\n")
        let reader = try NarrativeCSVReader(path: path, maxFieldBytes: 50, layout: nil, duplicates: nil)
        let all = ReadAll(reader)
        #expect(all.records.map(\.narrativeID) == ["T1-red"])
        #expect(all.messages == ["\(path):2: error: field 'yellow' is 100 bytes, over the limit of 50; split the narrative or check for a missing closing quote"])
    }

    @Test func theSameTriageTwiceIsADuplicateOrARepeat() throws {
        let (path, all, tracker) = try read("T1,,,,,,a,b,,\nT1,,,,,,a,changed,,\n")
        #expect(all.records.map(\.narrativeID) == ["T1-green", "T1-yellow"])
        #expect(tracker.identicalDuplicates == 1)
        #expect(all.messages == ["\(path):3: error: narrative_id 'T1-yellow' was seen before at \(path):2 with different text; give each narrative its own id"])
    }

    @Test func aWideHeaderNeedsATriageID() throws {
        let folder = try TempFolder()
        let path = try folder.write("w.csv", "case_id,yellow\nC1,text\n")
        let error = #expect(throws: InputError.self) { try NarrativeInput.open(path: path) }
        #expect(error?.description == "\(path):1: error: missing required column triage_id; the header has case_id, yellow")
    }

    @Test func askingForWideWithALongHeaderIsRefused() throws {
        let folder = try TempFolder()
        let path = try folder.write("l.csv", "narrative_id,narrative,yellow\n")
        let error = #expect(throws: InputError.self) { try NarrativeInput.open(path: path, format: .wideCSV) }
        #expect(error?.description.hasPrefix("\(path):1: error: a wide CSV has one column per level box, but this header also has narrative_id, narrative") == true)
    }

    @Test func aLongHeaderWithALevelNamedColumnStaysLong() throws {
        let folder = try TempFolder()
        let path = try folder.write("l.csv", "narrative_id,narrative,red\nN1,text,flag\n")
        let reader = try NarrativeCSVReader(path: path)
        #expect(reader.layout == .long)
        #expect(reader.dimensionNames == ["red"])
    }
}
