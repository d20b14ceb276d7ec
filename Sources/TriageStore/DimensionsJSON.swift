/// Dimensions as the `narratives.dimensions` column keeps them: a flat JSON object of
/// strings in input order (`{"locality":"North","worker":"W12"}`), which SQLite's
/// `json_extract` and `json_each` read.
enum DimensionsJSON {
    static func encode(_ dimensions: [(name: String, value: String)]) -> String {
        var out = "{"
        for (index, dimension) in dimensions.enumerated() {
            if index > 0 { out += "," }
            appendString(dimension.name, to: &out)
            out += ":"
            appendString(dimension.value, to: &out)
        }
        return out + "}"
    }

    private static func appendString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// Decodes what ``encode(_:)`` wrote (any flat JSON object of strings); nil when it is not one.
    static func decode(_ json: String) -> [(name: String, value: String)]? {
        var scalars = Array(json.unicodeScalars)[...]
        func skipSpace() { while let c = scalars.first, c == " " || c == "\n" || c == "\r" || c == "\t" { scalars.removeFirst() } }
        func expect(_ c: Unicode.Scalar) -> Bool {
            skipSpace()
            guard scalars.first == c else { return false }
            scalars.removeFirst()
            return true
        }
        func string() -> String? {
            guard expect("\"") else { return nil }
            var out = String.UnicodeScalarView()
            var pendingHigh: UInt32?
            while let c = scalars.popFirst() {
                if c == "\"" { return String(out) }
                guard c == "\\" else { out.append(c); continue }
                guard let e = scalars.popFirst() else { return nil }
                switch e {
                case "\"", "\\", "/": out.append(e)
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "u":
                    guard scalars.count >= 4, let v = UInt32(String(String.UnicodeScalarView(scalars.prefix(4))), radix: 16)
                    else { return nil }
                    scalars.removeFirst(4)
                    if (0xD800..<0xDC00).contains(v) {
                        pendingHigh = v
                    } else if (0xDC00..<0xE000).contains(v), let high = pendingHigh {
                        pendingHigh = nil
                        if let s = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (v - 0xDC00)) { out.append(s) }
                    } else if let s = Unicode.Scalar(v) {
                        out.append(s)
                    }
                default: return nil
                }
            }
            return nil
        }
        guard expect("{") else { return nil }
        var result: [(name: String, value: String)] = []
        if expect("}") { return result }
        repeat {
            guard let name = string(), expect(":"), let value = string() else { return nil }
            result.append((name, value))
        } while expect(",")
        return expect("}") ? result : nil
    }
}
