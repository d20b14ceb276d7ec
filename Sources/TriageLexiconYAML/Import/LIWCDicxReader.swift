/// Reads a LIWC-22 `.dicx`: CSV whose header names the term column and then one column
/// per category; a cell holds `X` for a plain member or a number for a weighted one.
///
/// Weights have no equivalent in a lexicon (every term counts fully): each weighted
/// category is noted once, and each weighted term keeps its weight in a comment.
enum LIWCDicxReader {
    static func read(_ text: String, into builder: inout DictionaryBuilder) throws(DictionaryImportError) {
        let rows = CSVText.rows(text)
        guard let header = rows.first(where: { !$0.fields.allSatisfy { $0.trimmed.isEmpty } }) else {
            throw .noHeader(path: builder.path)
        }
        var columns: [Int?] = [nil]  // column → category; column 0 holds the terms
        for (offset, raw) in header.fields.enumerated().dropFirst() {
            let name = raw.trimmed
            if name.isEmpty {
                builder.note(.malformedLine, "header column \(offset + 1) has no category name; its cells are ignored", line: header.line)
                columns.append(nil)
            } else if let existing = builder.categoryIndex(name) {
                builder.note(.duplicate, "category '\(name)' heads two columns; both are read into one code", line: header.line)
                columns.append(existing)
            } else {
                columns.append(builder.category(name, line: header.line))
            }
        }
        if columns.count < 2 { throw .noHeader(path: builder.path) }
        var weighted: [Int: (count: Int, example: String, line: Int)] = [:]
        for row in rows where row.line > header.line {
            let fields = row.fields.map(\.trimmed)
            if fields.allSatisfy(\.isEmpty) { continue }
            let term = fields[0]
            if fields.count > columns.count {
                builder.note(.malformedLine, "row has \(fields.count) cells but the header names \(columns.count) columns; the extra cells are ignored", line: row.line)
            }
            var categories: [Int] = []
            var comments: [String] = []
            for (column, cell) in fields.enumerated().dropFirst() where column < columns.count && !cell.isEmpty {
                guard let category = columns[column] else { continue }
                let name = builder.categories[category].path
                if cell.lowercased() == "x" {
                    categories.append(category)
                } else if let weight = Double(cell) {
                    if weight == 0 {
                        builder.note(.weight, "term '\(term)' has weight 0 in '\(name)'; not included in that category", line: row.line)
                        continue
                    }
                    categories.append(category)
                    if weight != 1 {
                        comments.append("weight \(cell) in \(name)")
                        let seen = weighted[category]
                        weighted[category] = ((seen?.count ?? 0) + 1, seen?.example ?? "'\(term)' \(cell)", seen?.line ?? row.line)
                    }
                } else {
                    builder.note(.malformedLine, "cell '\(cell)' for '\(term)' in '\(name)' is neither X nor a number; read as X", line: row.line)
                    categories.append(category)
                }
            }
            if term.isEmpty {
                builder.note(.malformedLine, "row has no term in the first column; skipped", line: row.line)
                continue
            }
            if categories.isEmpty {
                builder.note(.malformedLine, "term '\(term)' is marked in no category; skipped", line: row.line)
                continue
            }
            builder.add(term, to: categories, line: row.line, comments: comments)
        }
        for (category, info) in weighted.sorted(by: { $0.key < $1.key }) {
            let name = builder.categories[category].path
            builder.note(.weight,
                "category '\(name)' is weighted (\(info.count) term\(info.count == 1 ? "" : "s"), e.g. \(info.example)); weights are not carried over: every term counts fully, and each keeps its weight in a comment",
                line: info.line)
            builder.commentOnCategory(category, "weighted in the source: \(info.count) term weight\(info.count == 1 ? "" : "s") not carried over")
        }
    }
}
