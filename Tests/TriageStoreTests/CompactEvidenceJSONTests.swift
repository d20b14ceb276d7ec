import Foundation
import Testing
import TriageCore
import TriageLexiconYAML
import TriageLexicons
@testable import TriageStore

/// The store encodes a narrative's codes from ``NarrativeCoder/codeEvidence(_:box:scratch:)``
/// (numbers, no strings); the JSON must be the very bytes that encoding its
/// ``CodedNarrative`` gives: every shipped lexicon, on every example it carries and on the
/// validation narratives, with and without a level box.
struct CompactEvidenceJSONTests {
    static func load(_ name: String) throws -> CompiledLexicon {
        let loader = LexiconLoader { path in
            guard let text = ShippedLexicons.files[path] else { throw CocoaError(.fileNoSuchFile) }
            return text
        }
        let file = try #require(ShippedLexicons.file(named: name))
        return try CompiledLexicon(try loader.load(path: file.path))
    }

    /// The validation narratives (Samples/validation/narratives.csv): their text column, read
    /// with a small CSV parser of its own so that this test needs no reader.
    static let validation: [String] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/validation/narratives.csv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let c = characters[index]
            if quoted {
                if c != "\"" {
                    field.append(c)
                } else if index + 1 < characters.count, characters[index + 1] == "\"" {
                    field.append("\"")
                    index += 1
                } else {
                    quoted = false
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\n" || c == "\r\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(c)
            }
            index += 1
        }
        guard let header = rows.first, let column = header.firstIndex(of: "narrative") else { return [] }
        return rows.dropFirst().compactMap { $0.count > column ? $0[column] : nil }
    }()

    @Test(arguments: ShippedLexicons.names)
    func compactJSONIsTheFullJSON(lexicon name: String) throws {
        let compiled = try Self.load(name)
        let coder = NarrativeCoder(compiled)
        let strings = IssuesJSON.Strings(compiled)
        let scratch = CodingScratch()
        let examples = compiled.lexicon.codes.flatMap(\.examples).map(\.text)
        #expect(Self.validation.count > 100)
        var withEvidence = 0
        for text in examples + Self.validation {
            for box in [nil, Level.yellow] {
                var full: [UInt8] = [], compact: [UInt8] = []
                IssuesJSON.append(coder.code(text, box: box).issues, to: &full)
                IssuesJSON.append(coder.codeEvidence(text, box: box, scratch: scratch), strings: strings, to: &compact)
                #expect(compact == full, "\(name): \(text.prefix(60))")
                if full.count > 0, String(decoding: full, as: UTF8.self).contains(",[[") { withEvidence += 1 }
            }
        }
        #expect(withEvidence > 20, "\(name): few narratives exercised the evidence lists")
    }
}
