#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file (or standard input) in large chunks into one fixed buffer, with no
/// per-record system calls and no per-byte function calls: readers scan ``base`` directly.
///
/// The buffer never grows: a reader that needs more than ``capacity`` bytes at once (a
/// giant field) must consume what it has and call ``refill(keepFrom:)`` with nothing kept.
public final class ByteReader {
    private let fd: Int32
    private let ownsDescriptor: Bool
    /// The buffer; bytes `0..<end` are valid.
    let base: UnsafeMutablePointer<UInt8>
    /// How many bytes the buffer holds.
    let capacity: Int
    /// The end of the valid bytes in ``base``.
    private(set) var end = 0
    /// True once a read has returned end of file (or failed).
    private(set) var atEOF = false
    /// The error a failed read gave, if any.
    private(set) var readError: String?
    /// Bytes read so far (for progress).
    public private(set) var consumed = 0
    /// The path read (`-` for standard input).
    public let path: String

    /// Opens `path`; `-` reads standard input.
    /// - Throws: ``InputError/cannotOpen(path:reason:)`` when the file cannot be opened or is a directory.
    public init(path: String, chunkSize: Int = 1 << 20) throws(InputError) {
        self.path = path
        if path == "-" {
            fd = 0
            ownsDescriptor = false
        } else {
            let opened = open(path, O_RDONLY)
            guard opened >= 0 else {
                throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
            }
            var info = stat()
            if fstat(opened, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                close(opened)
                throw .cannotOpen(path: path, reason: "it is a directory")
            }
            fd = opened
            ownsDescriptor = true
        }
        capacity = max(chunkSize, 4)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    }

    deinit {
        base.deallocate()
        if ownsDescriptor { close(fd) }
    }

    /// True when the buffer is full, so nothing more can be read without dropping bytes.
    var isFull: Bool { end == capacity }

    /// Keeps bytes from `keepFrom` on (moving them to the front of the buffer) and reads
    /// more after them. Returns how many bytes were read: 0 at end of file, on a read
    /// error (see ``readError``), or when the kept bytes already fill the buffer.
    @discardableResult
    func refill(keepFrom: Int) -> Int {
        let kept = end - keepFrom
        if keepFrom > 0 && kept > 0 { memmove(base, base + keepFrom, kept) }
        end = kept
        if atEOF || kept == capacity { return 0 }
        var got: Int
        repeat {
            got = read(fd, base + kept, capacity - kept)
        } while got < 0 && errno == EINTR
        if got < 0 {
            readError = String(cString: strerror(errno))
            atEOF = true
            return 0
        }
        if got == 0 {
            atEOF = true
            return 0
        }
        end += got
        consumed += got
        return got
    }
}
