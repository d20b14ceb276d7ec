import Foundation
import Testing

/// `triage code --no-store` writes the same bytes whatever the number of threads: chunks
/// are coded in parallel and written in input order, rejects included.
struct CodeJobsCLITests {
    /// 5,000 narratives (several chunks) with a bad record every 997 rows.
    static func input() -> String {
        let sentences = [
            "No concerns about school attendance but he was excluded twice this term.",
            "Mum is in rent arrears of £900 and has had a section 21 notice; DV in the past.",
            "Dad uses cannabis daily. Child (7) is anxious and not sleeping.",
            "Family supported with a food bank referral, previous eviction, no current housing issue.",
            "Young carer for Gran (Pat, 61); YP (14) missing school, no self-harm.",
        ]
        var lines = ["narrative_id,level,narrative"]
        for row in 0..<5_000 {
            if row % 997 == 500 {
                lines.append(",yellow,an id is missing here")  // rejected: empty id
                continue
            }
            let level = ["blue", "green", "yellow", "orange", "red", ""][row % 6]
            let text = sentences[row % sentences.count] + (row % 3 == 0 ? " Police called, \"again\"." : "")
            lines.append("N\(row),\(level),\"\(text.replacingOccurrences(of: "\"", with: "\"\""))\"")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func outputIsTheSameWithOneTwoAndThreeThreads() throws {
        let cli = try QACLI(files: ["input.csv": Self.input()])
        var outputs: [Data] = []
        var rejects: [Data] = []
        for jobs in [1, 2, 3] {
            let result = try cli.run(["code", "input.csv", "--no-store", "--jobs", "\(jobs)",
                                      "--out", "out\(jobs).csv", "--rejects", "rejects\(jobs).csv"])
            #expect(result.status == 2, "\(result.stderr)")  // some records are rejected
            #expect(result.stderr.contains("4,995 narratives"))
            #expect(result.stderr.contains("5 rejected"))
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: cli.path("out\(jobs).csv"))))
            rejects.append(try Data(contentsOf: URL(fileURLWithPath: cli.path("rejects\(jobs).csv"))))
        }
        #expect(outputs[0].count > 100_000)
        #expect(outputs[1] == outputs[0])
        #expect(outputs[2] == outputs[0])
        #expect(rejects[1] == rejects[0])
        #expect(rejects[2] == rejects[0])
        let text = String(decoding: outputs[0], as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines.first == "narrative_id,triage_id,case_id,stage,date,level,code,status,term,start,end")
        // Rows come in input order: narrative ids never go backwards.
        let ids = lines.dropFirst().compactMap { Int($0.prefix { $0 != "," }.dropFirst()) }
        #expect(ids == ids.sorted())
        #expect(Set(ids).count > 4_000)
    }

    @Test func aStoredRunIsTheSameWithOneTwoAndThreeThreads() throws {
        let cli = try QACLI(files: ["input.csv": Self.input()])
        var exports: [String] = []
        for jobs in [1, 2, 3] {
            let result = try cli.run(["code", "input.csv", "--db", "s\(jobs).sqlite", "--jobs", "\(jobs)",
                                      "--rejects", "rejects\(jobs).csv"])
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stderr.contains("4,995 narratives"))
            let export = try cli.run(["export", "--db", "s\(jobs).sqlite", "--out", "-"])
            #expect(export.status == 0, "\(export.stderr)")
            exports.append(export.stdout)
        }
        #expect(exports[0].split(separator: "\n").count > 4_000)
        #expect(exports[1] == exports[0])
        #expect(exports[2] == exports[0])
    }
}
