#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress line on standard error while a run codes, only when standard error is a
/// terminal; and the summary line every run ends with, terminal or not.
final class RunProgress {
    private let enabled: Bool
    private let total: Int64?
    private let unit: Unit
    private let start = ContinuousClock.now
    private var lastDraw = ContinuousClock.now
    private var drawn = false

    /// What the progress counts: input bytes (coding files) or narratives (recoding).
    enum Unit { case bytes, narratives }

    init(total: Int64?, unit: Unit, enabled: Bool = Console.stderrIsTerminal) {
        self.total = total.flatMap { $0 > 0 ? $0 : nil }
        self.unit = unit
        self.enabled = enabled
    }

    /// Seconds since the run started in this process.
    var elapsed: Double {
        let duration = ContinuousClock.now - start
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Redraws the line (at most five times a second) with `done` of the total and the narratives coded.
    func update(done: Int64, narratives: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - lastDraw >= .milliseconds(200) else { return }
        lastDraw = now
        let seconds = max(elapsed, 0.001)
        let rate = Double(narratives) / seconds
        var line = "coding"
        if let total {
            let fraction = min(1, Double(done) / Double(total))
            let filled = Int(fraction * 24)
            line += " [" + String(repeating: "#", count: filled) + String(repeating: "-", count: 24 - filled) + "]"
            line += " \(Int(fraction * 100))%"
            if unit == .bytes { line += "  \(Self.megabytes(done)) of \(Self.megabytes(total)) MB" }
            let unitRate = Double(done) / seconds
            if unitRate > 0, done > 0 {
                line += "  ETA \(Self.clock(Double(total - done) / unitRate))"
            }
        }
        line += "  \(Self.grouped(narratives)) narratives  \(Self.grouped(Int(rate)))/s"
        Console.errorRaw("\r\u{1B}[2K" + line)
        drawn = true
    }

    /// Clears the progress line, if drawn.
    func clear() {
        if drawn { Console.errorRaw("\r\u{1B}[2K") }
        drawn = false
    }

    /// The closing line: narratives, issues, rejected, seconds and narratives per second.
    func summary(counts: (narratives: Int, issues: Int, rejected: Int), processed: Int, suffix: String = "") -> String {
        let seconds = max(elapsed, 0.001)
        let rate = Int(Double(processed) / seconds)
        let time = Self.decimal(seconds, places: seconds < 10 ? 2 : 1)
        return "\(Self.grouped(counts.narratives)) narratives, \(Self.grouped(counts.issues)) issues, "
            + "\(Self.grouped(counts.rejected)) rejected in \(time) s (\(Self.grouped(rate)) narratives/s)\(suffix)"
    }

    /// 1234567 → "1,234,567".
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// 3.14159 with 2 places → "3.14".
    static func decimal(_ value: Double, places: Int) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded())
        var fraction = String(scaled % scale)
        while fraction.count < places { fraction = "0" + fraction }
        return "\(scaled / scale).\(fraction)"
    }

    static func megabytes(_ bytes: Int64) -> String {
        let tenths = Int(Double(bytes) / 100_000)
        return "\(tenths / 10).\(tenths % 10)"
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? "\(s / 3600):\(pad(s / 60 % 60)):\(pad(s % 60))" : "\(s / 60):\(pad(s % 60))"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

extension Console {
    /// Writes `text` to standard error as it is (no line break added).
    static func errorRaw(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(2, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { break }
            offset += n
        }
    }
}
