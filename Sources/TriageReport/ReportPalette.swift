import Foundation
public import TriageCore

/// The colours of the HTML report, and the WCAG 2.1 contrast arithmetic that checks them.
///
/// Text is always dark on a light background (AA asks 4.5:1 for text); the level colours
/// fill bars and swatches, which carry no text and are outlined in ``outline`` so that
/// every bar stands out from the page by more than the 3:1 AA asks of graphics.
public enum ReportPalette {
    public static let page = "#ffffff"
    public static let text = "#1a1a1a"
    public static let muted = "#4b5563"
    public static let headerBackground = "#eef1f5"
    public static let rule = "#c7ccd4"
    public static let outline = "#1f2937"

    /// The level's fill, as the triage tool colours its boxes.
    public static func fill(_ level: Level) -> String {
        switch level {
        case .blue: "#2b6cd4"
        case .green: "#2e9a48"
        case .yellow: "#f2c318"
        case .orange: "#f08a24"
        case .red: "#d42b2b"
        }
    }

    /// The text/background pairs the page uses.
    public static let textPairs: [(foreground: String, background: String)] = [
        (text, page), (muted, page), (text, headerBackground), (muted, headerBackground),
    ]

    /// The WCAG 2.1 contrast ratio of two `#rrggbb` colours, from 1 to 21.
    public static func contrast(_ first: String, _ second: String) -> Double {
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// Relative luminance of a `#rrggbb` colour (WCAG 2.1).
    static func luminance(_ hex: String) -> Double {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let value = Int(digits, radix: 16) else { return 0 }
        func channel(_ shift: Int) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }
}
