/// The symbols of each token of a narrative: its exact word symbol and the stems it starts with.
struct SymbolizedTokens: Sendable {
    /// Exact word symbol per token: -1 when the word is in no phrase, -2 for punctuation.
    var words: [Int32] = []
    /// `stems[stemStart[i]..<stemStart[i + 1]]` are the stem symbols token `i` starts with.
    var stemStart: [Int32] = [0]
    var stems: [Int32] = []

    static let punctuation: Int32 = -2

    init() {}

    init(_ text: TokenizedText, symbols: SymbolTable) {
        fill(text, symbols: symbols)
    }

    /// Refills the arrays for `text`, keeping their storage.
    mutating func fill(_ text: TokenizedText, symbols: SymbolTable) {
        words.removeAll(keepingCapacity: true)
        stems.removeAll(keepingCapacity: true)
        stemStart.removeAll(keepingCapacity: true)
        stemStart.append(0)
        words.reserveCapacity(text.tokens.count)
        for token in text.tokens {
            if token.kind == .punctuation {
                words.append(token.boundary == .comma ? symbols.commaSymbol : SymbolizedTokens.punctuation)
            } else {
                let bytes = text.normalized[Int(token.normalizedStart)..<Int(token.normalizedEnd)]
                words.append(symbols.lookup(bytes, stemsInto: &stems))
            }
            stemStart.append(Int32(stems.count))
        }
    }

    var count: Int { words.count }

    /// Hides tokens `spans` from later phrase scans, as if they were punctuation: context
    /// triggers may neither lie inside a term nor run into one.
    mutating func mask(_ spans: [Range<Int>]) {
        for span in spans {
            for i in span {
                words[i] = SymbolizedTokens.punctuation
            }
        }
    }
}

/// A phrase found in a narrative: tokens `first..<end` and the trie node where it ended.
struct PhraseMatch: Sendable, Hashable {
    var first: Int32
    var end: Int32
    var node: Int32
}

extension PhraseTrie {
    /// The longest phrase starting at token `position`, if any. Exact words are tried
    /// before stems, so at equal length the exact spelling wins.
    func longestMatch(at position: Int, in tokens: SymbolizedTokens, stack: inout [(Int32, Int32)]) -> PhraseMatch? {
        var bestEnd: Int32 = -1
        var bestNode: Int32 = -1
        stack.removeAll(keepingCapacity: true)
        stack.append((0, Int32(position)))
        let count = Int32(tokens.count)
        while let (node, at) = stack.popLast() {
            if node != 0, at > bestEnd, isTerminal(node) {
                bestEnd = at
                bestNode = node
            }
            guard at < count else { continue }
            let word = tokens.words[Int(at)]
            if word == SymbolizedTokens.punctuation { continue }
            let stemRange = Int(tokens.stemStart[Int(at)])..<Int(tokens.stemStart[Int(at) + 1])
            for s in stemRange {
                let next = child(of: node, symbol: tokens.stems[s])
                if next >= 0 { stack.append((next, at + 1)) }
            }
            if word >= 0 {
                let next = child(of: node, symbol: word)
                if next >= 0 { stack.append((next, at + 1)) }
            }
        }
        return bestEnd < 0 ? nil : PhraseMatch(first: Int32(position), end: bestEnd, node: bestNode)
    }

    /// Every phrase in `tokens`, leftmost-longest and not overlapping.
    func scan(_ tokens: SymbolizedTokens, into matches: inout [PhraseMatch], stack: inout [(Int32, Int32)]) {
        var position = 0
        let count = tokens.count
        while position < count {
            let word = tokens.words[position]
            if word == SymbolizedTokens.punctuation
                || (word == -1 && tokens.stemStart[position] == tokens.stemStart[position + 1])
            {
                position += 1
                continue
            }
            if let match = longestMatch(at: position, in: tokens, stack: &stack) {
                matches.append(match)
                position = Int(match.end)
            } else {
                position += 1
            }
        }
    }
}
