/// The plural of a phrase's last word, for lexicons that match plurals
/// (``Lexicon/matchesPlurals``): regular English plurals only ("plan" → "plans", "bus"
/// → "buses", "party" → "parties"), and none for words whose plural would be another word
/// or nothing a narrative writes (pronouns, particles, mass nouns, "-ed"/"-ing" forms).
enum PluralForm {
    static let notPluralized: Set<String> = ["her", "him", "his", "it", "me", "them", "us", "up", "out", "in", "on", "off", "down",
        "away", "back", "over", "home", "school", "work", "the", "a", "an", "to", "of", "for", "with", "at", "by", "from", "and", "or",
        "more", "less", "alone", "now", "again", "together", "there", "here", "well", "much", "all", "any", "each", "other", "own",
        "money", "police", "staff", "people", "children", "alcohol", "cannabis", "heroin", "cocaine", "weed", "spice", "ketamine", "crack",
        "nursery", "college", "care", "help", "support", "health", "behaviour", "behavior", "poverty", "housing"]

    /// The phrase with its last word in the plural ("payment plan" → "payment plans",
    /// "pre-school booster" → "pre-school boosters"), or nil when the phrase is a stem, its
    /// last word is not plain ASCII letters, or that word has no plural worth matching.
    static func phrase(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.hasSuffix("*") else { return nil }
        let cut = trimmed.lastIndex(of: " ").map { trimmed.index(after: $0) } ?? trimmed.startIndex
        let written = trimmed[cut...]
        guard written.utf8.allSatisfy({ ($0 | 0x20) &- 0x61 < 26 }) else { return nil }
        let last = written.lowercased()
        guard last.utf8.count >= 3, !notPluralized.contains(last) else { return nil }
        if last.hasSuffix("ed") || last.hasSuffix("ing") || last.hasSuffix("ly") { return nil }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let plural: String
        if last.hasSuffix("ss") || last.hasSuffix("x") || last.hasSuffix("ch") || last.hasSuffix("sh") || last.hasSuffix("z") {
            plural = last + "es"
        } else if last.hasSuffix("s") {
            return nil
        } else if last.hasSuffix("y"), let before = last.dropLast().last, !vowels.contains(before) {
            plural = last.dropLast() + "ies"
        } else {
            plural = last + "s"
        }
        return trimmed[..<cut] + plural
    }
}
