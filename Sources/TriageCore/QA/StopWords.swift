/// Words that are never candidate terms, left out of the leftover vocabulary that
/// `triage coverage` reports.
///
/// Three lists: general English function words (after the Snowball English list), the
/// people and reporting words that appear in nearly every early-help narrative ("mum",
/// "reports", "months") whatever its issues, and months and weekdays. All lower case,
/// apostrophes straight.
public enum StopWords {
    /// General English function words: articles, pronouns, auxiliaries, prepositions,
    /// conjunctions and common adverbs.
    public static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
        "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but",
        "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing",
        "don't", "down", "during", "each", "either", "else", "even", "ever", "every", "few", "for", "from",
        "further", "get", "gets", "getting", "got", "had", "hadn't", "has", "hasn't", "have", "haven't",
        "having", "he", "he'd", "he'll", "he's", "her", "here", "here's", "hers", "herself", "him", "himself",
        "his", "how", "how's", "however", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't",
        "it", "it's", "its", "itself", "just", "let's", "like", "may", "me", "might", "more", "most",
        "much", "must", "mustn't", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
        "one", "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "per",
        "quite", "rather", "re", "really", "same", "shall", "shan't", "she", "she'd", "she'll", "she's",
        "should", "shouldn't", "since", "so", "some", "still", "such", "than", "that", "that's", "the",
        "their", "theirs", "them", "themselves", "then", "there", "there's", "these", "they", "they'd",
        "they'll", "they're", "they've", "this", "those", "though", "through", "to", "too", "two", "under",
        "until", "up", "upon", "us", "very", "via", "was", "wasn't", "we", "we'd", "we'll", "we're", "we've",
        "well", "were", "weren't", "what", "what's", "when", "when's", "where", "where's", "whether", "which",
        "while", "who", "who's", "whom", "why", "why's", "will", "with", "within", "without", "won't",
        "would", "wouldn't", "yet", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself",
        "yourselves", "etc", "eg", "ie", "e.g", "i.e", "x", "s", "t",
    ]

    /// People, time and reporting words found in almost every narrative, whatever its issues.
    public static let narrative: Set<String> = [
        "mum", "mums", "mum's", "dad", "dads", "dad's", "mother", "father", "parent", "parents", "carer",
        "child", "children", "child's", "kids", "son", "daughter", "boy", "girl", "baby", "brother", "sister",
        "siblings", "sibling", "family", "family's", "gran", "nan", "grandma", "grandad", "partner",
        "he", "she", "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days",
        "today", "yesterday", "last", "next", "currently", "recently", "said", "says", "say", "told",
        "reports", "reported", "states", "stated", "feels", "felt", "wants", "would", "like", "will",
        "able", "going", "went", "made", "make", "need", "needs", "new", "old", "time", "times",
        "lot", "lots", "around", "back", "home", "good", "well", "pm", "hrs", "hr", "mins", "approx",
    ]

    /// Months and days of the week, written out and abbreviated ("Sept", "Weds").
    public static let calendar: Set<String> = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays",
        "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "weekend", "weekends",
        "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Every list: what the leftover vocabulary leaves out.
    public static let all: Set<String> = english.union(narrative).union(calendar)

    /// True for words never offered as candidate terms: stop words, words with digits,
    /// and single letters.
    public static func isIgnorable(_ word: String) -> Bool {
        if word.unicodeScalars.count < 2 { return true }
        if word.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) { return true }
        return all.contains(word)
    }
}
