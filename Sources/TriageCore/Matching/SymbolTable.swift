#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps case-folded words to integer symbols, and finds every stem (`truan*`) that a
/// word starts with.
///
/// Exact words are hashed eight bytes at a time and looked up once. Stems are probed
/// only at the prefix lengths that some stem starting with the word's first two bytes
/// has (most words start like no stem and take no probe), hashing the prefix as it goes
/// (FNV-1a). Keys of up to eight bytes are compared as one integer. The cost is the
/// word's length, whatever the number of terms.
struct SymbolTable: Sendable {
    /// How a table hashes its keys.
    enum Hashing: Sendable {
        /// ``SymbolTable/wordHash(_:count:)``: eight bytes at a time, for whole words.
        case words
        /// FNV-1a, byte by byte: every prefix's hash comes on the way, for stems.
        case prefixes
    }

    /// An open-addressing table keyed by byte strings.
    struct ByteTable: Sendable {
        private var slots: [Slot]
        private var pool: [UInt8] = []
        private var mask: Int
        private(set) var count = 0
        let hashing: Hashing

        struct Slot: Sendable {
            var hash: UInt64 = 0
            /// The key's bytes packed little-endian, when it has at most eight.
            var packed: UInt64 = 0
            var keyStart: Int32 = 0
            var keyLength: Int32 = -1
            var value: Int32 = -1
        }

        init(hashing: Hashing, capacity: Int = 64) {
            self.hashing = hashing
            var size = 16
            while size < capacity * 2 { size <<= 1 }
            slots = Array(repeating: Slot(), count: size)
            mask = size - 1
        }

        func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
            switch hashing {
            case .words: SymbolTable.wordHash(key.baseAddress, count: key.count)
            case .prefixes: SymbolTable.fnv(key)
            }
        }

        /// The value for `key`, inserting `make()` when absent.
        mutating func value(for key: [UInt8], orInsert make: () -> Int32) -> Int32 {
            let (hash, packed) = key.withUnsafeBufferPointer { (self.hash($0), SymbolTable.pack($0.baseAddress, count: $0.count)) }
            if let found = key.withUnsafeBufferPointer({ find($0.baseAddress, count: $0.count, hash: hash, packed: packed) }) {
                return found
            }
            if (count + 1) * 2 > slots.count { grow() }
            let value = make()
            insert(key, hash: hash, packed: packed, value: value)
            return value
        }

        private mutating func insert(_ key: [UInt8], hash: UInt64, packed: UInt64, value: Int32) {
            var i = Int(truncatingIfNeeded: hash) & mask
            while slots[i].keyLength >= 0 { i = (i + 1) & mask }
            slots[i] = Slot(hash: hash, packed: packed, keyStart: Int32(pool.count), keyLength: Int32(key.count), value: value)
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
                insert(key, hash: slot.hash, packed: slot.packed, value: slot.value)
            }
        }

        /// The value stored for the `count` bytes at `key`, whose hash is `hash` and whose
        /// first eight bytes, packed, are `packed`.
        @inline(__always)
        func find(_ key: UnsafePointer<UInt8>?, count: Int, hash: UInt64, packed: UInt64) -> Int32? {
            slots.withUnsafeBufferPointer { slots in
                var i = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let slot = slots[i]
                    if slot.keyLength < 0 { return nil }
                    if slot.hash == hash && Int(slot.keyLength) == count && slot.packed == packed {
                        if count <= 8 { return slot.value }
                        let start = Int(slot.keyStart)
                        let same = pool.withUnsafeBufferPointer { pool in
                            memcmp(pool.baseAddress! + start, key!, count) == 0
                        }
                        if same { return slot.value }
                    }
                    i = (i + 1) & mask
                }
            }
        }
    }

    private var words = ByteTable(hashing: .words)
    private var stems = ByteTable(hashing: .prefixes)
    /// By a hash of a word's first two bytes (the second taken as 0 for a one-byte word):
    /// bit `n` is set when some stem `n` bytes long (`n` < 3) starts with those bytes (or
    /// with others of the same hash).
    private var stemPrefixLengths = [UInt64](repeating: 0, count: SymbolTable.prefixSlots)
    /// The same for stems of three bytes or more, by a hash of their first three bytes. Most
    /// words start like no stem, and take no stem probe at all.
    private var stemPrefix3Lengths = [UInt64](repeating: 0, count: SymbolTable.prefixSlots)
    /// Whether some stem is shorter than three bytes (then `stemPrefixLengths` is consulted).
    private var hasShortStems = false
    /// A one-hash Bloom filter of the exact words (65,536 bits, 8 KB: it stays in the
    /// first-level cache where the word table does not): most words of a narrative are
    /// in no phrase, and this says so without touching the table.
    private var wordFilter = [UInt64](repeating: 0, count: 1024)
    static let prefixSlots = 1024

    /// Symbol 0 is the comma: a phrase written with a comma ("not in education, employment
    /// or training") matches text with or without it; other phrases never span a comma.
    let commaSymbol: Int32 = 0
    private(set) var symbolCount: Int32 = 1
    /// The text of each symbol (stems end in `*`), for diagnostics.
    private(set) var spellings: [String] = [","]

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3

    @inline(__always)
    static func prefixSlot(_ first: UInt8, _ second: UInt8) -> Int {
        (Int(first) &* 67 ^ Int(second)) & (prefixSlots - 1)
    }

    @inline(__always)
    static func prefixSlot(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        ((Int(first) &* 67 ^ Int(second)) &* 131 ^ Int(third)) & (prefixSlots - 1)
    }

    static func fnv(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = fnvOffset
        for b in bytes { h = (h ^ UInt64(b)) &* fnvPrime }
        return h
    }

    /// The first (up to) eight bytes at `base`, packed little-endian.
    @inline(__always)
    static func pack(_ base: UnsafePointer<UInt8>?, count: Int) -> UInt64 {
        guard let base else { return 0 }
        var packed: UInt64 = 0
        for i in 0..<min(count, 8) { packed |= UInt64(base[i]) << UInt64(i &* 8) }
        return packed
    }

    /// A hash of `count` bytes taken eight at a time (a multiply and a shift per eight).
    @inline(__always)
    static func wordHash(_ base: UnsafePointer<UInt8>?, count: Int) -> UInt64 {
        wordHash(base, count: count, packed: pack(base, count: count))
    }

    /// ``wordHash(_:count:)`` given the first eight bytes already packed: one multiply
    /// for a word of up to eight bytes.
    @inline(__always)
    static func wordHash(_ base: UnsafePointer<UInt8>?, count: Int, packed: UInt64) -> UInt64 {
        var h = (packed ^ (UInt64(truncatingIfNeeded: count) << 56)) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 32
        if count > 8, let base {
            var i = 8
            while i < count {
                var chunk: UInt64 = 0
                let n = min(8, count - i)
                for k in 0..<n { chunk |= UInt64(base[i + k]) << UInt64(k &* 8) }
                h = (h ^ chunk) &* 0xC4CE_B9FE_1A85_EC53
                h ^= h >> 32
                i += 8
            }
        }
        return h
    }

    /// The symbol of an exact word, added if new. A contraction and its spelling without the
    /// apostrophe, as hurried notes write it ("hasn't" and "hasnt", "she's" and "shes"),
    /// are one symbol, whichever of them the lexicon writes, or both.
    mutating func addWord(_ bytes: [UInt8]) -> Int32 {
        if let other = SymbolTable.spellingVariants[bytes] {
            // "mom" and "mum", "behavior" and "behaviour": one symbol, the British spelling's.
            let british = SymbolTable.britishSpellings.contains(bytes) ? bytes : other
            let symbol = addExactWord(british)
            addAlias(british == bytes ? other : bytes, of: symbol)
            return symbol
        }
        guard let other = SymbolTable.otherSpelling(ofContraction: bytes) else { return addExactWord(bytes) }
        // Both spellings come in together, the one with the apostrophe first: it names the symbol.
        let (spelled, bare) = bytes.contains(0x27) ? (bytes, other) : (other, bytes)
        let symbol = addExactWord(spelled)
        addAlias(bare, of: symbol)
        return symbol
    }

    /// Another spelling of `symbol`'s word, looked up as that symbol.
    private mutating func addAlias(_ bytes: [UInt8], of symbol: Int32) {
        _ = words.value(for: bytes) { symbol }
        let hash = bytes.withUnsafeBufferPointer { SymbolTable.wordHash($0.baseAddress, count: $0.count) }
        wordFilter[Int(hash >> 54)] |= 1 << ((hash >> 48) & 63)
    }

    /// British and American spellings that notes use for the same word ("Mom (Stacey) very
    /// low", "his behavior at home"), each way round; a lexicon writing either finds both.
    static let spellingVariants: [[UInt8]: [UInt8]] = {
        var pairs: [[UInt8]: [UInt8]] = [:]
        for (british, american) in spellingPairs {
            pairs[Array(british.utf8)] = Array(american.utf8)
            pairs[Array(american.utf8)] = Array(british.utf8)
        }
        return pairs
    }()

    static let britishSpellings = byteSet(spellingPairs.map(\.0))

    static let spellingPairs: [(String, String)] = [
        ("mum", "mom"), ("mums", "moms"), ("mum's", "mom's"), ("mummy", "mommy"),
        ("behaviour", "behavior"), ("behaviours", "behaviors"), ("behavioural", "behavioral"),
        ("paediatrician", "pediatrician"), ("paediatric", "pediatric"), ("paediatrics", "pediatrics"),
        ("counselling", "counseling"), ("counsellor", "counselor"), ("centre", "center"),
        ("anaemia", "anemia"), ("diarrhoea", "diarrhea"), ("oesophagus", "esophagus"),
        ("anaesthetic", "anesthetic"), ("haemophilia", "hemophilia"), ("leukaemia", "leukemia"),
        ("organise", "organize"), ("organised", "organized"), ("apologise", "apologize"),
        ("neighbour", "neighbor"), ("neighbours", "neighbors"), ("neighbour's", "neighbor's"),
        ("programme", "program"), ("programmes", "programs"),
    ]

    /// A contraction's other spelling: without its apostrophe ("hasn't" → "hasnt") or with
    /// it ("hasnt" → "hasn't"); nil for any other word. Only endings whose bare spelling is
    /// no other word are taken: "n't" after a verb; "'re" after "you" or "they" (not "we're",
    /// which is "were"); "'ve" after a pronoun or a modal verb; "i'm"; and "'s" after a pronoun ("he's", "that's": a
    /// possessive's bare spelling is a plural). Not "'ll" ("we'll", "well") or "'d" ("she'd",
    /// "shed").
    static func otherSpelling(ofContraction bytes: [UInt8]) -> [UInt8]? {
        if let apostrophe = bytes.firstIndex(of: 0x27) {
            guard apostrophe > 0, apostrophe < bytes.count - 1, bytes.lastIndex(of: 0x27) == apostrophe else { return nil }
            let bare = Array(bytes[..<apostrophe]) + Array(bytes[(apostrophe + 1)...])
            return otherSpelling(ofContraction: bare) == bytes ? bare : nil
        }
        // By the last byte, the one ending that may apply (a lexicon of thousands of words
        // asks this of each: no strings, no sets built per call).
        func split(_ ending: Int, after stems: Set<[UInt8]>) -> [UInt8]? {
            guard bytes.count > ending else { return nil }
            let cut = bytes.count - ending
            let stem = Array(bytes[..<cut])
            return stems.contains(stem) ? stem + [0x27] + bytes[cut...] : nil
        }
        switch bytes.last {
        case 0x74: return split(1, after: negatedVerbs)  // t
        case 0x65 where bytes.count >= 2 && bytes[bytes.count - 2] == 0x72: return split(2, after: contractedBeforeRe)  // re
        case 0x65 where bytes.count >= 2 && bytes[bytes.count - 2] == 0x76: return split(2, after: contractedBeforeVe)  // ve
        case 0x6D: return bytes == [0x69, 0x6D] ? [0x69, 0x27, 0x6D] : nil  // im → i'm
        case 0x73: return split(1, after: contractedPronouns)  // s
        default: return nil
        }
    }

    private static func byteSet(_ words: [String]) -> Set<[UInt8]> { Set(words.map { Array($0.utf8) }) }

    /// The verbs of "n't" contractions, with their "n" ("hasn" of "hasn't").
    static let negatedVerbs = byteSet([
        "can", "won", "don", "isn", "aren", "wasn", "weren", "hasn", "haven", "hadn", "doesn", "didn", "couldn",
        "wouldn", "shouldn", "mustn", "needn", "shan", "ain",
    ])

    /// Words whose "'s" is "is" or "has" rather than a possessive.
    static let contractedPronouns = byteSet(["he", "she", "it", "that", "there", "what", "who", "where", "here", "let"])

    /// Words before "'re" ("we're" is left out: "were").
    static let contractedBeforeRe = byteSet(["you", "they"])

    /// Words before "'ve".
    static let contractedBeforeVe = byteSet(["i", "you", "we", "they", "could", "would", "should", "might", "must"])

    private mutating func addExactWord(_ bytes: [UInt8]) -> Int32 {
        let next = symbolCount
        let symbol = words.value(for: bytes) { next }
        if symbol == next {
            symbolCount += 1
            spellings.append(String(decoding: bytes, as: UTF8.self))
            let hash = bytes.withUnsafeBufferPointer { SymbolTable.wordHash($0.baseAddress, count: $0.count) }
            wordFilter[Int(hash >> 54)] |= 1 << ((hash >> 48) & 63)
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
            if bytes.count == 1 {
                hasShortStems = true
                for second in 0...255 { stemPrefixLengths[SymbolTable.prefixSlot(bytes[0], UInt8(second))] |= 2 }
            } else if bytes.count == 2 {
                hasShortStems = true
                stemPrefixLengths[SymbolTable.prefixSlot(bytes[0], bytes[1])] |= 4
            } else {
                stemPrefix3Lengths[SymbolTable.prefixSlot(bytes[0], bytes[1], bytes[2])] |= (1 << UInt64(bytes.count))
            }
        }
        return symbol
    }

    /// Looks up one word: its exact symbol (or -1), appending the symbols of every stem it
    /// starts with to `found`, shortest first. With `padded`, the caller promises that
    /// eight bytes can be read from the word's start (the coder's case-folded buffer keeps
    /// that much spare), so the word is packed with one load instead of a byte loop.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, stemsInto found: inout ScratchBuffer<Int32>, padded: Bool = false) -> Int32 {
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress else {
            return words.find(bytes.baseAddress, count: 0, hash: SymbolTable.wordHash(nil, count: 0), packed: 0) ?? -1
        }
        var candidates: UInt64 = 0
        if count >= 3 {
            candidates = stemPrefix3Lengths.withUnsafeBufferPointer { $0[SymbolTable.prefixSlot(base[0], base[1], base[2])] }
        }
        if hasShortStems {
            let second = count >= 2 ? base[1] : 0
            candidates |= stemPrefixLengths.withUnsafeBufferPointer { $0[SymbolTable.prefixSlot(base[0], second)] }
        }
        if candidates != 0 {
            var h = SymbolTable.fnvOffset
            var packed: UInt64 = 0
            let longest = min(count, 63, 63 - candidates.leadingZeroBitCount)
            for i in 0..<longest {
                h = (h ^ UInt64(base[i])) &* SymbolTable.fnvPrime
                if i < 8 { packed |= UInt64(base[i]) << UInt64(i &* 8) }
                let length = i + 1
                if candidates & (1 << UInt64(length)) != 0,
                    let stem = stems.find(base, count: length, hash: h, packed: packed)
                {
                    found.append(stem)
                }
            }
        }
        // The whole word; then, for a possessive the lexicon does not list, its noun ("the
        // SENCO's reading group"). One copy of the lookup, so that it stays inlined.
        var length = count
        while true {
            let packed: UInt64
            if padded {
                let word = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self))
                packed = length >= 8 ? word : word & ((1 << UInt64(length &* 8)) &- 1)
            } else {
                packed = SymbolTable.pack(base, count: length)
            }
            let hash = SymbolTable.wordHash(base, count: length, packed: packed)
            let maybe = wordFilter.withUnsafeBufferPointer { $0[Int(hash >> 54)] & (1 << ((hash >> 48) & 63)) != 0 }
            if maybe, let symbol = words.find(base, count: length, hash: hash, packed: packed) { return symbol }
            guard length == count, count > 3, base[count - 1] == 0x73, base[count - 2] == 0x27 else { return -1 }
            length = count - 2
        }
    }
}
