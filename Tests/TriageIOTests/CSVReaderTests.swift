import Foundation
import Testing
import TriageCore
@testable import TriageIO

/// The raw RFC 4180 reader: quoting, line ends, byte-order mark, chunk boundaries, limits.
struct CSVReaderTests {
    /// Every row of `bytes` as (line, fields), read with a buffer of `chunkSize` bytes.
    static func rows(
        _ bytes: [UInt8], chunkSize: Int = 1 << 20, maxFieldBytes: Int = 1 << 20
    ) throws -> [(line: Int, fields: [String], unclosedQuote: Int?, oversized: [Int])] {
        let folder = try TempFolder()
        let path = try folder.write("in.csv", bytes: bytes)
        let csv = try CSVReader(path: path, maxFieldBytes: maxFieldBytes, chunkSize: chunkSize)
        var rows: [(line: Int, fields: [String], unclosedQuote: Int?, oversized: [Int])] = []
        while try csv.advance() {
            let fields = (0..<csv.fieldCount).map { String(decoding: csv.field($0), as: UTF8.self) }
            let oversized = (0..<csv.fieldCount).map { csv.oversizedBytes($0) }
            rows.append((csv.rowLine, fields, csv.unclosedQuoteLine, oversized))
        }
        return rows
    }

    static func rows(_ text: String, chunkSize: Int = 1 << 20) throws -> [(line: Int, fields: [String], unclosedQuote: Int?, oversized: [Int])] {
        try rows(Array(text.utf8), chunkSize: chunkSize)
    }

    @Test(arguments: [1 << 20, 4, 5, 7, 16])
    func quotedFieldsKeepCommasQuotesAndLineBreaks(chunkSize: Int) throws {
        let text = "a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,row,here\n"
        let rows = try Self.rows(text, chunkSize: chunkSize)
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["last", "row", "here"]])
        // The row after a quoted line break starts two lines on.
        #expect(rows.map(\.line) == [1, 2, 4])
    }

    @Test(arguments: [1 << 20, 4, 6])
    func crlfAndLoneCRLineEndsAndBlankLines(chunkSize: Int) throws {
        let rows = try Self.rows("h1,h2\r\n\r\none,1\r\ntwo,\"2\r\n2\"\rthree,3\n\nfour,4", chunkSize: chunkSize)
        #expect(rows.map(\.fields) == [["h1", "h2"], ["one", "1"], ["two", "2\r\n2"], ["three", "3"], ["four", "4"]])
        #expect(rows.map(\.line) == [1, 3, 4, 6, 8])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let rows = try Self.rows([0xEF, 0xBB, 0xBF] + Array("narrative_id,narrative\r\nN1,text\r\n".utf8))
        #expect(rows.first?.fields == ["narrative_id", "narrative"])
        #expect(rows.count == 2)
    }

    @Test func emptyFieldsAndTrailingCommas() throws {
        let rows = try Self.rows("a,,c,\n,\n\"\",x")
        #expect(rows.map(\.fields) == [["a", "", "c", ""], ["", ""], ["", "x"]])
    }

    @Test func textAfterAClosingQuoteIsKept() throws {
        let rows = try Self.rows("\"ab\"cd,\"e\"\"f\"g\"h\n")
        #expect(rows.map(\.fields) == [["abcd", "e\"fg\"h"]])
    }

    @Test(arguments: [1 << 20, 8])
    func anUnclosedQuoteMakesTheRestOfTheFileOneRowFlaggedWhereItOpened(chunkSize: Int) throws {
        let rows = try Self.rows("id,text\n1,ok\n2,\"never closed\n3,more\n4,end\n", chunkSize: chunkSize)
        #expect(rows.count == 3)
        #expect(rows[1].unclosedQuote == nil)
        #expect(rows[2].line == 3)
        #expect(rows[2].unclosedQuote == 3)
        #expect(rows[2].fields == ["2", "never closed\n3,more\n4,end\n"])
    }

    @Test func theThrowingAPIReportsTheUnclosedQuoteLine() throws {
        let folder = try TempFolder()
        let path = try folder.write("q.csv", "a\n\"open\n\nstill open")
        let csv = try CSVReader(path: path)
        #expect(try csv.next()?.fields == [Array("a".utf8)])
        let error = #expect(throws: InputError.self) { try csv.next() }
        #expect(error?.description == "\(path):2: error: a quoted field opened on this line is never closed, so the rest of the file was read as one record; close the quote, or double any quote inside the field (\"\")")
    }

    @Test(arguments: [1 << 20, 64, 5])
    func aFieldOverTheLimitIsCountedNotKept(chunkSize: Int) throws {
        let big = String(repeating: "x", count: 300)
        let rows = try Self.rows(Array("a,\(big),c\nd,\"\(big)\",f\n".utf8), chunkSize: chunkSize, maxFieldBytes: 100)
        #expect(rows.map(\.fields) == [["a", "", "c"], ["d", "", "f"]])
        #expect(rows.map(\.oversized) == [[0, 300, 0], [0, 300, 0]])
    }

    @Test func aTenMegabyteFieldIsRejectedWithoutHoldingIt() throws {
        let folder = try TempFolder()
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: 10 << 20)
        let path = try folder.write("big.csv", bytes: Array("id,text\n1,\"".utf8) + big + Array("\"\n2,small\n".utf8))
        let csv = try CSVReader(path: path)
        #expect(try csv.advance())
        #expect(try csv.advance())
        #expect(csv.oversizedBytes(1) == 10 << 20)
        #expect(csv.field(1).isEmpty)
        #expect(try csv.advance())
        #expect(String(decoding: csv.field(1), as: UTF8.self) == "small")
        #expect(csv.rowLine == 3)
        // The read buffer and the field scratch stayed near the 1 MiB limit, not 10 MiB.
        #expect(csv.retainedBytes < 4 << 20)
    }

    @Test func aDirectoryIsNotAnInput() throws {
        let folder = try TempFolder()
        let error = #expect(throws: InputError.self) { try CSVReader(path: folder.url.path) }
        #expect(error?.description.contains("it is a directory") == true)
    }

    @Test func aMissingFileSaysWhichAndWhatToDo() {
        let error = #expect(throws: InputError.self) { try CSVReader(path: "/nonexistent/in.csv") }
        #expect(error?.description == "error: cannot open input '/nonexistent/in.csv': No such file or directory; check the path and permissions")
    }
}
