import Testing
@testable import TriageCore

/// The words a regular-expression term cannot match without, so that it is run only on
/// narratives holding one of them.
struct RegexAnchorsTests {
    @Test(arguments: [
        (#"\bmissed\s+\d+\s+(?:days|sessions)\b"#, [[#"\bmissed\b"#], [#"\bdays\b"#, #"\bsessions\b"#]]),
        // After an optional group a word's start is not certain.
        (#"\b(?:absent|missed)\s+(?:for\s+)?(?:two|three)\s+days\b"#,
         [[#"\babsent\b"#, #"\bmissed\b"#], [#"\bdays\b"#], [#"two\b"#, #"three\b"#]]),
        // An optional group and a character class are passed over; a literal before a class is kept.
        (#"(?:^|[\s(])\d+\s?%\s+(?:school\s+)?attend[ae]nce\b"#, [["attend"], [#"nce\b"#]]),
        // Most telling first; words under three letters are no anchors.
        (#"\bfor\s+(?:assaulting|hitting)\s+her\b"#, [[#"\bassaulting\b"#, #"\bhitting\b"#], [#"\bfor\b"#], [#"\bher\b"#]]),
        // Words joined by required whitespace are one needle; each alternative gives its most telling.
        (#"(?:\bnot|n['’]t)\b\s+(?:college|a\s+course)\s+or\s+work"#, [[#"\bcollege\b"#, #"\ba course\b"#], [#"\bor work"#]]),
        (#"\bin\s+school\s+\d+%"#, [[#"\bin school\b"#]]),
        // The letter before an optional quantifier may be absent.
        (#"\bdropped\b[^.]{0,30}?\bcentiles?\b"#, [[#"\bdropped\b"#], [#"\bcentile"#]]),
        (#"£\s?\d+\s+behind\b"#, [[#"\bbehind\b"#]]),
        // A group inside an alternative: the alternative gives its own words.
        (#"\b(?:under|below|dropped\s+(?:off|below))\s+(?:her|his|the)\s+centile"#,
         [[#"\bcentile"#], [#"\bunder\b"#, #"\bbelow\b"#, #"\bdropped\b"#], [#"\bher\b"#, #"\bhis\b"#, #"\bthe\b"#]]),
        // A short word is an anchor when it must be a whole word: "att" is not "attend".
        (#"\batt\b\.?\s+\d"#, [[#"\batt\b"#]]),
        // A literal that is no letter ends a word: "x-?box" holds "box"; "mum's" ends "mum".
        (#"x-?box"#, [["box"]]),
        (#"\bmum's\s+partner"#, [[#"\bs partner"#], [#"\bmum\b"#]]),
        // Named groups and flags are read; a look-ahead is passed over.
        (#"(?<what>bully|bullied)\s+at\s+school"#, [[#"\bat school"#], [#"bully\b"#, #"bullied\b"#]]),
        (#"(?i)\bmum(?=\s+said)"#, [[#"\bmum"#]]),
        (#"\b(?:\w+\s+){0,2}rent\s+arrears"#, [["rent arrears"]]),
        // A repeated group holds one of its words, but where a word starts or ends is not certain.
        (#"\b(?:rents?|arrears)+\s+\d"#, [["rent", "arrears"]]),
        // A whole word of two letters is an anchor too: the rare one beside common ones.
        (#"(?-i:\b(?:has|with|his)\s+MS\b)"#, [[#"\bhas\b"#, #"\bwith\b"#, #"\bhis\b"#], [#"\bms\b"#]]),
        (#"\b(?:has|diagnosed\s+with)\s+(?-i:ME)\b"#, [[#"\bhas\b"#, #"\bdiagnosed with\b"#], [#"\bme\b"#]]),
        // but not one whose start or end is not certain.
        (#"\bmissed\s+\d+\s+ms"#, [[#"\bmissed\b"#]]),
    ])
    func anchorsAreTheWordsEveryMatchHolds(pattern: String, sets: [[String]]) {
        #expect(RegexAnchors.sets(in: pattern) == sets)
    }

    @Test(arguments: [
        #"\bmissed|absent\b"#,          // a top-level alternation: nothing is certain
        #"\d+\s?%"#,                    // no letters at all
        #"\b(?:no)?\s*go\b"#,           // only short or optional words
        #"(?:it is)?\s*(?:ok|fine)"#,
        #"\p{Lu}arrears\b"#,          // escapes that carry text are not read
        #"(?x) arrears \s+ \d+"#,     // nor free-spacing mode
        #"(?mx)arrears"#,
        #"(rent)\s+\1"#,              // nor back-references
    ])
    func patternsWithNothingCertainHaveNoAnchors(pattern: String) {
        #expect(RegexAnchors.sets(in: pattern).isEmpty)
    }

    @Test func aNarrativeMustHoldAWordOfEverySet() {
        let sets = [["absent", "missed"], ["days"]].map { $0.map { RegexAnchors.Word(Array($0.utf8)) } }
        func may(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { RegexAnchors.mayMatch(sets, in: $0) }
        }
        #expect(may("kaimissed3days"))
        #expect(may("absentfor2days"))
        #expect(!may("absentfrom"))
        #expect(!may("attendance94days"))
        #expect([UInt8]().withUnsafeBufferPointer { RegexAnchors.mayMatch([], in: $0) })
    }

    @Test func aNeedleThatMustStartOrEndAWordIsFoundOnlyThere() {
        func may(_ pattern: String, _ text: String) -> Bool {
            let normalized = Tokenizer().tokenize(text).normalized
            return normalized.withUnsafeBufferPointer { RegexAnchors.mayMatch(RegexAnchors.words(in: pattern), in: $0) }
        }
        #expect(may(#"\batt\b\.?\s+\d"#, "Att. 84% this term"))
        #expect(!may(#"\batt\b\.?\s+\d"#, "Attendance 84% this term"))
        #expect(!may(#"\batt\b\.?\s+\d"#, "Matt is 14"))
        #expect(may(#"\bin\s+school\s+\d+%"#, "Kai is IN\n school 80% of the time"))
        #expect(!may(#"\bin\s+school\s+\d+%"#, "Kai is in a school 80%"))
        #expect(may(#"\bin\s+school\s+\d+%"#, "in, school"))   // punctuation is not kept: let through, and the regex says no
        #expect(!may(#"\bin\s+school\s+\d+%"#, "Kai is within schooling 80%"))
        // A non-letter inside a word (an apostrophe) or joining words (a hyphen) is a word edge.
        #expect(may(#"\bmum\b"#, "Mum's partner"))
        #expect(may(#"\bbox\b"#, "his x-box"))
        #expect(may(#"\bsession\b"#, "one session"))
        #expect(!may(#"\bsession\b"#, "two sessions"))
    }

    @Test func theCaseFoldedBufferHasASpaceAfterEveryWord() {
        let tokenized = Tokenizer().tokenize("Kai’s re-referral & Mum (7)… done.")
        #expect(String(decoding: tokenized.normalized, as: UTF8.self) == "kai's re referral and mum (7) done ")
        #expect(tokenized.tokens.filter(\.isWordLike).map { tokenized.normalizedText(of: $0) }
            == ["kai's", "re", "referral", "and", "mum", "(7)", "done"])
    }

    /// The automaton finds a needle exactly where a byte search finds it, at a word's start
    /// or end when it must be: checked on every needle of many overlapping words ("his" in
    /// "this", "her" in "mother", "ms" as a word and inside one) against every text.
    @Test func theAutomatonFindsEachNeedleWhereASearchDoes() {
        let spellings = ["his", "this", "her", "mother", "mothers", "ms", "me", "the", "hem", "mum", "mum s", "s partner",
                         "at school", "school", "schools", "atte", "attend", "tend", "end", "nce", "ance", "in school"]
        var needles: [RegexAnchors.Word] = []
        for spelling in spellings {
            for edges in 0..<4 {
                needles.append(RegexAnchors.Word(Array(spelling.utf8), atWordStart: edges & 1 != 0, atWordEnd: edges & 2 != 0))
            }
        }
        let prefilter = RegexPrefilter(needles.map { [[$0]] })
        let texts = [
            "this mother and her mum s partner ", "ms is his ", "theme hems ", "mothers at schools in school attendance ",
            "attend tend end nce ance ", "mum's partner ", "", "me", "ms", "smsms ms3 4ms ", "her's them's ", "school",
            "in schools at school's end ",
        ]
        var present = [UInt64](repeating: 0, count: prefilter.needleWords)
        for text in texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                present.withUnsafeMutableBufferPointer { prefilter.markNeedles(in: buffer, present: $0.baseAddress!) }
            }
            for (n, needle) in needles.enumerated() {
                let found = present[n >> 6] & (1 << UInt64(n & 63)) != 0
                #expect(found == Self.search(needle, in: bytes), "\(String(decoding: needle.bytes, as: UTF8.self)) edges \(needle.edges) in '\(text)'")
            }
        }
    }

    /// Needles may hold any bytes (a user's pattern with letters beyond ASCII): the automaton
    /// takes all 256 byte values without a limit on how many distinct ones there are.
    @Test func theAutomatonTakesEveryByteValue() {
        let needles = (0..<128).map { RegexAnchors.Word([UInt8($0 * 2), UInt8($0 * 2 + 1)]) }
        let prefilter = RegexPrefilter(needles.map { [[$0]] })
        let text: [UInt8] = [0, 1, 9, 254, 255]
        var present = [UInt64](repeating: 0, count: prefilter.needleWords)
        text.withUnsafeBufferPointer { buffer in
            present.withUnsafeMutableBufferPointer { prefilter.markNeedles(in: buffer, present: $0.baseAddress!) }
        }
        let found = (0..<needles.count).filter { present[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }
        #expect(found == [0, 127])
    }

    /// The plain search the automaton must agree with.
    static func search(_ needle: RegexAnchors.Word, in text: [UInt8]) -> Bool {
        func isWordByte(_ b: UInt8) -> Bool { b &- 0x61 < 26 || b &- 0x30 < 10 }
        let length = needle.bytes.count
        guard length > 0, length <= text.count else { return false }
        for at in 0...(text.count - length) where Array(text[at..<at + length]) == needle.bytes {
            let end = at + length
            if needle.atWordStart && at > 0 && isWordByte(text[at - 1]) { continue }
            if needle.atWordEnd && end < text.count && isWordByte(text[end]) { continue }
            return true
        }
        return false
    }

    /// The regexes visited are exactly those whose every set has a needle in the text, in
    /// lexicon order, with the ones that have no anchors always among them.
    @Test func theCandidatesAreTheRegexesWhoseSetsAllHold() {
        let patterns = [#"\bmissed\s+\d+\s+days\b"#, #"\d+\s?%"#, #"\b(?:has|with)\s+MS\b"#, #"\bmissed\s+school"#,
                        #"\bdays\s+off\b"#, #"\bhis\s+mum\b"#]
        let prefilter = RegexPrefilter(patterns.map(RegexAnchors.words(in:)))
        func visited(_ text: String) -> [Int] {
            let normalized = Tokenizer().tokenize(text).normalized
            var present = [UInt64](repeating: 0, count: prefilter.needleWords)
            var candidates = [UInt64](repeating: 0, count: prefilter.regexWords)
            normalized.withUnsafeBufferPointer { buffer in
                present.withUnsafeMutableBufferPointer { prefilter.markNeedles(in: buffer, present: $0.baseAddress!) }
            }
            present.withUnsafeBufferPointer { p in
                candidates.withUnsafeMutableBufferPointer { prefilter.markCandidates(present: p.baseAddress!, candidates: $0.baseAddress!) }
            }
            return (0..<patterns.count).filter { r in
                candidates[r >> 6] & (1 << UInt64(r & 63)) != 0
                    && present.withUnsafeBufferPointer { prefilter.mayMatch(regex: r, present: $0.baseAddress!) }
            }
        }
        #expect(visited("Kai missed 3 days of school; his mum has MS") == [0, 1, 2, 5])
        #expect(visited("Kai has missed school") == [1, 3])
        #expect(visited("three days off, with his mother") == [1, 4])
        #expect(visited("") == [1])
    }

    @Test func codingIsTheSameWithTheAnchors() {
        // "missed" is the anchor: a narrative without it is not run, one with it matches.
        let lexicon = Lexicon(name: "x", version: "1", codes: [
            CodeDefinition(code: "EDU-ATT", name: "Attendance", defaultLevel: .yellow,
                           terms: [Term(.regex(#"\bmissed\s+\d+\s+days\b"#))]),
        ])
        let coder = NarrativeCoder(try! CompiledLexicon(lexicon))
        #expect(coder.code("Kai has MISSED 12 days this term").issue("EDU-ATT")?.status == .present)
        #expect(coder.code("Kai has been absent 12 days").issue("EDU-ATT") == nil)
    }
}
