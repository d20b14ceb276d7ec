import Foundation
import Testing
import TriageCore
@testable import TriageIO

/// The long CSV layout: one narrative per row, and every kind of bad row.
struct NarrativeCSVReaderTests {
    static let header = "narrative_id,triage_id,case_id,stage,date,level,locality,narrative\n"

    func read(_ body: String, header: String = Self.header, maxFieldBytes: Int = 1 << 20) throws -> (path: String, all: ReadAll) {
        let folder = try TempFolder()
        let path = try folder.write("in.csv", header + body)
        let reader = try NarrativeCSVReader(path: path, maxFieldBytes: maxFieldBytes, layout: nil, duplicates: DuplicateTracker())
        return (path, ReadAll(reader))
    }

    @Test func theSampleReadsIntoRecordsWithDimensions() throws {
        let path = try Fixture.path("triages.csv")
        let reader = try NarrativeCSVReader(path: path)
        #expect(reader.layout == .long)
        #expect(reader.dimensionNames == ["locality"])
        let all = ReadAll(reader)
        #expect(all.rejections.isEmpty)
        #expect(all.records.map(\.narrativeID) == ["T1-yellow", "T1-orange", "T1-text", "T2-green"])
        let orange = try #require(all.record("T1-orange"))
        #expect(orange.text == "Mum disclosed DA from ex partner; police called x2. \"High risk\" on the DASH.")
        #expect(orange.level == .orange)
        #expect(orange.stage == .assessment)
        #expect(orange.dimensions.map(\.name) == ["locality"])
        #expect(orange.dimensions.map(\.value) == ["North"])
        #expect(orange.location == SourceLocation(file: path, line: 3))
        let free = try #require(all.record("T1-text"))
        #expect(free.level == nil)
        #expect(free.text == "Free text note:\nfamily moved in with maternal gran.")
        // The row after a quoted line break is on line 6.
        #expect(all.record("T2-green")?.location?.line == 6)
        #expect(all.record("T2-green")?.date == "2024-04-02")
    }

    @Test func crlfAndAByteOrderMarkReadTheSame() throws {
        let folder = try TempFolder()
        let plain = try String(contentsOfFile: Fixture.path("triages.csv"), encoding: .utf8)
        let windows = [0xEF, 0xBB, 0xBF] + Array(plain.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let path = try folder.write("windows.csv", bytes: windows)
        let expected = ReadAll(try NarrativeCSVReader(path: Fixture.path("triages.csv"))).records
        let records = ReadAll(try NarrativeCSVReader(path: path)).records
        #expect(records.count == 4)
        // The quoted line break keeps its CRLF; everything else is the same.
        #expect(records.map(\.narrativeID) == expected.map(\.narrativeID))
        #expect(records.map { $0.text.replacingOccurrences(of: "\r\n", with: "\n") } == expected.map(\.text))
        #expect(records.map { $0.location?.line } == expected.map { $0.location?.line })
    }

    @Test func idsAndCodesAreTrimmedButNarrativeTextIsKept() throws {
        let (_, all) = try read(" N1 , T1 ,C1, Assessment ,2024-01-31, YELLOW ,\u{00A0}North ,  text with spaces  \n")
        let record = try #require(all.records.first)
        #expect(record.narrativeID == "N1")
        #expect(record.triageID == "T1")
        #expect(record.stage == .assessment)
        #expect(record.level == .yellow)
        #expect(record.dimensions.first?.value == "North")
        #expect(record.text == "  text with spaces  ")
    }

    // MARK: Bad input: each one a rejection with file:line (and field), the rest still read.

    @Test func aRowWithTheWrongNumberOfFields() throws {
        let (path, all) = try read("N1,T1,C1,assessment,2024-01-01,yellow,North,ok\nN2,T2,C2,assessment,2024-01-01,yellow,North,a, b\nN3,T3,,,,,,fine\n")
        #expect(all.records.map(\.narrativeID) == ["N1", "N3"])
        #expect(all.messages == ["\(path):3: error: row has 9 fields but the header has 8; quote fields that contain commas"])
        #expect(all.rejections.first?.record == "N2,T2,C2,assessment,2024-01-01,yellow,North,a, b")
    }

    @Test func anUnclosedQuoteRejectsTheRestOfTheFileFromTheLineItOpened() throws {
        let (path, all) = try read("N1,,,,,,,ok\nN2,,,,,,,\"opened here\nN3,,,,,,,swallowed\nN4,,,,,,,swallowed too\n")
        #expect(all.records.map(\.narrativeID) == ["N1"])
        #expect(all.rejections.count == 1)
        #expect(all.messages.first?.hasPrefix("\(path):3: error: a quoted field opened on this line is never closed") == true)
        #expect(all.rejections.first?.record.contains("N4,,,,,,,swallowed too") == true)
        #expect(all.thrown == nil)
    }

    @Test func invalidUTF8NamesTheField() throws {
        let folder = try TempFolder()
        let path = try folder.write("bad.csv", bytes: Array((Self.header + "N1,T1,,,,,").utf8) + [0x4E, 0xFF, 0xFE] + Array(",text\nN2,,,,,,,fine\n".utf8))
        let all = ReadAll(try NarrativeCSVReader(path: path))
        #expect(all.records.map(\.narrativeID) == ["N2"])
        #expect(all.messages == ["\(path):2: error: field 'locality' is not valid UTF-8; re-save the file as UTF-8"])
        #expect(all.rejections.first?.record == "N1,T1,,,,,N\u{FFFD}\u{FFFD},text")
    }

    @Test func aNulByteNamesTheField() throws {
        let (path, all) = try read("N1,,,,,,,bad\u{0}text\nN2,,,,,,,fine\n")
        #expect(all.records.map(\.narrativeID) == ["N2"])
        #expect(all.messages == ["\(path):2: error: field 'narrative' contains a NUL byte; remove it or re-export the file as text"])
        #expect(all.rejections.first?.record == "N1,,,,,,,bad\u{2400}text")
    }

    @Test func aMissingRequiredColumnThrowsBeforeAnyRecord() throws {
        let folder = try TempFolder()
        let path = try folder.write("cols.csv", "id,triage_id,text\nN1,T1,hello\n")
        let error = #expect(throws: InputError.self) { try NarrativeCSVReader(path: path) }
        #expect(error?.description == "\(path):1: error: missing required columns narrative_id, narrative; the header has id, triage_id, text (a wide CSV needs triage_id and columns named blue, green, yellow, orange or red instead)")
    }

    @Test func anEmptyFileThrows() throws {
        let folder = try TempFolder()
        let path = try folder.write("empty.csv", "")
        let error = #expect(throws: InputError.self) { try NarrativeCSVReader(path: path) }
        #expect(error?.description == "\(path):1: error: the input is empty: it has no header row; the first row must name the columns (at least narrative_id, narrative)")
    }

    @Test func aRepeatedColumnThrows() throws {
        let folder = try TempFolder()
        let path = try folder.write("dup.csv", "narrative_id,narrative,Narrative\n")
        let error = #expect(throws: InputError.self) { try NarrativeCSVReader(path: path) }
        #expect(error?.description == "\(path):1: error: column 'narrative' appears more than once in the header; rename or remove one of them")
    }

    @Test func anUnknownStageOrLevelAndAnUnparseableDate() throws {
        let (path, all) = try read("""
            N1,,,review,,,,text
            N2,,,,,purple,,text
            N3,,,,31/02/2024,,,text
            N4,,,,2024-13-01,,,text
            N5,,,closure,1/2/2024,red,,text

            """)
        #expect(all.records.map(\.narrativeID) == ["N5"])
        #expect(all.records.first?.date == "2024-02-01")
        #expect(all.messages == [
            "\(path):2: error: unknown stage 'review'; use assessment or closure",
            "\(path):3: error: unknown level 'purple'; use blue, green, yellow, orange, red, or leave it empty for free text",
            "\(path):4: error: date '31/02/2024' is not a date in the form YYYY-MM-DD (or DD/MM/YYYY); correct it or leave it empty",
            "\(path):5: error: date '2024-13-01' is not a date in the form YYYY-MM-DD (or DD/MM/YYYY); correct it or leave it empty",
        ])
    }

    @Test func anEmptyNarrativeOrId() throws {
        let (path, all) = try read("N1,,,,,,,   \n,,,,,,,text\nN3,,,,,,,fine\n")
        #expect(all.records.map(\.narrativeID) == ["N3"])
        #expect(all.messages == [
            "\(path):2: error: the narrative is empty; remove the record or fill in the narrative",
            "\(path):3: error: narrative_id is empty; give every narrative an id",
        ])
    }

    @Test func aRepeatedIdWithDifferentTextIsRejectedAndWithTheSameTextSkipped() throws {
        let folder = try TempFolder()
        let path = try folder.write("dups.csv", Self.header + "N1,,,,,,,first text\nN2,,,,,,,other\nN1,,,,,,,first text\nN1,,,,,,,changed text\n")
        let tracker = DuplicateTracker()
        let all = ReadAll(try NarrativeCSVReader(path: path, maxFieldBytes: 1 << 20, layout: nil, duplicates: tracker))
        #expect(all.records.map(\.narrativeID) == ["N1", "N2"])
        #expect(all.messages == ["\(path):5: error: narrative_id 'N1' was seen before at \(path):2 with different text; give each narrative its own id"])
        #expect(tracker.identicalDuplicates == 1)
        #expect(tracker.firstIdenticalDuplicate == SourceLocation(file: path, line: 4))
        // Rows = records + rejections + identical repeats.
        #expect(all.count + tracker.identicalDuplicates == 4)
    }

    @Test func oneTrackerCatchesRepeatsAcrossTheInputsOfARun() throws {
        let folder = try TempFolder()
        let first = try folder.write("a.csv", "narrative_id,narrative\nN1,same\nN2,one text\n")
        let second = try folder.write("b.jsonl", "{\"narrative_id\": \"N1\", \"narrative\": \"same\"}\n{\"narrative_id\": \"N2\", \"narrative\": \"another text\"}\n")
        let options = NarrativeInputOptions(duplicates: DuplicateTracker())
        let a = ReadAll(try NarrativeInput.open(path: first, options: options))
        let b = ReadAll(try NarrativeInput.open(path: second, options: options))
        #expect(a.records.count == 2)
        #expect(b.records.isEmpty)
        #expect(b.messages == ["\(second):2: error: narrative_id 'N2' was seen before at \(first):3 with different text; give each narrative its own id"])
        #expect(options.duplicates?.identicalDuplicates == 1)
    }

    @Test func withoutATrackerRepeatsAreAllRead() throws {
        let folder = try TempFolder()
        let path = try folder.write("d.csv", "narrative_id,narrative\nN1,a\nN1,b\n")
        let all = ReadAll(try NarrativeInput.open(path: path, options: NarrativeInputOptions(duplicates: nil)))
        #expect(all.records.count == 2)
    }

    @Test func aTenMegabyteNarrativeIsRejectedAndTheNextRowRead() throws {
        let folder = try TempFolder()
        let big = [UInt8](repeating: UInt8(ascii: "x"), count: 10 << 20)
        let path = try folder.write("big.csv", bytes: Array("narrative_id,narrative\nN1,\"".utf8) + big + Array("\"\nN2,fine\n".utf8))
        let all = ReadAll(try NarrativeCSVReader(path: path))
        #expect(all.records.map(\.narrativeID) == ["N2"])
        #expect(all.messages == ["\(path):2: error: field 'narrative' is 10485760 bytes, over the limit of 1048576; split the narrative or check for a missing closing quote"])
        #expect(all.rejections.first?.record == "N1,")
    }

    @Test func theFieldLimitIsTheOneAskedFor() throws {
        let (path, all) = try read("N1,,,,,,,\(String(repeating: "y", count: 50))\nN2,,,,,,,short\n", maxFieldBytes: 20)
        #expect(all.records.map(\.narrativeID) == ["N2"])
        #expect(all.messages == ["\(path):2: error: field 'narrative' is 50 bytes, over the limit of 20; split the narrative or check for a missing closing quote"])
    }

    @Test func rejectedRecordsAreGuardedAgainstFormulas() throws {
        let (_, all) = try read("N1,,,,,purple,,=HYPERLINK(\"x\")\n")
        #expect(all.rejections.first?.record == "N1,,,,,purple,,\"'=HYPERLINK(\"\"x\"\")\"")
    }

    @Test func countsAddUpOverAMixOfGoodAndBadRows() throws {
        var body = ""
        var bad = 0
        for i in 1...200 {
            switch i % 7 {
            case 0: body += "N\(i),,,,,,,\n"; bad += 1
            case 3: body += "N\(i),,,never,,,,text \(i)\n"; bad += 1
            case 5: body += "N\(i),,,,,,,text,extra\n"; bad += 1
            default: body += "N\(i),T\(i),C\(i),closure,2024-02-29,green,East,text \(i)\n"
            }
        }
        let (_, all) = try read(body)
        #expect(all.rejections.count == bad)
        #expect(all.records.count + all.rejections.count == 200)
    }
}

/// Dates as inputs write them.
struct ISODateTests {
    @Test(arguments: [
        ("2024-02-29", "2024-02-29"), ("2023-02-29", nil), ("2024-04-31", nil), ("2024-12-31", "2024-12-31"),
        ("1899-01-01", nil), ("2024-1-05", nil), ("2024-01-05x", nil), ("29/02/2024", "2024-02-29"),
        ("1/2/2024", "2024-02-01"), ("01/13/2024", nil), ("2024/01/05", nil), ("", nil), ("12-12-2024", nil),
        ("2024-00-10", nil), ("2024-01-00", nil), ("abcd-ef-gh", nil),
    ] as [(String, String?)])
    func normalise(text: String, expected: String?) {
        #expect(ISODate.normalise(text) == expected)
    }
}
