/// A phrase found in a narrative: tokens `first..<end` and the trie node where it ended.
struct PhraseMatch: Sendable, Hashable, BitwiseCopyable {
    var first: Int32
    var end: Int32
    var node: Int32
}

/// Looks up the symbols of tokens one by one, as the tokeniser emits them (see
/// ``CompiledLexicon/symbolize(_:)``): each token's exact word symbol (-1 when the word is
/// in no phrase, -2 for punctuation, 0 for a comma), the stems it starts with, which tries
/// have a phrase starting with it, and the list of tokens that start some phrase.
struct Symbolizer: TokenSink {
    // Copied out of the compiled lexicon once per narrative, so that looking a token up
    // touches no class and copies nothing.
    let symbols: SymbolTable
    let startBits: [UInt8]
    var words: ScratchBuffer<Int32>
    var stemStart: ScratchBuffer<Int32>
    var stems: ScratchBuffer<Int32>
    var starts: ScratchBuffer<UInt8>
    var candidates: ScratchBuffer<Int32>
    let commaBits: UInt8

    /// Takes the scratch's symbol buffers, emptied.
    init(_ compiled: CompiledLexicon, scratch: CodingScratch) {
        symbols = compiled.symbols
        startBits = compiled.startBits
        words = scratch.words
        stemStart = scratch.stemStart
        stems = scratch.stems
        starts = scratch.starts
        candidates = scratch.candidates
        words.removeAll()
        stemStart.removeAll()
        stems.removeAll()
        starts.removeAll()
        candidates.removeAll()
        stemStart.append(0)
        commaBits = startBits[Int(symbols.commaSymbol) + 1]
    }

    /// Gives the buffers back to the scratch.
    func store(in scratch: CodingScratch) {
        scratch.words = words
        scratch.stemStart = stemStart
        scratch.stems = stems
        scratch.starts = starts
        scratch.candidates = candidates
    }

    @inline(__always)
    mutating func add(_ token: Token, normalized: UnsafePointer<UInt8>) {
        if token.kind == .punctuation { addPunctuation(token) } else { addWord(token, normalized: normalized) }
    }

    @inline(__always)
    mutating func addPunctuation(_ token: Token) {
        let index = Int32(truncatingIfNeeded: words.count)
        if token.boundary == .comma {
            words.append(symbols.commaSymbol)
            starts.append(commaBits)
            if commaBits != 0 { candidates.append(index) }
        } else {
            words.append(CompiledLexicon.punctuationSymbol)
            starts.append(0)
        }
        stemStart.append(Int32(truncatingIfNeeded: stems.count))
    }

    @inline(__always)
    mutating func addWord(_ token: Token, normalized: UnsafePointer<UInt8>) {
        let index = Int32(truncatingIfNeeded: words.count)
        let before = stems.count
        let bytes = UnsafeBufferPointer(
            start: normalized + Int(token.normalizedStart), count: Int(token.normalizedEnd - token.normalizedStart))
        // The scratch's case-folded buffer has spare bytes past every word (see Tokenizer).
        let word = symbols.lookup(bytes, stemsInto: &stems, padded: true)
        words.append(word)
        let bits = startBits.withUnsafeBufferPointer { startBits in
            var bits = startBits[Int(word &+ 1)]  // 0 for -1
            for s in before..<stems.count { bits |= startBits[Int(stems[s]) + 1] }
            return bits
        }
        starts.append(bits)
        // Without a branch: write the index, keep it only when the token starts a phrase.
        candidates.reserve(candidates.count + 1)
        candidates.base[candidates.count] = index
        candidates.count += bits != 0 ? 1 : 0
        stemStart.append(Int32(truncatingIfNeeded: stems.count))
    }
}

extension CompiledLexicon {
    /// Fills the scratch's symbols for its tokens (see ``Symbolizer``).
    func symbolize(_ scratch: CodingScratch) {
        var symbolizer = Symbolizer(self, scratch: scratch)
        let tokens = scratch.tokens
        symbolizer.words.reserve(tokens.count)
        for i in 0..<tokens.count { symbolizer.add(tokens[i], normalized: scratch.normalized.base) }
        symbolizer.store(in: scratch)
    }

    /// The word symbol of punctuation, and of tokens hidden from later scans.
    static let punctuationSymbol: Int32 = -2

    /// Hides tokens `first..<end` from later phrase scans, as if they were punctuation:
    /// context triggers may neither lie inside a term nor run into one.
    func mask(_ scratch: CodingScratch, first: Int, end: Int) {
        for i in first..<end {
            scratch.words[i] = CompiledLexicon.punctuationSymbol
            scratch.starts[i] = 0
        }
    }
}

extension PhraseTrie {
    /// The longest phrase starting at token `position`, if any. Exact words are tried
    /// before stems, so at equal length the exact spelling wins.
    @inline(__always)
    func longestMatch(
        at position: Int, in scratch: CodingScratch, trie: Frozen, stack: inout ScratchBuffer<TrieStep>
    ) -> PhraseMatch? {
        var bestEnd: Int32 = -1
        var bestNode: Int32 = -1
        let words = scratch.words.base
        let stemStart = scratch.stemStart.base
        let stems = scratch.stems.base
        let count = Int32(truncatingIfNeeded: scratch.words.count)
        // Most walks meet no token with stems: one path, no stack.
        var node: Int32 = 0
        var at = Int32(truncatingIfNeeded: position)
        var branched = false
        while at < count {
            let word = words[Int(at)]
            if stemStart[Int(at)] != stemStart[Int(at) + 1] {
                branched = true
                break
            }
            if word < 0 { break }
            let next = trie.child(of: node, symbol: word)
            if next < 0 { break }
            node = next
            at += 1
            if trie.isTerminal(node) {
                bestEnd = at
                bestNode = node
            }
        }
        if branched {
            // A token on the way starts with stems: walk every path, deepest first.
            bestEnd = -1
            bestNode = -1
            stack.removeAll()
            stack.append(TrieStep(node: 0, at: Int32(truncatingIfNeeded: position)))
            while stack.count > 0 {
                stack.count -= 1
                let step = stack[stack.count]
                let node = step.node, at = step.at
                if node != 0, at > bestEnd, trie.isTerminal(node) {
                    bestEnd = at
                    bestNode = node
                }
                guard at < count else { continue }
                let word = words[Int(at)]
                if word == CompiledLexicon.punctuationSymbol { continue }
                for s in Int(stemStart[Int(at)])..<Int(stemStart[Int(at) + 1]) {
                    let next = trie.child(of: node, symbol: stems[s])
                    if next >= 0 { stack.append(TrieStep(node: next, at: at + 1)) }
                }
                if word >= 0 {
                    let next = trie.child(of: node, symbol: word)
                    if next >= 0 { stack.append(TrieStep(node: next, at: at + 1)) }
                }
            }
        }
        return bestEnd < 0 ? nil : PhraseMatch(first: Int32(truncatingIfNeeded: position), end: bestEnd, node: bestNode)
    }

    /// Every phrase of this trie (``CompiledLexicon/TrieBit`` `bit`) in the scratch's
    /// tokens, leftmost-longest and not overlapping.
    func scan(_ scratch: CodingScratch, bit: UInt8, into matches: inout ScratchBuffer<PhraseMatch>) {
        matches.removeAll()
        var stack = scratch.stack
        defer { scratch.stack = stack }
        let trie = view
        let starts = scratch.starts.base
        let candidates = scratch.candidates
        // Only tokens that start a phrase of some trie are tried; a match moves past its end.
        var next = 0
        for c in 0..<candidates.count {
            let position = Int(candidates[c])
            if position < next || starts[position] & bit == 0 { continue }
            if let match = longestMatch(at: position, in: scratch, trie: trie, stack: &stack) {
                matches.append(match)
                next = Int(match.end)
            }
        }
    }
}
