import Testing
@testable import TriageCore

struct MatcherTests {
    let coder = TestLexicon.coder

    @Test func wildcardStemsMatchInflections() {
        for text in ["He is truanting", "truancy is a worry", "Truant again"] {
            #expect(coder.code(text).issue("EDU-ATT")?.status == .present, "\(text)")
        }
        #expect(coder.code("school refusing since May").issue("EDU-ATT")?.mentions.first?.term == "school refus*")
    }

    @Test func multiWordTermsAndLongestMatchFirst() {
        let coded = coder.code("He had a fixed term exclusion")
        let mention = coded.issue("EDU-EXC")?.mentions.first
        #expect(mention?.term == "fixed term exclusion")
        #expect(mention?.text == "fixed term exclusion")
        #expect(coder.code("in rent arrears").issue("FIN")?.mentions.map(\.term) == ["rent arrears"])
    }

    @Test func aPossessiveTheLexiconDoesNotListMatchesItsNoun() throws {
        var lexicon = TestLexicon.lexicon
        lexicon.codes[0].terms.append(Term(.phrase("senco")))
        lexicon.codes[0].terms.append(Term(.phrase("mum's diary")))
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        #expect(coder.code("Still in the SENCO's reading group").issue("EDU-ATT")?.mentions.first?.text == "SENCO's")
        #expect(coder.code("Still in the SENCO’s reading group").issue("EDU-ATT") != nil)
        // A possessive the lexicon lists stays itself: "mum's" is in "mum's diary", not "mum".
        #expect(coder.code("mum's diary").issue("EDU-ATT")?.mentions.first?.term == "mum's diary")
        #expect(coder.code("the boss's").issues.isEmpty)
    }

    @Test func aContractionMatchesWithOrWithoutItsApostrophe() throws {
        var lexicon = TestLexicon.lexicon
        lexicon.codes[0].terms.append(Term(.phrase("hasn't been to school")))
        lexicon.codes[0].terms.append(Term(.phrase("shes not in school")))
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        for text in ["Kai hasn't been to school", "kai hasnt been to school", "Kai hasn’t been to school"] {
            #expect(coder.code(text).issue("EDU-ATT")?.mentions.first?.term == "hasn't been to school", "\(text)")
        }
        // Written without the apostrophe in the lexicon, it matches text that has one.
        #expect(coder.code("She's not in school").issue("EDU-ATT")?.mentions.first?.term == "shes not in school")
        // Endings whose bare spelling is another word are left alone, as are possessives.
        for word in ["we're", "she'd", "we'll", "mum's", "want", "cat", "shed", "were"] {
            #expect(SymbolTable.otherSpelling(ofContraction: Array(word.utf8)) == nil, "\(word)")
        }
        for (one, other) in [("that's", "thats"), ("they've", "theyve"), ("can't", "cant"), ("i'm", "im"), ("theyre", "they're")] {
            #expect(SymbolTable.otherSpelling(ofContraction: Array(one.utf8)) == Array(other.utf8))
        }
    }

    @Test func britishAndAmericanSpellingsMatchEachOther() throws {
        var lexicon = TestLexicon.lexicon
        lexicon.codes[0].terms.append(Term(.phrase("mum's behaviour")))
        lexicon.codes[0].terms.append(Term(.phrase("pediatrician letter")))
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        for text in ["Mom's behavior is worse", "mum's behaviour is worse", "Mum's behavior is worse"] {
            #expect(coder.code(text).issue("EDU-ATT")?.mentions.first?.term == "mum's behaviour", "\(text)")
        }
        // Written the American way in the lexicon, it matches the British spelling too.
        #expect(coder.code("Paediatrician letter sent").issue("EDU-ATT")?.mentions.first?.term == "pediatrician letter")
        // Words that only look alike stay apart.
        #expect(coder.code("Mummies behaviour").issue("EDU-ATT") == nil)
        #expect(SymbolTable.spellingVariants[Array("mom".utf8)] == Array("mum".utf8))
        #expect(SymbolTable.spellingVariants[Array("moment".utf8)] == nil)
    }

    @Test func eachCodeOnceWithAllItsEvidence() {
        let coded = coder.code("Rent arrears and debt, more arrears")
        #expect(coded.issues.count == 1)
        #expect(coded.issue("FIN")?.mentions.map(\.term) == ["rent arrears", "debt", "arrears"])
    }

    @Test func offsetsPointAtTheMatchedText() {
        let text = "Mum’s in rent‑arrears of £900"
        let mention = coder.code(text).issue("FIN")!.mentions[0]
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == "rent‑arrears")
    }

    @Test func commasAreOptionalOnlyWhereATermWritesThem() {
        #expect(coder.code("Connor is not in education, employment or training").issue("EDU-NEET")?.status == .present)
        #expect(coder.code("Connor is not in education employment or training").issue("EDU-NEET")?.status == .present)
        // "school attendance" has no comma, so "school, attendance" is two words apart.
        #expect(coder.code("settled at school, attendance 97%").issue("EDU-ATT")?.mentions.map(\.term) == ["attendance"])
        #expect(coder.code("rent. Arrears").issue("FIN")?.mentions.map(\.term) == ["arrears"])
    }

    @Test func exclusionsAndIgnorePhrasesBlockTerms() {
        let coded = coder.code("Ollie has epilepsy and takes prescribed drugs daily")
        #expect(coded.issue("SUB") == nil)
        #expect(coded.excluded.map(\.phrase) == ["prescribed drugs"])
        #expect(coder.code("misuses drugs").issue("SUB")?.status == .present)
        #expect(coder.code("in good spirits, rent arrears").excluded.map(\.phrase) == ["good spirits"])
    }

    @Test func anExclusionBlocksOnlyItsOwnCodesTerms() throws {
        var lexicon = TestLexicon.lexicon
        lexicon.codes[lexicon.codes.firstIndex { $0.code == "SUB" }!].exclusions.append(LocatedPhrase("drugs for debt"))
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        let coded = coder.code("She sells drugs for debt")
        #expect(coded.issue("SUB") == nil)
        #expect(coded.issue("FIN")?.status == .present)
    }

    @Test func aLexiconThatMatchesPluralsFindsATermsLastWordInThePlural() throws {
        var lexicon = TestLexicon.lexicon
        let fin = lexicon.codes.firstIndex { $0.code == "FIN" }!
        lexicon.codes[fin].terms += [Term(.phrase("payment plan")), Term(.phrase("utility company")), Term(.phrase("food box"))]
        lexicon.codes[fin].exclusions.append(LocatedPhrase("no payment plan"))
        let sub = lexicon.codes.firstIndex { $0.code == "SUB" }!
        // A plural written as a term of its own keeps its own code.
        lexicon.codes[sub].terms.append(Term(.phrase("food boxes")))
        let asWritten = NarrativeCoder(try CompiledLexicon(lexicon))
        #expect(asWritten.code("Mum has payment plans for the gas.").issue("FIN") == nil)
        lexicon.matchesPlurals = true
        let plurals = NarrativeCoder(try CompiledLexicon(lexicon))
        let coded = plurals.code("Mum has payment plans with two utility companies.")
        #expect(coded.issue("FIN")?.status == .present)
        #expect(coded.issue("FIN")?.mentions.map(\.text) == ["payment plans", "utility companies"])
        #expect(plurals.code("Mum has a payment plan.").issue("FIN")?.status == .present)
        // Exclusions match their plurals too.
        #expect(plurals.code("There are no payment plans.").issue("FIN") == nil)
        #expect(plurals.code("Two food boxes a week.").issue("SUB")?.status == .present)
        #expect(plurals.code("Two food boxes a week.").issue("FIN") == nil)
    }

    @Test(arguments: [
        ("payment plan", "payment plans"), ("bus pass", "bus passes"), ("house party", "house parties"),
        ("pre-school booster", "pre-school boosters"), ("£500 debt", "£500 debts"), ("Payment Plan", "Payment plans"),
        ("mortgage arrears", nil), ("truan*", nil), ("looks after her", nil), ("self harmed", nil), ("debt £500", nil), ("café", nil),
    ] as [(String, String?)])
    func pluralFormsAreRegularAndOnlyWhereAPluralIsWritten(phrase: String, plural: String?) {
        #expect(PluralForm.phrase(phrase) == plural)
    }

    @Test func aTermHoldingAWholeExclusionAndMoreIsNotBlockedByIt() throws {
        var lexicon = TestLexicon.lexicon
        let sub = lexicon.codes.firstIndex { $0.code == "SUB" }!
        lexicon.codes[sub].exclusions.append(LocatedPhrase("is registered with a clinic"))
        lexicon.codes[sub].terms.append(Term(.regex(#"\bneither\s+child\s+is\s+registered\s+with\s+a\s+clinic\b"#)))
        lexicon.codes[sub].terms.append(Term(.phrase("clinic")))
        lexicon.codes[sub].terms.append(Term(.phrase("with a clinic today")))
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        // Inside the exclusion: blocked.
        #expect(coder.code("Ava is registered with a clinic.").issue("SUB") == nil)
        // A longer term holding all of it: the more specific, it stands.
        #expect(coder.code("Neither child is registered with a clinic.").issue("SUB")?.status == .present)
        // A term that only overlaps it, running past its end: blocked.
        #expect(coder.code("Ava is registered with a clinic today.").issue("SUB") == nil)
    }

    @Test func aCodeYieldsToAnotherInTheSameSentence() {
        let coded = coder.code("Dad arrested for assaulting mum. Kyle arrested for shoplifting.")
        #expect(coded.issue("DA")?.status == .present)
        #expect(coded.issue("CRIME")?.mentions.map(\.text) == ["arrested", "shoplifting"])
        #expect(coded.excluded.contains { $0.code == "CRIME" && $0.text == "arrested" && $0.phrase.contains("yields to DA") })
        #expect(coder.code("Dad arrested for assaulting mum.").issue("CRIME") == nil)
        // A negated DA mention does not take the arrest away.
        #expect(coder.code("Arrested for shoplifting, no DA").issue("CRIME")?.status == .present)
    }

    @Test func regexTermsMatchAndGiveOffsets() {
        let coded = coder.code("Served a Section 21 on Monday")
        let mention = coded.issue("HOUS")?.mentions.first
        #expect(mention?.term == "/section\\s*21/")
        #expect(mention?.start == 9 && mention?.end == 19)
    }

    /// A regex term and a phrase term of the same code: the longer match wins, as between
    /// phrases, so a regex that holds a negation word ("not had his jabs") is not negated by
    /// it; a regex match inside a longer phrase adds nothing.
    @Test func theLongerOfARegexAndAPhraseOfOneCodeWins() throws {
        var lexicon = TestLexicon.lexicon
        let housing = try #require(lexicon.codes.firstIndex { $0.code == "HOUS" })
        lexicon.codes[housing].terms += [Term(.regex(#"\bnot\s+had\s+(?:his|her)\s+housing\s+review"#)), Term(.regex(#"\beviction\b"#))]
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        let review = coder.code("He has not had his housing review.").issue("HOUS")
        #expect(review?.status == .present)
        #expect(review?.mentions.map(\.text) == ["not had his housing review"])
        #expect(coder.code("No housing concerns.").issue("HOUS")?.status == .negated)
        #expect(coder.code("An eviction notice came.").issue("HOUS")?.mentions.map(\.term) == ["eviction notice"])
    }

    /// Across codes too, as in the one trie of every code's phrases: a short regex match
    /// over another code's shorter phrase takes its place ("debt collection housing" over
    /// "debt"); a long one, spanning a clause, leaves the phrases inside it alone.
    @Test func aShortRegexOfOneCodeTakesThePlaceOfAnotherCodesShorterPhrase() throws {
        var lexicon = TestLexicon.lexicon
        let housing = try #require(lexicon.codes.firstIndex { $0.code == "HOUS" })
        lexicon.codes[housing].terms += [
            Term(.regex(#"\bdebt\s+collection\s+housing\b"#)),
            Term(.regex(#"\bbailiffs\b[^.]{0,80}?\bdebt\b[^.]{0,40}?\bdoor\b"#)),
        ]
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        let short = coder.code("She is in debt collection housing.")
        #expect(short.issue("HOUS")?.status == .present)
        #expect(short.issue("FIN") == nil)
        let long = coder.code("The bailiffs came again about the old debt from the flat and knocked at the door for an hour.")
        #expect(long.issue("HOUS")?.status == .present)
        #expect(long.issue("FIN")?.status == .present)
    }

    @Test func costDoesNotDependOnLexiconSize() throws {
        // The trie walk visits one node per word of the longest match: the same text gives
        // the same matches and the same amount of work with 100 or 10,000 terms.
        func lexicon(_ n: Int) -> Lexicon {
            var terms: [Term] = (0..<n).map { .phrase("zzterm\($0) word\($0 % 7)") }
            terms.append(.phrase("rent arrears"))
            return Lexicon(name: "gen", version: "1", codes: [CodeDefinition(code: "FIN", name: "F", defaultLevel: .yellow, terms: terms)])
        }
        let small = NarrativeCoder(try CompiledLexicon(lexicon(100)))
        let large = NarrativeCoder(try CompiledLexicon(lexicon(10_000)))
        let text = "Mum has rent arrears and zzterm42 word0 was said"
        #expect(small.code(text).issue("FIN")?.mentions.map(\.term) == ["rent arrears", "zzterm42 word0"])
        #expect(large.code(text).issue("FIN")?.mentions.map(\.term) == ["rent arrears", "zzterm42 word0"])
    }
}
