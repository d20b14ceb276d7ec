/// A plain-text table with aligned columns, for terminal output.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []

    public init(headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    public mutating func add(_ row: [String]) { rows.append(row) }

    /// The table as lines; `style` may colour cells after alignment via `decorate`.
    public func render(decorate: ((_ row: Int, _ column: Int, _ cell: String) -> String)? = nil) -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String], row: Int) -> String {
            cells.enumerated().map { i, cell in
                let width = i < widths.count ? widths[i] : cell.count
                let padding = String(repeating: " ", count: max(0, width - cell.count))
                let padded = (i < alignments.count && alignments[i] == .right) ? padding + cell : cell + padding
                if let decorate, row >= 0 {
                    let styled = decorate(row, i, cell)
                    return (i < alignments.count && alignments[i] == .right) ? padding + styled : styled + padding
                }
                return padded
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var out = [line(headers, row: -1)]
        out.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for (r, row) in rows.enumerated() { out.append(line(row, row: r)) }
        return out.joined(separator: "\n") + "\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
