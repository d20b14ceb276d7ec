/// Writes RFC 4180 CSV: fields quoted when they hold a comma, quote or line break, and
/// text cells that a spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`, a
/// tab or a carriage return) prefixed with `'`, as OWASP advises for CSV injection.
public struct CSVWriter {
    private var output: OutputSink

    public init(_ output: OutputSink) {
        self.output = output
    }

    /// Writes one row; `numeric` marks columns written as they are (numbers, never guarded).
    public mutating func write(_ fields: [String], numeric: Set<Int> = []) {
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line.append(",") }
            line.append(numeric.contains(index) ? field : Self.quoted(field, guardFormulas: true))
        }
        line.append("\n")
        output.write(line)
    }

    /// A field as CSV: quoted where needed, and guarded against formula injection.
    public static func quoted(_ field: String, guardFormulas: Bool) -> String {
        var value = field
        if guardFormulas, let first = value.unicodeScalars.first,
            first == "=" || first == "+" || first == "-" || first == "@" || first == "\t" || first == "\r"
        {
            value = "'" + value
        }
        let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        if !needsQuotes { return value }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            if scalar == "\"" { quoted.append("\"\"") } else { quoted.unicodeScalars.append(scalar) }
        }
        quoted.append("\"")
        return quoted
    }
}
