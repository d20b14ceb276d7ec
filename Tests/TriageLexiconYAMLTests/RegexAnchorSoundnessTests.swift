import Foundation
import Testing
@testable import TriageCore
import TriageIO
import TriageLexiconYAML
import TriageLexicons

/// The regex prefilter (``RegexAnchors``) only ever saves work: on every narrative of the
/// gold sets in `Samples/`, each regex term of each shipped lexicon that the prefilter
/// keeps from running finds nothing when run.
struct RegexAnchorSoundnessTests {
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples")

    /// Every narrative of every `Samples/*/narratives.csv`.
    static func narratives() throws -> [String] {
        let folders = try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted()
        var texts: [String] = []
        for folder in folders {
            let path = samples.appendingPathComponent(folder).appendingPathComponent("narratives.csv").path
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let reader = try CSVReader(path: path)
            guard let header = try reader.next() else { continue }
            let column = try #require(header.fields.firstIndex { String(decoding: $0, as: UTF8.self) == "narrative" })
            while let row = try reader.next() {
                if column < row.fields.count { texts.append(String(decoding: row.fields[column], as: UTF8.self)) }
            }
        }
        return texts
    }

    @Test(arguments: ShippedLexicons.names)
    func aRegexThePrefilterSkipsNeverMatches(lexicon name: String) throws {
        let texts = try Self.narratives()
        #expect(texts.count > 1_500)
        let compiled = try CompiledLexicon(try ShippedLexiconTests.load(name))
        // The coder's own path: the lexicon's prefilter, its needles marked per narrative.
        let prefilter = compiled.regexPrefilter
        var present = [UInt64](repeating: 0, count: max(prefilter.needleWords, 1))
        var skipped = 0
        var run = 0
        for text in texts {
            let normalized = Tokenizer().tokenize(text).normalized
            normalized.withUnsafeBufferPointer { buffer in
                present.withUnsafeMutableBufferPointer { prefilter.markNeedles(in: buffer, present: $0.baseAddress!) }
            }
            for (r, regex) in compiled.regexTerms.enumerated() {
                if present.withUnsafeBufferPointer({ prefilter.mayMatch(regex: r, present: $0.baseAddress!) }) {
                    run += 1
                } else {
                    skipped += 1
                    #expect(regex.matches(in: text).isEmpty, "\(regex.regex.pattern) skipped on a narrative it matches")
                }
            }
        }
        // The prefilter does its work: most regexes are skipped on most narratives.
        if !compiled.regexTerms.isEmpty { #expect(skipped > run * 4, "skipped \(skipped), run \(run)") }
    }
}
