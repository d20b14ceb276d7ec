import Foundation
import Testing
import TriageCore
@testable import TriageIO

/// JSON Lines: one object per line, the CSV's field names, bad lines rejected with their line.
struct JSONLinesReaderTests {
    func read(_ text: String) throws -> (path: String, all: ReadAll) {
        let folder = try TempFolder()
        let path = try folder.write("in.jsonl", text)
        return (path, ReadAll(try NarrativeInput.open(path: path)))
    }

    @Test func theSampleGivesTheSameRecordsAsTheCSV() throws {
        let path = try Fixture.path("triages.jsonl")
        let source = try NarrativeInput.open(path: path)
        #expect(source is NarrativeJSONLinesReader)
        let all = ReadAll(source)
        let csv = ReadAll(try NarrativeCSVReader(path: Fixture.path("triages.csv"))).records
        #expect(all.rejections.isEmpty)
        #expect(all.records == csv)
        #expect(all.records.map { $0.location?.line } == [1, 2, 3, 4])
    }

    @Test func numbersAndBooleansAreAcceptedAsIdsAndNestedValuesAsDimensions() throws {
        let (_, all) = try read("""
            {"narrative_id": 1042, "triage_id": 77, "case_id": 12.5, "flagged": true, "tags": ["a", "b"], "extra": {"k": 1}, "narrative": "text"}

            """)
        let record = try #require(all.records.first)
        #expect(record.narrativeID == "1042")
        #expect(record.triageID == "77")
        #expect(record.caseID == "12.5")
        #expect(record.dimensions.map(\.name) == ["extra", "flagged", "tags"])
        #expect(record.dimensions.map(\.value) == ["{\"k\":1}", "true", "[\"a\",\"b\"]"])
    }

    @Test func aMalformedLineIsRejectedWithItsLineAndTheRestRead() throws {
        let (path, all) = try read("""
            {"narrative_id": "N1", "narrative": "one"}
            {"narrative_id": "N2", "narrative": "two"
            ["not", "an", "object"]
            {"narrative_id": "N4", "narrative": "four"}
            """)
        #expect(all.records.map(\.narrativeID) == ["N1", "N4"])
        #expect(all.rejections.count == 2)
        #expect(all.messages[0].hasPrefix("\(path):2:"))
        #expect(all.messages[0].contains("error: the line is not valid JSON ("))
        #expect(all.messages[1] == "\(path):3: error: the line is an array, not a JSON object; write one object per line, such as {\"narrative_id\": \"N1\", \"narrative\": \"…\"}")
        #expect(all.rejections[0].record == "{\"narrative_id\": \"N2\", \"narrative\": \"two\"")
    }

    @Test func missingAndWronglyTypedFields() throws {
        let (path, all) = try read("""
            {"narrative": "no id"}
            {"narrative_id": "N2"}
            {"narrative_id": "N3", "narrative": 42}
            {"narrative_id": {"a": 1}, "narrative": "text"}
            {"narrative_id": "N5", "narrative": null}

            """)
        #expect(all.records.isEmpty)
        #expect(all.messages == [
            "\(path):1: error: required field 'narrative_id' is missing; add it",
            "\(path):2: error: required field 'narrative' is missing; add it",
            "\(path):3: error: field 'narrative' is a number but must be a string; write it as a string",
            "\(path):4: error: field 'narrative_id' is an object but must be a string, number or boolean; write it as a string, number or boolean",
            "\(path):5: error: required field 'narrative' is missing; add it",
        ])
    }

    @Test func theSameChecksAsCSV() throws {
        let (path, all) = try read("""
            {"narrative_id": "N1", "stage": "review", "narrative": "t"}
            {"narrative_id": "N2", "level": "amber", "narrative": "t"}
            {"narrative_id": "N3", "date": "yesterday", "narrative": "t"}
            {"narrative_id": "N4", "narrative": "  "}
            {"narrative_id": "N5", "narrative": "bad \\u0000 nul"}
            {"narrative_id": "N6", "narrative": "ok"}
            {"narrative_id": "N6", "narrative": "not ok"}

            """)
        #expect(all.records.map(\.narrativeID) == ["N6"])
        #expect(all.messages == [
            "\(path):1: error: unknown stage 'review'; use assessment or closure",
            "\(path):2: error: unknown level 'amber'; use blue, green, yellow, orange, red, or leave it empty for free text",
            "\(path):3: error: date 'yesterday' is not a date in the form YYYY-MM-DD (or DD/MM/YYYY); correct it or leave it empty",
            "\(path):4: error: the narrative is empty; remove the record or fill in the narrative",
            "\(path):5: error: field 'narrative' contains a NUL byte; remove it or re-export the file as text",
            "\(path):7: error: narrative_id 'N6' was seen before at \(path):6 with different text; give each narrative its own id",
        ])
    }

    @Test func invalidUTF8AndRawNulBytesRejectTheLine() throws {
        let folder = try TempFolder()
        let bytes = Array("{\"narrative_id\": \"N1\", \"narrative\": \"caf".utf8) + [0xE9] + Array("\"}\n".utf8)
            + Array("{\"narrative_id\": \"N2\", \"narrative\": \"a".utf8) + [0] + Array("b\"}\r\n".utf8)
            + Array("{\"narrative_id\": \"N3\", \"narrative\": \"fine\"}".utf8)
        let path = try folder.write("bad.jsonl", bytes: [0xEF, 0xBB, 0xBF] + bytes)
        let all = ReadAll(try NarrativeInput.open(path: path))
        #expect(all.records.map(\.narrativeID) == ["N3"])
        #expect(all.messages == [
            "\(path):1: error: the line is not valid UTF-8; re-save the file as UTF-8",
            "\(path):2: error: the line contains a NUL byte; remove it or re-export the file as text",
        ])
        #expect(all.rejections[1].record == "{\"narrative_id\": \"N2\", \"narrative\": \"a\u{2400}b\"}")
    }

    @Test func aHugeLineIsSkippedUnreadAndTheNextLineRead() throws {
        let folder = try TempFolder()
        let big = [UInt8](repeating: UInt8(ascii: "q"), count: 10 << 20)
        let bytes = Array("{\"narrative_id\": \"N1\", \"narrative\": \"".utf8) + big + Array("\"}\n{\"narrative_id\": \"N2\", \"narrative\": \"ok\"}\n".utf8)
        let path = try folder.write("big.jsonl", bytes: bytes)
        let all = ReadAll(try NarrativeInput.open(path: path))
        #expect(all.records.map(\.narrativeID) == ["N2"])
        #expect(all.records.first?.location?.line == 2)
        #expect(all.messages == ["\(path):1: error: the record is 10485799 bytes, over the limit of 4198400, and was skipped unread; split it, or check for a missing line break or closing quote"])
    }

    @Test func aFieldOverTheLimitInALineUnderItIsNamed() throws {
        let folder = try TempFolder()
        let path = try folder.write("f.jsonl", "{\"narrative_id\": \"N1\", \"narrative\": \"\(String(repeating: "w", count: 40))\"}\n")
        let all = ReadAll(try NarrativeInput.open(path: path, options: NarrativeInputOptions(maxFieldBytes: 30)))
        #expect(all.messages == ["\(path):1: error: field 'narrative' is 40 bytes, over the limit of 30; split the narrative or check for a missing closing quote"])
    }

    @Test func standardInputNeedsAFormatAndDefaultsToCSV() {
        #expect(NarrativeInputFormat.inferred(from: "-") == nil)
        #expect(NarrativeInputFormat.inferred(from: "a.NDJSON") == .jsonl)
        #expect(NarrativeInputFormat.inferred(from: "export.XML") == .xml)
        #expect(NarrativeInputFormat.inferred(from: "x.csv") == .csv)
        #expect(NarrativeInputFormat(rawValue: "wide-csv") == .wideCSV)
    }
}
