#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard error and terminal facts for the commands.
enum Console {
    /// Writes `message` and a line break to standard error.
    static func error(_ message: String) {
        let text = message.hasSuffix("\n") ? message : message + "\n"
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { break }
            offset += n
        }
    }

    /// True when standard output is a terminal.
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// Colour only at a terminal and only when NO_COLOR is unset (https://no-color.org).
    static var useColor: Bool {
        stdoutIsTerminal && getenv("NO_COLOR") == nil
    }

    /// Reads all of standard input as text.
    static func readStandardInput() -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(0, &buffer, buffer.count)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
