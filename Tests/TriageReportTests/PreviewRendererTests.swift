import Foundation
import Testing
import TriageCore
import TriageReport

/// What `triage preview` shows a practitioner about each piece of evidence.
struct PreviewRendererTests {
    /// Drinking is listed under the child's code and, with no one named, assumed to be a
    /// parent's: "mum", "dad" and ages in brackets say whose it is.
    static let coder: NarrativeCoder = {
        let lexicon = Lexicon(
            name: "t", version: "1",
            codes: [
                CodeDefinition(code: "SUB-C", name: "child's drinking", defaultLevel: .yellow, terms: [Term(.phrase("drinking"))],
                               routes: [.parent: "SUB-P"], defaultExperiencer: .parent),
                CodeDefinition(code: "SUB-P", name: "parent's drinking", defaultLevel: .orange, terms: []),
            ],
            experiencers: ExperiencerRules(cues: [
                ExperiencerCue(LocatedPhrase("mum"), experiencer: .parent),
                ExperiencerCue(LocatedPhrase("dad"), experiencer: .parent),
            ]))
        return NarrativeCoder(try! CompiledLexicon(lexicon))
    }()

    static func evidence(_ text: String) -> String {
        let plain = PreviewRenderer(style: ANSIStyle(enabled: false)).render(coder.code(text), text: text)
        return plain.split(separator: "\n").first { $0.hasPrefix("SUB-") }.map(String.init) ?? plain
    }

    @Test func anAssumedExperiencerIsMarkedAsAssumed() {
        #expect(Self.evidence("Concerns about drinking at home.").contains("\"drinking\" [parent (assumed: no one named), from SUB-C]"))
    }

    @Test func aNamedExperiencerIsNot() {
        #expect(Self.evidence("Mum is drinking every day.").contains("\"drinking\" [parent, from SUB-C]"))
        #expect(Self.evidence("Kyle (15) has been drinking.").contains("\"drinking\" [child]"))
    }

    @Test func jsonSaysWhenTheExperiencerIsAssumed() throws {
        func evidence(_ text: String) throws -> [String: Any] {
            let data = Data(PreviewJSON(Self.coder.code(text)).rendered().utf8)
            let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let issues = try #require(root["codes"] as? [[String: Any]])
            return try #require((issues.first?["evidence"] as? [[String: Any]])?.first)
        }
        let assumed = try evidence("Concerns about drinking at home.")
        #expect(assumed["experiencer"] as? String == "parent")
        #expect(assumed["experiencer_assumed"] as? Bool == true)
        let named = try evidence("Mum is drinking every day.")
        #expect(named["experiencer"] as? String == "parent")
        #expect(named["experiencer_assumed"] == nil)
    }
}
