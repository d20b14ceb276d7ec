/// A small RFC 4180 reader for in-memory CSV text (quoted fields, doubled quotes, line
/// breaks inside quotes), numbering each row by the line it starts on.
enum CSVText {
    struct Row {
        var fields: [String]
        var line: Int
    }

    static func rows(_ text: String) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var rowLine = 1
        var atFieldStart = true
        var iterator = text.makeIterator()
        var pending: Character? = nil
        func endRow() {
            fields.append(field)
            rows.append(Row(fields: fields, line: rowLine))
            fields = []
            field = ""
            atFieldStart = true
        }
        while let c = pending ?? iterator.next() {
            pending = nil
            let isNewline = c == "\n" || c == "\r\n" || c == "\r"
            if inQuotes {
                if c == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if isNewline { line += 1; field.append("\n") } else { field.append(c) }
                }
                continue
            }
            if c == "\"" && atFieldStart {
                inQuotes = true
                atFieldStart = false
            } else if c == "," {
                fields.append(field)
                field = ""
                atFieldStart = true
            } else if isNewline {
                endRow()
                line += 1
                rowLine = line
            } else {
                field.append(c)
                atFieldStart = false
            }
        }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }
}
