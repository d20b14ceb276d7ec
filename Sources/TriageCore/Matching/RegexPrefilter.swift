/// The anchors (``RegexAnchors``) of a lexicon's regex terms, compiled once per lexicon into
/// one automaton over every distinct needle, so that a narrative's case-folded buffer is read
/// once to find all the needles it holds, and only the regexes that may match are visited.
///
/// Per narrative:
/// 1. ``markNeedles(in:present:)`` runs the automaton (Aho–Corasick, with every transition
///    resolved ahead, one table load per byte) over the case-folded words and sets a bit for
///    each needle found where it may stand (at a word's start or end when it must be);
/// 2. ``markCandidates(present:candidates:)`` sets a bit for each regex whose most telling
///    anchor set has a needle found (and for each regex with no anchors);
/// 3. the coder visits those regexes in lexicon order and runs each for which
///    ``mayMatch(regex:present:)`` holds: a needle of every one of its sets was found.
///
/// A needle is found exactly where a byte search for it would find it; a regex is skipped
/// only when a set of its anchors is missing from the narrative, so skipping never loses a
/// match.
///
/// Immutable after `init`; the buffers it owns are freed with it.
final class RegexPrefilter: @unchecked Sendable {
    /// How many distinct needles there are, and regexes: bits in a narrative's sets.
    let needleCount: Int
    let regexCount: Int
    /// 64-bit words in a set of needle bits and of regex bits.
    var needleWords: Int { (needleCount + 63) >> 6 }
    var regexWords: Int { (regexCount + 63) >> 6 }

    // The automaton: each byte's class (0: a byte no needle holds), the next state of each
    // state for each class, and the needles that end at each state (its own and those its
    // longest proper suffixes end), with each needle's length and edges.
    private let byteClass: UnsafeMutableBufferPointer<UInt16>
    private let classCount: Int
    /// The transitions, as 16-bit state numbers when there are few enough states (the table
    /// then takes half the cache), else 32-bit; the other is empty.
    private let narrow: Bool
    private let next16: UnsafeMutableBufferPointer<UInt16>
    private let next32: UnsafeMutableBufferPointer<Int32>
    /// Which states have outputs, a bit each.
    private let hasOutput: UnsafeMutableBufferPointer<UInt64>
    private let outputStart: UnsafeMutableBufferPointer<Int32>
    private let outputs: UnsafeMutableBufferPointer<Int32>
    private let needleLength: UnsafeMutableBufferPointer<Int32>
    /// Bit 0: needle `n` must start a word; bit 1: it must end one.
    private let edges: UnsafeMutableBufferPointer<UInt8>

    /// Regex `r`'s sets are `setStart[regexStart[r]..<regexStart[r + 1]]`; set `k`'s needles
    /// are `setNeedles[setStart[k]..<setStart[k + 1]]`.
    private let regexStart: UnsafeMutableBufferPointer<Int32>
    private let setStart: UnsafeMutableBufferPointer<Int32>
    private let setNeedles: UnsafeMutableBufferPointer<Int32>
    /// The regexes whose first set holds needle `n`: `firstSetRegexes[firstSetStart[n]..<firstSetStart[n + 1]]`.
    private let firstSetStart: UnsafeMutableBufferPointer<Int32>
    private let firstSetRegexes: UnsafeMutableBufferPointer<Int32>
    /// The regexes with no anchors, which always run.
    private let unanchored: UnsafeMutableBufferPointer<Int32>
    private let unanchoredCount: Int

    /// Lays out the anchor sets of each regex, in order, and builds the automaton of their needles.
    init(_ anchors: [[[RegexAnchors.Word]]]) {
        struct Key: Hashable {
            let bytes: [UInt8]
            let edges: UInt8
        }
        var numbers: [Key: Int32] = [:]
        var words: [RegexAnchors.Word] = []
        var regexStart: [Int32] = [0]
        var setStart: [Int32] = [0]
        var setNeedles: [Int32] = []
        var firstSets: [[Int32]] = []
        var unanchored: [Int32] = []
        for (r, sets) in anchors.enumerated() {
            if sets.isEmpty { unanchored.append(Int32(r)) }
            for (k, set) in sets.enumerated() {
                for word in set {
                    let key = Key(bytes: word.bytes, edges: word.edges)
                    let number: Int32
                    if let known = numbers[key] {
                        number = known
                    } else {
                        number = Int32(words.count)
                        numbers[key] = number
                        words.append(word)
                        firstSets.append([])
                    }
                    setNeedles.append(number)
                    if k == 0, firstSets[Int(number)].last != Int32(r) { firstSets[Int(number)].append(Int32(r)) }
                }
                setStart.append(Int32(setNeedles.count))
            }
            regexStart.append(Int32(setStart.count - 1))
        }
        needleCount = words.count
        regexCount = anchors.count

        // The trie of the needles' bytes, each byte by its class.
        var classes = [UInt16](repeating: 0, count: 256)
        var classCount = 1
        for word in words {
            for byte in word.bytes where classes[Int(byte)] == 0 {
                classes[Int(byte)] = UInt16(classCount)
                classCount += 1
            }
        }
        var goto: [[Int32]] = [[Int32](repeating: -1, count: classCount)]
        var ending: [[Int32]] = [[]]
        for (n, word) in words.enumerated() where !word.bytes.isEmpty {
            var state = 0
            for byte in word.bytes {
                let c = Int(classes[Int(byte)])
                if goto[state][c] < 0 {
                    goto[state][c] = Int32(goto.count)
                    goto.append([Int32](repeating: -1, count: classCount))
                    ending.append([])
                }
                state = Int(goto[state][c])
            }
            ending[state].append(Int32(n))
        }
        // Breadth first: each state's failure (its longest proper suffix in the trie), every
        // missing transition resolved through it, and its outputs joined with the failure's.
        let stateCount = goto.count
        var table = [Int32](repeating: 0, count: stateCount * classCount)
        var fail = [Int32](repeating: 0, count: stateCount)
        var order: [Int] = [0]
        var head = 0
        for c in 0..<classCount {
            let child = goto[0][c]
            table[c] = max(child, 0)
            if child > 0 { order.append(Int(child)) }
        }
        head = 1
        while head < order.count {
            let state = order[head]
            head += 1
            ending[state] += ending[Int(fail[state])]
            for c in 0..<classCount {
                let child = goto[state][c]
                let viaFailure = table[Int(fail[state]) * classCount + c]
                if child >= 0 {
                    fail[Int(child)] = viaFailure
                    table[state * classCount + c] = child
                    order.append(Int(child))
                } else {
                    table[state * classCount + c] = viaFailure
                }
            }
        }
        var outputStart: [Int32] = [0]
        var outputs: [Int32] = []
        var hasOutput = [UInt64](repeating: 0, count: (stateCount + 63) >> 6)
        for state in 0..<stateCount {
            outputs += ending[state]
            outputStart.append(Int32(outputs.count))
            if !ending[state].isEmpty { hasOutput[state >> 6] |= 1 << UInt64(state & 63) }
        }
        var firstSetStart: [Int32] = [0]
        var firstSetRegexes: [Int32] = []
        for regexes in firstSets {
            firstSetRegexes += regexes
            firstSetStart.append(Int32(firstSetRegexes.count))
        }

        func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
            _ = buffer.initialize(from: array)
            return buffer
        }
        byteClass = copy(classes)
        self.classCount = classCount
        narrow = stateCount <= Int(UInt16.max)
        next16 = copy(narrow ? table.map { UInt16(truncatingIfNeeded: $0) } : [])
        next32 = copy(narrow ? [] : table)
        self.hasOutput = copy(hasOutput)
        self.outputStart = copy(outputStart)
        self.outputs = copy(outputs)
        needleLength = copy(words.map { Int32($0.bytes.count) })
        edges = copy(words.map(\.edges))
        self.regexStart = copy(regexStart)
        self.setStart = copy(setStart)
        self.setNeedles = copy(setNeedles)
        self.firstSetStart = copy(firstSetStart)
        self.firstSetRegexes = copy(firstSetRegexes)
        self.unanchored = copy(unanchored)
        unanchoredCount = unanchored.count
    }

    deinit {
        byteClass.deallocate()
        next16.deallocate()
        next32.deallocate()
        hasOutput.deallocate()
        outputStart.deallocate()
        outputs.deallocate()
        needleLength.deallocate()
        edges.deallocate()
        regexStart.deallocate()
        setStart.deallocate()
        setNeedles.deallocate()
        firstSetStart.deallocate()
        firstSetRegexes.deallocate()
        unanchored.deallocate()
    }

    /// Sets in `present` (``needleWords`` words, cleared here first) the bit of every needle
    /// `normalized` holds where it may stand: one pass of the automaton over the bytes.
    func markNeedles(in normalized: UnsafeBufferPointer<UInt8>, present: UnsafeMutablePointer<UInt64>) {
        present.update(repeating: 0, count: needleWords)
        guard let base = normalized.baseAddress else { return }
        if narrow {
            walk(base, normalized.count, next16.baseAddress!, present)
        } else {
            walk(base, normalized.count, next32.baseAddress!, present)
        }
    }

    @inline(__always)
    private func walk<State: FixedWidthInteger>(
        _ base: UnsafePointer<UInt8>, _ count: Int, _ table: UnsafePointer<State>, _ present: UnsafeMutablePointer<UInt64>
    ) {
        let classes = byteClass.baseAddress!
        let withOutput = hasOutput.baseAddress!
        let width = classCount
        var state = 0
        for i in 0..<count {
            state = Int(truncatingIfNeeded: table[state &* width &+ Int(classes[Int(base[i])])])
            guard withOutput[state >> 6] & (1 << UInt64(state & 63)) != 0 else { continue }
            let end = i + 1
            for k in Int(outputStart[state])..<Int(outputStart[state + 1]) {
                let n = Int(outputs[k])
                let edge = edges[n]
                if edge & 1 != 0 {
                    let start = end - Int(needleLength[n])
                    if start > 0 && Self.isWordByte(base[start - 1]) { continue }
                }
                if edge & 2 != 0, end < count, Self.isWordByte(base[end]) { continue }
                present[n >> 6] |= 1 << UInt64(n & 63)
            }
        }
    }

    /// Sets in `candidates` (``regexWords`` words, cleared here first) the bit of every regex
    /// that has no anchors or whose first (most telling) set has a needle in `present`.
    func markCandidates(present: UnsafePointer<UInt64>, candidates: UnsafeMutablePointer<UInt64>) {
        candidates.update(repeating: 0, count: regexWords)
        for k in 0..<unanchoredCount {
            let r = Int(unanchored[k])
            candidates[r >> 6] |= 1 << UInt64(r & 63)
        }
        for w in 0..<needleWords {
            var bits = present[w]
            while bits != 0 {
                let n = w << 6 | bits.trailingZeroBitCount
                bits &= bits &- 1
                for k in Int(firstSetStart[n])..<Int(firstSetStart[n + 1]) {
                    let r = Int(firstSetRegexes[k])
                    candidates[r >> 6] |= 1 << UInt64(r & 63)
                }
            }
        }
    }

    /// Whether regex `regex` may match a narrative holding the needles `present`: true when
    /// it holds a needle of every set of the regex's anchors, or it has none.
    @inline(__always)
    func mayMatch(regex: Int, present: UnsafePointer<UInt64>) -> Bool {
        var k = Int(regexStart[regex])
        let lastSet = Int(regexStart[regex + 1])
        while k < lastSet {
            var j = Int(setStart[k])
            let end = Int(setStart[k + 1])
            var any = false
            while j < end {
                let n = Int(setNeedles[j])
                if present[n >> 6] & (1 << UInt64(n & 63)) != 0 {
                    any = true
                    break
                }
                j += 1
            }
            if !any { return false }
            k += 1
        }
        return true
    }

    /// An ASCII letter or digit of the case-folded buffer. Other bytes (the space after each
    /// word, an inner apostrophe, a byte of a letter beyond ASCII) may stand at a word's
    /// edge, which lets more narratives through, never fewer.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte &- 0x61 < 26 || byte &- 0x30 < 10
    }
}
