/// How often each word occurs in a corpus, case-folded as the matcher sees it.
///
/// `triage lexicon lint --corpus` uses it to show which words a short wildcard stem matches.
public struct CorpusVocabulary: Sendable {
    /// Occurrences by case-folded word (words only: numbers and punctuation left out).
    public private(set) var counts: [String: Int] = [:]
    private let tokenizer = Tokenizer()

    public init() {}

    /// Counts the words of one narrative.
    public mutating func add(_ text: String) {
        let tokenized = tokenizer.tokenize(text)
        for token in tokenized.tokens where token.kind == .word {
            counts[tokenized.normalizedText(of: token), default: 0] += 1
        }
    }

    /// The distinct words that start with `stem`, most frequent first (ties alphabetical).
    public func words(startingWith stem: String) -> [(word: String, count: Int)] {
        counts.filter { $0.key.hasPrefix(stem) }
            .map { (word: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.word < $1.word }
    }
}
