import Testing
@testable import TriageCore

/// The coder's fast paths (a reused ``CodingScratch``, ``NarrativeCoder/codeCompact``,
/// the eight-bytes-at-a-time tokeniser, the symbol table's filters) must give exactly
/// what plain coding gives.
struct FastPathTests {
    static let narratives = [
        "No concerns about attendance but he was excluded twice.",
        "Mum is in rent arrears of £1,150 and has a Section 21 eviction notice; previous DV, none known now.",
        "Truanting again. School refuser since Easter. NEET: not in education, employment or training.",
        "Dad arrested for assaulting mum; DA referral made. Shoplifting in town (14).",
        "prescribed drugs only; alcohol misuse if she loses her job. Nil concerns re housing.",
        "Child protection plan ended. MARAC discussed. Health visitor involved, good spirits, no debt.",
        "N/A – no issues",
        "",
        "ÉMILIE’S SCHOOLATTENDANCEPROBLEMS: attendance 82%... Attendance! ATTENDANCE? attendance",
        "supercalifragilisticexpialidocious arrears-arrears debt/debt housinghousing housing",
    ]

    @Test func aReusedScratchGivesWhatAFreshOneGives() {
        let coder = TestLexicon.coder
        let scratch = CodingScratch()
        // Twice round, so every narrative is coded after longer and shorter ones.
        for text in Self.narratives + Self.narratives.reversed() {
            #expect(coder.code(text, scratch: scratch) == coder.code(text))
            #expect(coder.code(text, box: .red, scratch: scratch) == coder.code(text, box: .red))
        }
    }

    @Test func compactIssuesMatchTheFullResult() throws {
        let coder = TestLexicon.coder
        let scratch = CodingScratch()
        let codes = coder.compiled.lexicon.codes.map(\.code)
        for text in Self.narratives {
            let full = coder.code(text)
            let compact = Array(coder.codeCompact(text, scratch: scratch))
            #expect(compact.count == full.issues.count, "\(text)")
            for (row, issue) in zip(compact, full.issues) {
                #expect(codes[Int(row.code)] == issue.code)
                #expect(row.level == issue.level)
                #expect(row.status == issue.status)
                let mention = issue.primaryMention
                #expect((row.term >= 0 ? coder.compiled.termDisplays[Int(row.term)] : nil) == mention?.term)
                #expect((row.start >= 0 ? Int(row.start) : nil) == mention?.start)
                #expect((row.end >= 0 ? Int(row.end) : nil) == mention?.end)
            }
        }
    }

    @Test func foldingEightLettersAtATimeKeepsEveryLetterAndOffset() {
        // Words of every length around the eight-byte step, in mixed case, with digits,
        // accents and apostrophes inside, and words that end the text.
        var generator = SplitMix(seed: 7)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".unicodeScalars)
        for _ in 0..<300 {
            var words: [String] = []
            for _ in 0..<Int(generator.next() % 6 + 1) {
                let length = Int(generator.next() % 20 + 1)
                var word = String(alphabet[Int(generator.next() % 52)])  // starts with a letter
                for _ in 1..<length { word.unicodeScalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
                words.append(word)
            }
            let text = words.joined(separator: " ")
            let tokenized = Tokenizer().tokenize(text)
            #expect(tokenized.tokens.count == words.count, "\(text)")
            for (token, word) in zip(tokenized.tokens, words) {
                #expect(tokenized.normalizedText(of: token) == word.lowercased())
                #expect(tokenized.originalText(of: token) == word)
                #expect(Int(token.end - token.start) == word.unicodeScalars.count)
            }
        }
        let money = Tokenizer().tokenize("cost $20, and £1,150 (7) 82% Jayden's e.g. ok")
        #expect(money.tokens.filter(\.isWordLike).map { money.normalizedText(of: $0) }
                == ["cost", "$20", "and", "£1,150", "(7)", "82%", "jayden's", "e", "g", "ok"])
        let mixed = Tokenizer().tokenize("SAFEGUARDINGÉcole Jayden’sMUM abcdefgh12345678xyz")
        #expect(mixed.tokens.map { mixed.normalizedText(of: $0) } == ["safeguardingécole", "jayden'smum", "abcdefgh12345678xyz"])
        #expect(mixed.tokens.map(\.start) == [0, 18, 30])
    }

    @Test func longWordsAndStemsAreFoundExactly() throws {
        let lexicon = Lexicon(
            name: "long", version: "1",
            codes: [
                CodeDefinition(code: "A", name: "A", defaultLevel: .yellow,
                               terms: [.phrase("safeguarding concerns"), .phrase("antidisestablishment*"), .phrase("ab*")]),
                CodeDefinition(code: "B", name: "B", defaultLevel: .yellow, terms: [.phrase("eightchr"), .phrase("ninechars")]),
            ],
            context: TestLexicon.context)
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        func codes(_ text: String) -> [String] { coder.code(text).issues.map(\.code.rawValue) }
        #expect(codes("Safeguarding concerns raised") == ["A"])
        #expect(codes("safeguardinx concerns raised") == [])
        #expect(codes("ANTIDISESTABLISHMENTARIANISM") == ["A"])
        #expect(codes("antidisestablishmen") == [])
        #expect(codes("abandoned") == ["A"])
        #expect(codes("ab") == ["A"])
        #expect(codes("a b") == [])
        #expect(codes("eightchr") == ["B"])
        #expect(codes("eightchrs") == [])
        #expect(codes("ninechars") == ["B"])
        #expect(codes("ninechar") == [])
    }
}

/// A small deterministic random generator for tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// ``NarrativeCoder/codeEvidence(_:box:scratch:)`` gives every mention the full result has,
/// by number.
struct CompactEvidenceTests {
    @Test func everyMentionMatchesTheFullResult() {
        let coder = TestLexicon.coder
        let scratch = CodingScratch()
        let triggers = coder.compiled.lexicon.context.triggers
        var checked = 0, withTrigger = 0
        for text in FastPathTests.narratives + FastPathTests.narratives.reversed() {
            let full = coder.code(text)
            let evidence = coder.codeEvidence(text, scratch: scratch)
            #expect(evidence.issues.count == full.issues.count, "\(text)")
            for (index, issue) in full.issues.enumerated() where index < evidence.issues.count {
                let mentions = Array(evidence.mentions(of: index))
                #expect(mentions.count == issue.mentions.count, "\(text)")
                for (compact, mention) in zip(mentions, issue.mentions) {
                    #expect(coder.compiled.termDisplays[Int(compact.term)] == mention.term)
                    #expect(Int(compact.start) == mention.start && Int(compact.end) == mention.end)
                    #expect(compact.status == mention.status)
                    if let trigger = mention.trigger {
                        #expect(compact.trigger >= 0 && triggers[Int(compact.trigger)].phrase.text == trigger.phrase)
                        #expect(triggers[Int(max(compact.trigger, 0))].kind == trigger.kind)
                        #expect(Int(compact.triggerStart) == trigger.start && Int(compact.triggerEnd) == trigger.end)
                        withTrigger += 1
                    } else {
                        #expect(compact.trigger == -1)
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 20)
        #expect(withTrigger > 3)
    }
}
