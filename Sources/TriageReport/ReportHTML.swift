/// HTML helpers for the report: escaping and small element builders.
enum ReportHTML {
    /// Text safe in HTML content and in quoted attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A table cell; `numeric` right-aligns it. `content` is escaped unless `raw`.
    static func cell(_ content: String, numeric: Bool = false, header: Bool = false, raw: Bool = false, scope: String? = nil) -> String {
        let tag = header ? "th" : "td"
        var attributes = numeric ? " class=\"num\"" : ""
        if let scope { attributes += " scope=\"\(scope)\"" }
        return "<\(tag)\(attributes)>\(raw ? content : escape(content))</\(tag)>"
    }

    /// A table: a caption, one header row (numeric columns right-aligned), and rows whose
    /// first cell is a row header. Cells are escaped unless listed in `rawColumns`.
    static func table(
        caption: String, headers: [String], numeric: Set<Int>, rows: [[String]], rawColumns: Set<Int> = [], className: String? = nil
    ) -> String {
        var out = "<table\(className.map { " class=\"\($0)\"" } ?? "")>\n<caption>\(escape(caption))</caption>\n<thead><tr>"
        out += headers.enumerated().map { cell($1, numeric: numeric.contains($0), header: true, scope: "col") }.joined()
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>" + row.enumerated().map { index, content in
                cell(content, numeric: numeric.contains(index), header: index == 0, raw: rawColumns.contains(index),
                     scope: index == 0 ? "row" : nil)
            }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
