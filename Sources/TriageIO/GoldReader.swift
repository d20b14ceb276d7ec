public import TriageCore

/// Reads a gold standard: a CSV with columns `narrative_id,code` and optionally `level`.
public enum GoldReader {
    /// All gold rows of `path`.
    /// - Throws: ``InputError`` for an unreadable file, a missing column, or a bad row.
    public static func read(path: String) throws(InputError) -> [GoldCode] {
        let csv = try CSVReader(path: path)
        guard let headerRow = try csv.next() else {
            throw .missingColumns(SourceLocation(file: path, line: 1), missing: ["narrative_id", "code"], found: [])
        }
        let header = headerRow.fields.map { String(decoding: $0, as: UTF8.self).trimmingCharacters().lowercased() }
        guard let idColumn = header.firstIndex(of: "narrative_id"), let codeColumn = header.firstIndex(of: "code") else {
            throw .missingColumns(SourceLocation(file: path, line: headerRow.line),
                                  missing: ["narrative_id", "code"].filter { !header.contains($0) }, found: header)
        }
        let levelColumn = header.firstIndex(of: "level")
        var rows: [GoldCode] = []
        while let row = try csv.next() {
            let location = SourceLocation(file: path, line: row.line)
            guard row.fields.count == header.count else {
                throw .wrongFieldCount(location, expected: header.count, found: row.fields.count)
            }
            let values = row.fields.map { String(decoding: $0, as: UTF8.self).trimmingCharacters() }
            var level: Level?
            if let levelColumn, !values[levelColumn].isEmpty {
                guard let parsed = Level(rawValue: values[levelColumn].lowercased()) else {
                    throw .unknownLevel(location, value: values[levelColumn])
                }
                level = parsed
            }
            rows.append(GoldCode(narrativeID: values[idColumn], code: Code(values[codeColumn]), level: level))
        }
        return rows
    }
}
