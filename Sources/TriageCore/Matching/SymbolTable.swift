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
            var i = Int(truncatingIfNeeded: hash) & mask
            while true {
                let slot = slots[i]
                if slot.keyLength < 0 { return nil }
                if slot.hash == hash && Int(slot.keyLength) == key.count {
                    let start = Int(slot.keyStart)
                    if pool[start..<start + key.count].elementsEqual(key) { return slot.value }
                }
                i = (i + 1) & mask
            }
        }
    }

    private var words = ByteTable()
    private var stems = ByteTable()
    /// Bit `n` is set when some stem is `n` bytes long.
    private var stemLengths: UInt64 = 0
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
        }
        return symbol
    }

    /// Looks up one word: its exact symbol (or -1) and the symbols of every stem it starts with.
    @inline(__always)
    func lookup(_ bytes: ArraySlice<UInt8>, stemsInto found: inout [Int32]) -> Int32 {
        var h = SymbolTable.fnvOffset
        var length = 0
        let base = bytes.startIndex
        let lengths = stemLengths
        for b in bytes {
            h = (h ^ UInt64(b)) &* SymbolTable.fnvPrime
            length += 1
            if length < 64, lengths & (1 << UInt64(length)) != 0,
                let stem = stems.find(bytes[base..<base + length], hash: h)
            {
                found.append(stem)
            }
        }
        return words.find(bytes, hash: h) ?? -1
    }
}
