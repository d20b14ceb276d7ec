/// A fast 64-bit hash of bytes (the multiply-fold mixing of wyhash), for telling texts apart
/// within one run. Not for security: it is seeded but not keyed.
enum FastHash {
    private static let p0: UInt64 = 0xa076_1d64_78bd_642f
    private static let p1: UInt64 = 0xe703_7ed1_a0b4_28db
    private static let p2: UInt64 = 0x8ebc_6af0_9c88_c6e3

    @inline(__always)
    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (high, low) = a.multipliedFullWidth(by: b)
        return high ^ low
    }

    /// The hash of `bytes` with `seed`.
    static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        var h = seed ^ p0 ^ UInt64(truncatingIfNeeded: bytes.count) &* p1
        guard let base = bytes.baseAddress else { return mix(h, p2) }
        var i = 0
        let n = bytes.count
        while i + 16 <= n {
            let a = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let b = base.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
            h = mix(a ^ p1 ^ h, b ^ p2)
            i += 16
        }
        if i + 8 <= n {
            h = mix(base.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ p1, h ^ p2)
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) << shift
            shift += 8
            i += 1
        }
        return mix(h ^ tail ^ p0, p1 ^ UInt64(truncatingIfNeeded: n))
    }

    /// The hash of a string's UTF-8 bytes.
    static func hash(_ text: String, seed: UInt64 = 0) -> UInt64 {
        var copy = text
        return copy.withUTF8 { hash(UnsafeRawBufferPointer($0), seed: seed) }
    }
}
