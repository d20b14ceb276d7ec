import Foundation
import Testing
import TriageCore
@testable import TriageIO

/// Random bytes, quotes, commas and line breaks thrown at the CSV readers (fixed seeds, so
/// every run is the same): they always finish, agree with a plain reference reader at every
/// buffer size, and account for every row.
struct CSVRandomInputTests {
    /// SplitMix64: small, fast and deterministic.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// A byte drawn mostly from the characters that matter to CSV.
    static func randomByte(_ g: inout Generator) -> UInt8 {
        switch g.below(100) {
        case 0..<16: UInt8(ascii: "\"")
        case 16..<30: UInt8(ascii: ",")
        case 30..<40: UInt8(ascii: "\n")
        case 40..<45: UInt8(ascii: "\r")
        case 45..<48: 0
        case 48..<52: [0xFF, 0xC3, 0xA9, 0x80, 0xEF][g.below(5)]
        case 52..<58: UInt8(ascii: " ")
        default: UInt8(ascii: "a") + UInt8(g.below(6))
        }
    }

    static func randomInput(_ g: inout Generator) -> [UInt8] {
        var bytes: [UInt8] = g.below(10) == 0 ? [0xEF, 0xBB, 0xBF] : []
        for _ in 0..<g.below(400) { bytes.append(randomByte(&g)) }
        return bytes
    }

    struct Row: Equatable {
        var line: Int
        var fields: [[UInt8]]
        var unclosedQuote: Int?
        var oversized: [Int]
    }

    /// The plain, byte-at-a-time reading of `bytes` that the fast reader must match.
    static func reference(_ bytes: [UInt8], maxFieldBytes: Int) -> [Row] {
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r"), quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var rows: [Row] = []
        while i < bytes.count {
            if bytes[i] == lf {
                i += 1
                line += 1
                continue
            }
            if bytes[i] == cr {
                i += i + 1 < bytes.count && bytes[i + 1] == lf ? 2 : 1
                line += 1
                continue
            }
            var row = Row(line: line, fields: [], unclosedQuote: nil, oversized: [])
            var field: [UInt8] = []
            enum State { case start, unquoted, quoted, quoteInQuoted }
            var state = State.start
            var quoteLine = line
            func push() {
                if field.count > maxFieldBytes {
                    row.oversized.append(field.count)
                    row.fields.append([])
                } else {
                    row.oversized.append(0)
                    row.fields.append(field)
                }
                field = []
            }
            rowLoop: while true {
                guard i < bytes.count else {
                    if state == .quoted { row.unclosedQuote = quoteLine }
                    push()
                    break rowLoop
                }
                let c = bytes[i]
                i += 1
                switch state {
                case .start, .unquoted, .quoteInQuoted:
                    if c == comma {
                        push()
                        state = .start
                    } else if c == lf || c == cr {
                        if c == cr && i < bytes.count && bytes[i] == lf { i += 1 }
                        line += 1
                        push()
                        break rowLoop
                    } else if c == quote && state == .start {
                        state = .quoted
                        quoteLine = line
                    } else if c == quote && state == .quoteInQuoted {
                        field.append(c)
                        state = .quoted
                    } else {
                        field.append(c)
                        state = .unquoted
                    }
                case .quoted:
                    if c == quote {
                        state = .quoteInQuoted
                    } else {
                        if c == lf { line += 1 }
                        field.append(c)
                    }
                }
            }
            rows.append(row)
        }
        return rows
    }

    static func read(_ path: String, chunkSize: Int, maxFieldBytes: Int) throws -> [Row] {
        let csv = try CSVReader(path: path, maxFieldBytes: maxFieldBytes, chunkSize: chunkSize)
        var rows: [Row] = []
        while try csv.advance() {
            rows.append(Row(
                line: csv.rowLine, fields: (0..<csv.fieldCount).map { Array(csv.field($0)) },
                unclosedQuote: csv.unclosedQuoteLine, oversized: (0..<csv.fieldCount).map { csv.oversizedBytes($0) }))
            if rows.count > 10_000 { break }  // never: a guard against a reader that does not advance
        }
        return rows
    }

    @Test(arguments: [1, 2, 3, 4])
    func theReaderMatchesTheReferenceAtEveryBufferSize(seed: UInt64) throws {
        var g = Generator(state: seed)
        let folder = try TempFolder()
        for round in 0..<150 {
            let bytes = Self.randomInput(&g)
            let maxFieldBytes = g.below(3) == 0 ? 1 + g.below(20) : 1 << 20
            let path = try folder.write("r\(round).csv", bytes: bytes)
            let expected = Self.reference(bytes, maxFieldBytes: maxFieldBytes)
            for chunkSize in [4, 5, 7, 13, 64, 1 << 20] {
                let rows = try Self.read(path, chunkSize: chunkSize, maxFieldBytes: maxFieldBytes)
                #expect(rows == expected, "seed \(seed) round \(round) chunk \(chunkSize): \(bytes)")
                if rows != expected { return }
            }
        }
    }

    @Test(arguments: [11, 12, 13])
    func everyRowIsARecordOrARejectionWithItsLine(seed: UInt64) throws {
        var g = Generator(state: seed)
        let folder = try TempFolder()
        for round in 0..<150 {
            let body = Self.randomInput(&g)
            let bytes = Array("narrative_id,narrative,level\n".utf8) + body
            let path = try folder.write("n\(round).csv", bytes: bytes)
            let rows = Self.reference(bytes, maxFieldBytes: 64)
            let tracker = DuplicateTracker()
            let reader = try NarrativeCSVReader(path: path, maxFieldBytes: 64, layout: nil, duplicates: tracker)
            let all = ReadAll(reader)
            #expect(all.thrown == nil)
            #expect(all.count + tracker.identicalDuplicates == rows.count - 1, "seed \(seed) round \(round): \(bytes)")
            let lines = Set(rows.map { "\(path):\($0.line)" } + rows.compactMap { $0.unclosedQuote.map { "\(path):\($0)" } })
            for message in all.messages {
                let place = message.prefix { $0 != " " }.dropLast()  // "path:line:"
                #expect(lines.contains(String(place)), "\(message)")
            }
        }
    }
}

/// The reader's own UTF-8 check agrees with the standard library's on random bytes.
struct UTF8ValidationTests {
    @Test func agreesWithTheStandardLibrary() {
        var g = CSVRandomInputTests.Generator(state: 99)
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x8F, 0x90]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<g.below(14) {
                bytes.append(g.below(3) == 0 ? UInt8(truncatingIfNeeded: g.next()) : interesting[g.below(interesting.count)])
            }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            let found = bytes.withUnsafeBufferPointer { RecordText.isValidUTF8($0) }
            #expect(found == expected, "\(bytes)")
            if found != expected { return }
        }
        let samples = ["plain ascii text, long enough for words", "£900 arrears – café", "emoji 👨‍👩‍👧 ok", "\u{10FFFF}"]
        for sample in samples {
            #expect(Array(sample.utf8).withUnsafeBufferPointer { RecordText.isValidUTF8($0) })
        }
    }
}
