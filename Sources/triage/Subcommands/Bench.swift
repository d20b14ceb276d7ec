import ArgumentParser
import Crypto
import Foundation
import TriageCore
import TriageIO

extension TriageCommand {
    /// `triage bench`: times the coding engine alone (tokenise, match, context) on
    /// narratives held in memory, on one thread — the scope the peers' benchmark times.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bench",
            abstract: "Time the coding engine on narratives held in memory (for benchmarks).",
            discussion: """
                Reads every narrative of INPUT into memory, compiles the lexicon, then codes them \
                all on one thread --reps times and reports the fastest pass: narratives/s and MB/s \
                of narrative text. Reading and compiling are timed apart. The last line is \
                RESULT {json} in the form the peers' bench.py reads (coding_s, n, bytes, load_s, \
                codes_md5); the md5 is over sorted `id<TAB>CODE;CODE` lines of present codes.
                """,
            shouldDisplay: false)

        @Argument(help: "The narratives (any input format triage code reads).")
        var input: String

        @OptionGroup var lexiconOptions: LexiconOptions

        @Option(help: "Passes over the narratives; the fastest is reported.")
        var reps = 3

        @Option(name: .customLong("codes-out"), help: ArgumentHelp(
            "Write the present codes as `id<TAB>CODE;CODE` lines here.", valueName: "path"))
        var codesOut: String?

        @Option(help: ArgumentHelp(
            "Write everything the coder found in each narrative (Swift's description of it) here, to check that a change to the engine changes nothing.",
            valueName: "path"))
        var dump: String?

        func run() throws {
            let loadStart = Date()
            let compiled = try lexiconOptions.load()
            let loadSeconds = Date().timeIntervalSince(loadStart)
            let readStart = Date()
            var ids: [String] = []
            var texts: [String] = []
            var boxes: [Level?] = []
            do throws(InputError) {
                let source = try NarrativeInput.open(path: input, options: NarrativeInputOptions(duplicates: nil))
                while let result = try source.next() {
                    if case .record(let record) = result {
                        ids.append(record.narrativeID)
                        texts.append(record.text)
                        boxes.append(record.level)
                    }
                }
            } catch {
                Console.error(error.description)
                throw ExitCode.failure
            }
            Console.error(String(format: "read %d narratives in %.3f s", texts.count, Date().timeIntervalSince(readStart)))
            if let dump {
                let coder = NarrativeCoder(compiled)
                var text = ""
                for index in texts.indices {
                    text += ids[index] + "\t" + String(describing: coder.code(texts[index], box: boxes[index])) + "\n"
                }
                try text.write(toFile: dump, atomically: true, encoding: .utf8)
            }
            let bytes = texts.reduce(0) { $0 + $1.utf8.count }
            let coder = NarrativeCoder(compiled)
            let scratch = CodingScratch()
            let codeNames = compiled.lexicon.codes.map(\.code.rawValue)
            var best = Double.infinity
            var codes: [String] = []
            for rep in 0..<max(1, reps) {
                var lines: [String] = []
                if rep == 0 { lines.reserveCapacity(texts.count) }
                let start = DispatchTime.now().uptimeNanoseconds
                let cpuStart = Self.threadCPUSeconds()
                var present = 0
                for index in texts.indices {
                    let coded = coder.codeCompact(texts[index], box: boxes[index], scratch: scratch)
                    present &+= coded.count
                    if rep == 0 {
                        let found = coded.filter { $0.status == .present }.map { codeNames[Int($0.code)] }.sorted()
                        lines.append(ids[index] + "\t" + found.joined(separator: ";"))
                    }
                }
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                let cpu = Self.threadCPUSeconds() - cpuStart
                best = min(best, seconds)
                if rep == 0 { codes = lines }
                Console.error(String(format: "pass %d: %.3f s, %.0f narratives/s; CPU %.3f s, %.0f narratives/s (%d codes)",
                                     rep + 1, seconds, Double(texts.count) / seconds, cpu, Double(texts.count) / cpu, present))
            }
            let joined = codes.sorted().joined(separator: "\n") + "\n"
            if let codesOut { try joined.write(toFile: codesOut, atomically: true, encoding: .utf8) }
            let md5 = Insecure.MD5.hash(data: Array(joined.utf8)).map { String(format: "%02x", $0) }.joined()
            print(String(format: "%d narratives, %.1f MB: %.0f narratives/s, %.1f MB/s (fastest of %d; compile %.2f s)",
                         texts.count, Double(bytes) / 1e6, Double(texts.count) / best, Double(bytes) / 1e6 / best,
                         max(1, reps), loadSeconds))
            print(String(format: "RESULT {\"coding_s\": %.6f, \"n\": %d, \"bytes\": %d, \"load_s\": %.4f, \"codes_md5\": \"%@\"}",
                         best, texts.count, bytes, loadSeconds, md5))
        }

        /// CPU time of the calling thread, which other processes on the machine do not inflate.
        static func threadCPUSeconds() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
    }
}
