public import TriageCore

/// Renders `triage lexicon lint` diagnostics: compiler-style lines and a summary, or JSON.
public enum LintRenderer {
    /// One `path:line:col: severity: message` line per diagnostic, then `N errors, M warnings`.
    public static func text(_ diagnostics: [LexiconDiagnostic], style: ANSIStyle = ANSIStyle(enabled: false)) -> String {
        var out = ""
        for diagnostic in diagnostics {
            let location = diagnostic.location.map { "\($0): " } ?? ""
            let severity = diagnostic.severity == .error ? style.apply("error:", "1;31") : style.apply("warning:", "1;35")
            out += "\(style.bold(location))\(severity) \(diagnostic.message)\n"
        }
        return out + summary(diagnostics) + "\n"
    }

    /// `2 errors, 5 warnings`.
    public static func summary(_ diagnostics: [LexiconDiagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    /// `{"errors": N, "warnings": M, "diagnostics": [{file, line, column, severity, message}]}`.
    public static func json(_ diagnostics: [LexiconDiagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let list: [[String: Any]] = diagnostics.map { diagnostic in
            var entry: [String: Any] = ["severity": diagnostic.severity.rawValue, "message": diagnostic.message]
            if let location = diagnostic.location {
                entry["file"] = location.file
                entry["line"] = location.line
                entry["column"] = location.column
            }
            return entry
        }
        return JSONText.render(["errors": errors, "warnings": diagnostics.count - errors, "diagnostics": list] as [String: Any])
    }
}
