public import TriageCore
import Foundation

/// The JSON shape of `triage preview --json`.
public struct PreviewJSON: Encodable, Sendable {
    struct Trigger: Encodable, Sendable {
        var phrase: String
        var text: String
        var kind: String
        var start: Int
        var end: Int
    }

    struct Evidence: Encodable, Sendable {
        var term: String
        var text: String
        var start: Int
        var end: Int
        var status: String
        var trigger: Trigger?
        var experiencer: String?
        var experiencerAssumed: Bool
        var routedFrom: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(term, forKey: .term)
            try container.encode(text, forKey: .text)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(status, forKey: .status)
            try container.encode(trigger, forKey: .trigger)  // null when present
            try container.encodeIfPresent(experiencer, forKey: .experiencer)
            if experiencerAssumed { try container.encode(true, forKey: .experiencerAssumed) }
            try container.encodeIfPresent(routedFrom, forKey: .routedFrom)
        }

        enum CodingKeys: String, CodingKey {
            case term, text, start, end, status, trigger, experiencer
            case experiencerAssumed = "experiencer_assumed"
            case routedFrom = "routed_from"
        }
    }

    struct Issue: Encodable, Sendable {
        var code: String
        var level: String
        var status: String
        var evidence: [Evidence]
    }

    struct Cue: Encodable, Sendable {
        var phrase: String
        var text: String
        var level: String
        var status: String
        var start: Int
        var end: Int
    }

    var box: String?
    var level_source: String
    var codes: [Issue]
    var level_cues: [Cue]

    public init(_ coded: CodedNarrative) {
        box = coded.box?.rawValue
        level_source = coded.box != nil ? "box" : (coded.inferredLevel != nil ? "level_cue" : "code_default")
        codes = coded.issues.map { issue in
            Issue(code: issue.code.rawValue, level: issue.level.rawValue, status: issue.status.rawValue,
                  evidence: issue.mentions.map { mention in
                      Evidence(term: mention.term, text: mention.text, start: mention.start, end: mention.end,
                               status: mention.status.rawValue,
                               trigger: mention.trigger.map {
                                   Trigger(phrase: $0.phrase, text: $0.text, kind: $0.kind.rawValue, start: $0.start, end: $0.end)
                               },
                               experiencer: mention.experiencer?.rawValue,
                               experiencerAssumed: mention.experiencerAssumed, routedFrom: mention.routedFrom?.rawValue)
                  })
        }
        level_cues = coded.levelCues.map {
            Cue(phrase: $0.phrase, text: $0.text, level: $0.level.rawValue, status: $0.status.rawValue, start: $0.start, end: $0.end)
        }
    }

    /// Pretty-printed JSON with sorted keys.
    public func rendered() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
