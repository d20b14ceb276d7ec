import TriageCore

/// XML text for rejects files.
enum XMLFragment {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func attributes(_ attributes: [String: String]) -> String {
        attributes.keys.sorted().map { " \($0)=\"\(escape(attributes[$0] ?? ""))\"" }.joined()
    }

    /// An empty element with its attributes.
    static func element(_ name: String, _ attributes: [String: String]) -> String {
        "<\(name)\(Self.attributes(attributes))/>"
    }

    /// A narrative inside its triage.
    static func narrative(_ triage: [String: String], _ narrative: [String: String], _ text: String) -> String {
        "<triage\(attributes(triage))><narrative\(attributes(narrative))>\(escape(text))</narrative></triage>"
    }

    /// A record as XML (for a duplicate found after parsing).
    static func narrative(_ record: NarrativeRecord) -> String {
        var triage = ["id": record.triageID]
        if !record.caseID.isEmpty { triage["case"] = record.caseID }
        if let stage = record.stage { triage["stage"] = stage.rawValue }
        if !record.date.isEmpty { triage["date"] = record.date }
        for (name, value) in record.dimensions { triage[name] = value }
        var narrative = ["id": record.narrativeID]
        if let level = record.level { narrative["level"] = level.rawValue }
        return Self.narrative(triage, narrative, record.text)
    }
}
