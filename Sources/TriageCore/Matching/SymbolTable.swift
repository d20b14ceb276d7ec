#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps case-folded words to integer symbols, and finds every stem (`truan*`) that a
/// word starts with, in one pass over the word's bytes.
///
/// Lookups hash the bytes as they go (FNV-1a), probing the stem table only at the
/// prefix lengths some stem has, then the word table once at the end: the cost is the
/// word's length, whatever the number of terms.
struct SymbolTable: Sendable {
    /// An open-addressing table keyed by byte strings.
    struct ByteTable: Sendable {
        private var slots: [Slot]
        private var pool: [UInt8] = []
        private var mask: Int
        private(set) var count = 0

        struct Slot: Sendable {
            var hash: UInt64 = 0
            var keyStart: Int32 = 0
            var keyLength: Int32 = -1
            var value: Int32 = -1
        }

        init(capacity: Int = 64) {
            var size = 16
            while size < capacity * 2 { size <<= 1 }
            slots = Array(repeating: Slot(), count: size)
            mask = size - 1
        }

        /// The value for `key`, inserting `make()` when absent.
        mutating func value(for key: [UInt8], orInsert make: () -> Int32) -> Int32 {
            let hash = SymbolTable.hash(key[...])
            if let found = find(key[...], hash: hash) { return found }
            if (count + 1) * 2 > slots.count { grow() }
            let value = make()
            insert(key, hash: hash, value: value)
            return value
        }

        private mutating func insert(_ key: [UInt8], hash: UInt64, value: Int32) {
            var i = Int(truncatingIfNeeded: hash) & mask
            while slots[i].keyLength >= 0 { i = (i + 1) & mask }
            slots[i] = Slot(hash: hash, keyStart: Int32(pool.count), keyLength: Int32(key.count), value: value)
            pool.append(contentsOf: key)
            count += 1
        }

        private mutating func grow() {
            let old = slots
            let oldPool = pool
            slots = Array(repeating: Slot(), count: old.count * 2)
            mask = slots.count - 1
            pool = []
            count = 0
            for slot in old where slot.keyLength >= 0 {
                let key = Array(oldPool[Int(slot.keyStart)..<Int(slot.keyStart + slot.keyLength)])
                insert(key, hash: slot.hash, value: slot.value)
            }
        }

        /// The value stored for `key`, whose hash is `hash`.
        @inline(__always)
        func find(_ key: ArraySlice<UInt8>, hash: UInt64) -> Int32? {
            key.withUnsafeBufferPointer { find($0.baseAddress, count: $0.count, hash: hash) }
        }

        /// The value stored for the `count` bytes at `key`, whose hash is `hash`.
        @inline(__always)
        func find(_ key: UnsafePointer<UInt8>?, count: Int, hash: UInt64) -> Int32? {
            slots.withUnsafeBufferPointer { slots in
                var i = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let slot = slots[i]
                    if slot.keyLength < 0 { return nil }
                    if slot.hash == hash && Int(slot.keyLength) == count {
                        let start = Int(slot.keyStart)
                        let same = pool.withUnsafeBufferPointer { pool in
                            count == 0 || memcmp(pool.baseAddress! + start, key!, count) == 0
                        }
                        if same { return slot.value }
                    }
                    i = (i + 1) & mask
                }
            }
        }
    }

    private var words = ByteTable()
    private var stems = ByteTable()
    /// Bit `n` is set when some stem is `n` bytes long.
    private var stemLengths: UInt64 = 0
    /// For words of two bytes or more, by a hash of their first two bytes: bit `n` is set
    /// when some stem `n` bytes long starts with those bytes (or with others of the same
    /// hash). Most words start like no stem, and take no stem probe at all.
    private var stemPrefixLengths = [UInt64](repeating: 0, count: SymbolTable.prefixSlots)
    /// Bytes that are a one-byte stem on their own.
    private var oneByteStems = [Bool](repeating: false, count: 256)
    static let prefixSlots = 4096

    @inline(__always)
    static func prefixSlot(_ first: UInt8, _ second: UInt8) -> Int {
        (Int(first) &* 67 ^ Int(second)) & (prefixSlots - 1)
    }
    /// Symbol 0 is the comma: a phrase written with a comma ("not in education, employment
    /// or training") matches text with or without it; other phrases never span a comma.
    let commaSymbol: Int32 = 0
    private(set) var symbolCount: Int32 = 1
    /// The text of each symbol (stems end in `*`), for diagnostics.
    private(set) var spellings: [String] = [","]

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3

    @inline(__always)
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h = fnvOffset
        for b in bytes { h = (h ^ UInt64(b)) &* fnvPrime }
        return h
    }

    /// The symbol of an exact word, added if new.
    mutating func addWord(_ bytes: [UInt8]) -> Int32 {
        let next = symbolCount
        let symbol = words.value(for: bytes) { next }
        if symbol == next {
            symbolCount += 1
            spellings.append(String(decoding: bytes, as: UTF8.self))
        }
        return symbol
    }

    /// The symbol of a stem, added if new. Stems of 64 bytes or more are kept as words.
    mutating func addStem(_ bytes: [UInt8]) -> Int32 {
        guard bytes.count > 0, bytes.count < 64 else { return addWord(bytes) }
        let next = symbolCount
        let symbol = stems.value(for: bytes) { next }
        if symbol == next {
            symbolCount += 1
            spellings.append(String(decoding: bytes, as: UTF8.self) + "*")
            stemLengths |= (1 << UInt64(bytes.count))
            if bytes.count == 1 {
                oneByteStems[Int(bytes[0])] = true
            } else {
                stemPrefixLengths[SymbolTable.prefixSlot(bytes[0], bytes[1])] |= (1 << UInt64(bytes.count))
            }
        }
        return symbol
    }

    /// Looks up one word: its exact symbol (or -1) and the symbols of every stem it starts with.
    func lookup(_ bytes: ArraySlice<UInt8>, stemsInto found: inout [Int32]) -> Int32 {
        var stems = ScratchBuffer<Int32>(capacity: 8)
        defer { stems.deallocate() }
        let symbol = bytes.withUnsafeBufferPointer { lookup($0, stemsInto: &stems) }
        found.append(contentsOf: stems.buffer)
        return symbol
    }

    /// Looks up one word: its exact symbol (or -1), appending the symbols of every stem it
    /// starts with to `found`. Costs the word's length plus a probe per stem length that
    /// some stem starting with the word's first two bytes has.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, stemsInto found: inout ScratchBuffer<Int32>) -> Int32 {
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress else { return words.find(bytes.baseAddress, count: 0, hash: SymbolTable.fnvOffset) ?? -1 }
        var candidates: UInt64 = 0
        if count >= 2 {
            candidates = stemPrefixLengths.withUnsafeBufferPointer { $0[SymbolTable.prefixSlot(base[0], base[1])] }
        }
        if oneByteStems.withUnsafeBufferPointer({ $0[Int(base[0])] }) { candidates |= 2 }
        var h = SymbolTable.fnvOffset
        if candidates == 0 {
            for i in 0..<count { h = (h ^ UInt64(base[i])) &* SymbolTable.fnvPrime }
        } else {
            for i in 0..<count {
                h = (h ^ UInt64(base[i])) &* SymbolTable.fnvPrime
                let length = i + 1
                if length < 64, candidates & (1 << UInt64(length)) != 0,
                    let stem = stems.find(base, count: length, hash: h)
                {
                    found.append(stem)
                }
            }
        }
        return words.find(base, count: count, hash: h) ?? -1
    }
}
