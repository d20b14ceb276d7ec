#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file (or standard input) in large chunks, with no per-record system calls.
public final class ByteReader {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8]
    private(set) var start = 0
    private(set) var end = 0
    private(set) var atEOF = false
    /// Bytes consumed so far (for progress).
    public private(set) var consumed = 0

    /// Opens `path`; `-` reads standard input.
    public init(path: String, chunkSize: Int = 1 << 20) throws(InputError) {
        if path == "-" {
            fd = 0
            ownsDescriptor = false
        } else {
            let opened = open(path, O_RDONLY)
            guard opened >= 0 else {
                throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
            }
            fd = opened
            ownsDescriptor = true
        }
        buffer = [UInt8](repeating: 0, count: chunkSize)
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    /// Makes at least one more byte available if the file has any; returns false at end of file.
    /// Keeps bytes from `keepFrom` on (moving them to the front), and returns how far they moved.
    func refill(keepFrom: Int) -> (more: Bool, shift: Int) {
        if atEOF { return (false, 0) }
        let kept = end - keepFrom
        if keepFrom > 0 {
            buffer.withUnsafeMutableBytes { raw in
                let base = raw.baseAddress!
                memmove(base, base + keepFrom, kept)
            }
        }
        if kept == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count)) }
        start = 0
        end = kept
        let got = buffer.withUnsafeMutableBytes { raw -> Int in
            var n: Int
            repeat {
                n = read(fd, raw.baseAddress! + kept, raw.count - kept)
            } while n < 0 && errno == EINTR
            return n
        }
        if got <= 0 {
            atEOF = true
            return (false, keepFrom)
        }
        end += got
        consumed += got
        return (true, keepFrom)
    }

    @inline(__always) var bytes: [UInt8] { buffer }
    @inline(__always) var count: Int { end }

    @inline(__always) func byte(at index: Int) -> UInt8 { buffer[index] }

    func slice(_ range: Range<Int>) -> ArraySlice<UInt8> { buffer[range] }
}
