import Testing
@testable import TriageCore

/// The words a regular-expression term cannot match without, so that it is run only on
/// narratives holding one of them.
struct RegexAnchorsTests {
    @Test(arguments: [
        (#"\bmissed\s+\d+\s+(?:days|sessions)\b"#, [["missed"], ["days", "sessions"]]),
        (#"\b(?:absent|missed)\s+(?:for\s+)?(?:two|three)\s+days\b"#, [["absent", "missed"], ["days"], ["two", "three"]]),
        // An optional group and a character class are passed over; a literal before a class is kept.
        (#"(?:^|[\s(])\d+\s?%\s+(?:school\s+)?attend[ae]nce\b"#, [["attend"], ["nce"]]),
        // Most telling first; words under three letters are no anchors.
        (#"\bfor\s+(?:assaulting|hitting)\s+her\b"#, [["assaulting", "hitting"], ["for"], ["her"]]),
        // An alternative gives its longest word; a group with a class in it is no candidate.
        (#"(?:\bnot|n['’]t)\b\s+(?:college|a\s+course)\s+or\s+work"#, [["college", "course"], ["work"]]),
        // The letter before an optional quantifier may be absent; equally telling sets keep their order.
        (#"\bdropped\b[^.]{0,30}?\bcentiles?\b"#, [["dropped"], ["centile"]]),
        (#"£\s?\d+\s+behind\b"#, [["behind"]]),
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
