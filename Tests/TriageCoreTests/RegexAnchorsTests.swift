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
        let bits = UnsafeMutablePointer<UInt64>.allocate(capacity: RegexAnchors.Signature.words)
        defer { bits.deallocate() }
        let signature = RegexAnchors.Signature(bits: bits)
        func may(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer {
                signature.fill($0)
                return RegexAnchors.mayMatch(sets, in: $0, signature: signature)
            }
        }
        #expect(may("kaimissed3days"))
        #expect(may("absentfor2days"))
        #expect(!may("absentfrom"))
        #expect(!may("attendance94days"))
        #expect([UInt8]().withUnsafeBufferPointer { RegexAnchors.mayMatch([], in: $0, signature: signature) })
    }

    @Test func aNeedleThatMustStartOrEndAWordIsFoundOnlyThere() {
        let bits = UnsafeMutablePointer<UInt64>.allocate(capacity: RegexAnchors.Signature.words)
        defer { bits.deallocate() }
        let signature = RegexAnchors.Signature(bits: bits)
        func may(_ pattern: String, _ text: String) -> Bool {
            let normalized = Tokenizer().tokenize(text).normalized
            return normalized.withUnsafeBufferPointer {
                signature.fill($0)
                return RegexAnchors.mayMatch(RegexAnchors.words(in: pattern), in: $0, signature: signature)
            }
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

    /// The signature never rules out a word the text holds (it may let through one it does
    /// not, which the search then rejects).
    @Test func theSignatureKeepsEveryWordTheTextHolds() {
        let bits = UnsafeMutablePointer<UInt64>.allocate(capacity: RegexAnchors.Signature.words)
        defer { bits.deallocate() }
        let signature = RegexAnchors.Signature(bits: bits)
        let text = "kai missed 3 days of school and is now attending his reduced timetable"
        Array(text.utf8).withUnsafeBufferPointer { signature.fill($0) }
        for word in text.split(separator: " ") where word.count >= 3 {
            #expect(signature.mayHold(RegexAnchors.Word(Array(word.utf8))), "\(word)")
        }
        #expect(!signature.mayHold(RegexAnchors.Word(Array("exclusion".utf8))))
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
