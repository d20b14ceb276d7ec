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
        let bits = UnsafeMutablePointer<UInt64>.allocate(capacity: RegexAnchors.Signature.words)
        defer { bits.deallocate() }
        let signature = RegexAnchors.Signature(bits: bits)
        // The coder's own path: the lexicon's prefilter, with a memo zeroed per narrative.
        let prefilter = compiled.regexPrefilter
        let memo = UnsafeMutablePointer<UInt8>.allocate(capacity: max(prefilter.needleCount, 1))
        defer { memo.deallocate() }
        var skipped = 0
        var run = 0
        for text in texts {
            let normalized = Tokenizer().tokenize(text).normalized
            memo.update(repeating: 0, count: max(prefilter.needleCount, 1))
            normalized.withUnsafeBufferPointer { buffer in
                signature.fill(buffer)
                for (r, regex) in compiled.regexTerms.enumerated() {
                    if prefilter.mayMatch(regex: r, in: buffer, signature: signature, memo: memo) {
                        run += 1
                    } else {
                        skipped += 1
                        #expect(regex.matches(in: text).isEmpty, "\(regex.regex.pattern) skipped on a narrative it matches")
                    }
                }
            }
        }
        // The prefilter does its work: most regexes are skipped on most narratives.
        if !compiled.regexTerms.isEmpty { #expect(skipped > run * 4, "skipped \(skipped), run \(run)") }
    }
}
