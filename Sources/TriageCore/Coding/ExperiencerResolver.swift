/// Finds who each mention of a narrative concerns, from the lexicon's experiencer cues,
/// ages ("Kyle (15)", "Gran (Pat, 61)", "Lily is ten") and the people named with an age or
/// beside a cue (see ``ExperiencerRules`` and ``NarrativeNames``).
///
/// Works on a ``CodingScratch``: the subject matches and the sentence counts must be
/// filled; the cues found go to the scratch's experiencer list, in token order.
struct ExperiencerResolver {
    let scratch: CodingScratch
    /// The lexicon, for the experiencer cues' phrases.
    let compiled: CompiledLexicon
    /// The narrative's text, for the capitals of names.
    private let bytes: UnsafeBufferPointer<UInt8>
    /// How many words back a cue in the mention's own sentence may be.
    static let window: Int32 = 8
    /// The sentences that open with someone new (``NarrativeNames/sentencesOpeningWithSomeoneNew()``):
    /// nothing is carried into them, unless the one named opening it is in the sentence carried from.
    private var newSubjects: [Int32: String?] = [:]
    /// Whether any cue names a child without placing it at school ("baby", "Kai (3)", "the
    /// children"): then a school-age subject carried into a later sentence is carried only
    /// as a child, since the narrative may have gone on to another.
    private var namesAChildNotAtSchool = false

    init(_ scratch: CodingScratch, bytes: UnsafeBufferPointer<UInt8>, compiled: CompiledLexicon) {
        self.scratch = scratch
        self.compiled = compiled
        self.bytes = bytes
        let rules = compiled.lexicon.experiencers
        var found = scratch.experiencerCues
        found.removeAll()
        defer { scratch.experiencerCues = found }
        let matches = scratch.subjectMatches
        for m in 0..<matches.count {
            if let payload = compiled.subjects.payloads(at: matches[m].node).first {
                found.append(FoundExperiencer(token: matches[m].first, who: rules.cues[Int(payload)].experiencer))
            }
        }
        var people = NarrativeNames(scratch, bytes: bytes)
        people.learnNamesBesideCues(compiled, found: found)
        let before = found.count
        findLivingElsewhere(bytes: bytes, into: &found)
        people.learnBracketedAges(rules, into: &found)
        people.learnSpelledAges(rules, into: &found)
        people.learnChildrenBySchoolThings(found: found)
        people.learnCarersAfterAChild(found: found)
        people.learnAdultsByWhatTheyHave(compiled, found: found)
        people.appendNamedPeople(into: &found)
        people.resolveInitials(in: &found)
        newSubjects = people.sentencesOpeningWithSomeoneNew()
        namesAChildNotAtSchool = found.buffer.contains { $0.who == .child }
        if found.count > before {
            // By token, as the standard library sorts them (subject cues come in token order already).
            let sorted = found.buffer.sorted { $0.token < $1.token }
            for (index, cue) in sorted.enumerated() { found[index] = cue }
        }
    }

    /// Someone said to live in a named place ("Jade's mum lives in Brackenholt and drinks
    /// heavily", "Dad (lives in Leeds): heavy drinker"): an outside cue at "lives", when the word
    /// after "in" (or "up in", "over in" …) is capitalised like a place name and the subject is
    /// not the family ("the family lives in Westmarsh"). Notes name the household's own town
    /// seldom this way; an absent parent's, often.
    func findLivingElsewhere(bytes: UnsafeBufferPointer<UInt8>, into found: inout ScratchBuffer<FoundExperiencer>) {
        let tokens = scratch.tokens.base
        let count = scratch.tokens.count
        func word(_ index: Int, _ text: [UInt8]) -> Bool { index >= 0 && index < count && isWord(index, text) }
        for t in 0..<count where word(t, Self.lives) {
            var p = t + 1
            if Self.placeAdverbs.contains(where: { word(p, $0) }) { p += 1 }
            guard word(p, Self.in), p + 1 < count, tokens[p + 1].kind == .word else { continue }
            let place = Int(tokens[p + 1].byteStart)
            // "Leeds", "Spain": a capital, then a lower-case letter (not "TA", "B&B").
            guard place + 1 < bytes.count, bytes[place] &- 0x41 < 26, bytes[place + 1] &- 0x61 < 26 else { continue }
            // The household's own town: "the family lives in …", "everyone lives in …".
            if (max(0, t - 3)..<t).contains(where: { i in Self.householdWords.contains { word(i, $0) } }) { continue }
            found.append(FoundExperiencer(token: Int32(t), who: .outside))
        }
    }

    private static let householdWords = ["family", "household", "everyone", "all", "children", "kids"].map { Array($0.utf8) }
    private static let lives = Array("lives".utf8)
    private static let `in` = Array("in".utf8)
    private static let placeAdverbs = ["up", "down", "over", "out", "now"].map { Array($0.utf8) }

    /// Whether `token` is a possessive ("baby's").
    static func isPossessive(_ token: Token, normalized: UnsafeMutablePointer<UInt8>) -> Bool {
        guard token.normalizedEnd - token.normalizedStart > 2 else { return false }
        let end = normalized + Int(token.normalizedEnd)
        return end[-1] == 0x73 && end[-2] == 0x27
    }

    /// Whether the word at `index` opens the clause that goes on to token `mention`: no
    /// word before it in its sentence, or only a label ("Update: Mum …"), and no clause
    /// boundary between it and the mention ("Mum says …; Amelia tells staff …" is not).
    private func opensClause(_ index: Int, before mention: Int) -> Bool {
        let tokens = scratch.tokens.base
        let sentence = scratch.sentences.base
        for t in index..<mention where tokens[t].boundary == .clause { return false }
        // An age opens the clause with the name before it: "Mia (12) has told her form tutor …".
        let named = tokens[index].kind == .number && index > 0 && tokens[index - 1].kind == .word
        var t = named ? index - 2 : index - 1
        while t >= 0, sentence[t] == sentence[index] {
            if tokens[t].isWordLike { return false }
            if tokens[t].boundary == .clause { return true }
            t -= 1
        }
        return true
    }

    /// Whether the cue at `token` is a parent or partner word of one sex who is reported
    /// as saying something of a pronoun of the other before the mention: "Mum (Gemma) says
    /// he is anxious", "Dad told the school she cries".
    private func speaksOfSomeoneElse(_ token: Int, before mention: Int) -> Bool {
        let tokens = scratch.tokens.base
        guard tokens[token].kind == .word else { return false }
        // The cue word itself, or a name in brackets after one: "Mum (Gemma)".
        let named = token >= 2 && tokens[token - 1].boundary == .bracket && tokens[token - 2].kind == .word
        guard let sex = Self.sexOf[text(token)] ?? (named ? Self.sexOf[text(token - 2)] : nil) else { return false }
        var t = token + 1
        if named, t < mention, tokens[t].boundary == .bracket {
            t += 1  // the bracket closing the name
        } else if t < mention, tokens[t].boundary == .bracket {
            // A name in brackets after the cue: "Mum (Gemma)".
            t += 1
            while t < mention, tokens[t].boundary != .bracket { t += 1 }
            t += 1
        }
        guard t < mention, tokens[t].kind == .word, Self.reportingVerbs.contains(text(t)) else { return false }
        t += 1
        if t < mention, isWord(t, Self.that) { t += 1 }
        // Someone named who is said to be or do something: "Mum (Gemma) says Noah is anxious".
        if t < mention, isNameOfNoCue(t) {
            if Self.isPossessive(tokens[t], normalized: scratch.normalized.base) { return true }
            if t + 1 < mention, tokens[t + 1].kind == .word, Self.predicateVerbs.contains(text(t + 1)) { return true }
        }
        // "told the school", "told me", "says that".
        var skipped = 0
        while t < mention, skipped < 3, tokens[t].kind == .word, Self.pronounSex[text(t)] == nil {
            t += 1
            skipped += 1
        }
        // The pronoun may open the mention itself: "Mum says he's out till 1am".
        guard t <= mention, tokens[t].kind == .word, let other = Self.pronounSex[text(t)] else { return false }
        return other != sex
    }

    private func text(_ index: Int) -> String { scratch.normalizedText(index) }

    /// Whether the word at `index` is capitalised, in no phrase of the lexicon and no cue:
    /// a name ("Noah"), not "Mum", "CAMHS" or "EHW".
    private func isNameOfNoCue(_ index: Int) -> Bool {
        let token = scratch.tokens[index]
        guard token.kind == .word, token.byteEnd - token.byteStart >= 2, scratch.words[index] == -1 else { return false }
        let first = bytes[Int(token.byteStart)]
        let second = bytes[Int(token.byteStart) + 1]
        guard first &- 0x41 < 26, second &- 0x61 < 26 else { return false }
        let cues = scratch.experiencerCues
        for c in 0..<cues.count where Int(cues[c].token) == index { return false }
        return true
    }

    private static let that = Array("that".utf8)
    /// Verbs that say something of the one named after a reporting verb: "says Noah is anxious".
    private static let predicateVerbs: Set<String> = [
        "is", "isn't", "was", "wasn't", "has", "hasn't", "had", "gets", "got", "seems", "seemed", "keeps", "kept",
        "can", "can't", "cannot", "won't", "will", "would", "doesn't", "does", "did", "didn't", "feels", "felt",
        "becomes", "became", "cries", "cried", "struggles", "struggled", "hates", "refuses", "refused", "needs",
        "goes", "went", "worries", "often", "still", "always", "never",
    ]

    /// Parent and partner words of one sex (true: female).
    private static let sexOf: [String: Bool] = [
        "mum": true, "mother": true, "mom": true, "nan": true, "nana": true, "nanna": true, "gran": true, "granny": true,
        "grandma": true, "grandmother": true, "stepmum": true, "wife": true, "girlfriend": true, "mrs": true, "ms": true,
        "dad": false, "father": false, "stepdad": false, "grandad": false, "grandpa": false, "grandfather": false,
        "husband": false, "boyfriend": false, "mr": false,
    ]
    static let pronounSex: [String: Bool] = ["she": true, "she's": true, "her": true, "he": false, "he's": false, "his": false, "him": false]
    private static let reportingVerbs: Set<String> = [
        "says", "said", "told", "tells", "reports", "reported", "thinks", "thought", "explained", "explains",
        "worries", "worried", "feels", "felt", "describes", "described", "believes", "mentioned",
    ]

    /// Whether the cue at `token` follows a possessive or a preposition that makes it the
    /// object of what is said: "her sister", "with his dad", "about mum".
    private func isObject(_ token: Int) -> Bool {
        token > 0 && Self.objectMarkers.contains { isWord(token - 1, $0) }
    }

    private static let objectMarkers = possessiveDeterminers + prepositions

    /// Whether the cue at `token` follows a preposition, directly or through a possessive
    /// ("about his mum", "with dad"): never the subject of its sentence, as "her mum" may be.
    private func isPrepositionalObject(_ token: Int) -> Bool {
        var t = token - 1
        if t >= 0, Self.possessiveDeterminers.contains(where: { isWord(t, $0) }) { t -= 1 }
        return t >= 0 && Self.prepositions.contains { isWord(t, $0) }
    }

    private static let possessiveDeterminers = ["his", "her", "their"].map { Array($0.utf8) }
    private static let prepositions = ["with", "about", "after", "for", "at", "to", "against"].map { Array($0.utf8) }

    /// Whether the token at `index` is the word `word` (case-folded bytes).
    private func isWord(_ index: Int, _ word: [UInt8]) -> Bool {
        let token = scratch.tokens[index]
        guard token.kind == .word, Int(token.normalizedEnd - token.normalizedStart) == word.count else { return false }
        let start = scratch.normalized.base + Int(token.normalizedStart)
        return word.indices.allSatisfy { start[$0] == word[$0] }
    }

    private static let and = Array("and".utf8)
    /// Words that open a clause of time or reason: "since Evie was born".
    private static let subordinators = ["since", "when", "after", "before", "until", "because", "while", "once"].map { Array($0.utf8) }
    /// Subordinators that are not also common prepositions.
    private static let conjunctions = ["since", "when", "until", "because", "while", "once"].map { Array($0.utf8) }
    private static let determiners = ["her", "his", "their", "the"].map { Array($0.utf8) }

    /// Whether the cue at `token` follows a word that opens a clause of time or reason
    /// ("since Evie", "when her partner").
    /// `strictly`: not "after" or "before", which are as often prepositions ("looks after mum").
    private func opensSubordinateClause(before token: Int, strictly: Bool = false) -> Bool {
        var t = token - 1
        if t >= 0, Self.determiners.contains(where: { isWord(t, $0) }) { t -= 1 }
        guard t >= 0 else { return false }
        return (strictly ? Self.conjunctions : Self.subordinators).contains(where: { isWord(t, $0) })
    }

    /// Words before an outside cue that make it a predicate of the clause's subject ("and is
    /// in HMP", "now lives elsewhere"), not another person ("her ex").
    private static let predicateOpeners: [[UInt8]] = ["is", "was", "and", "but", "now", "been", "currently", "still"].map { Array($0.utf8) }

    /// Whether the first cue after token `end`, in the same clause, is an outside cue said
    /// of the clause's subject: "… for burglary and is in HMP Northfell", "… addicted to
    /// heroin and died in 2021".
    private func saidToBeOutside(after end: Int) -> Bool {
        let tokens = scratch.tokens.base
        let sentence = scratch.sentences.base
        let cues = scratch.experiencerCues
        guard end < scratch.tokens.count else { return false }
        for c in 0..<cues.count {
            let token = Int(cues[c].token)
            guard token >= end else { continue }
            guard sentence[token] == sentence[end - 1] else { return false }
            if (end..<token).contains(where: { tokens[$0].boundary >= .clause }) { return false }
            guard cues[c].who == .outside else { return false }
            // The opener before the cue, or one the cue phrase starts with ("and died").
            return Self.predicateOpeners.contains(where: { (token > 0 && isWord(token - 1, $0)) || isWord(token, $0) })
        }
        return false
    }

    /// Who the mention at tokens `first..<end` concerns, and whether that was carried from
    /// an earlier sentence, or nil when nothing says: the
    /// nearest cue up to ``window`` words before it in its sentence (or a cue inside the
    /// mention itself, as "CAMHS" is); else, when its clause opens with a cue, the nearest
    /// cue further back in its sentence; else the subject of the last earlier sentence with
    /// a cue, its first cue after any label (not someone outside the household, and a
    /// school-age child as a child when a younger child is named too); else a cue further
    /// back in its own sentence.
    func experiencer(of first: Int, end: Int) -> (who: Experiencer, carried: Bool)? {
        let sentence = scratch.sentences.base
        let words = scratch.wordCounts.base
        let cues = scratch.experiencerCues
        let s = sentence[first]
        var near: Experiencer?
        var far: Experiencer?
        var opensWithCue = false
        let tokens = scratch.tokens.base
        var earlier: Experiencer?
        var earlierSentence: Int32 = -1
        var earlierToken: Int32 = -1
        var opener: Experiencer?
        var farToken = -1
        var nearToken = -1
        var openerToken = -1
        var firstNearToken = -1
        // The cue opening the mention's clause, when it is near too ("Mum … since baby Rosa
        // was born and cries most days").
        var sentenceOpener: (token: Int, who: Experiencer)?
        for c in 0..<cues.count {
            let cue = cues[c]
            guard Int(cue.token) < end else { break }
            // A cue inside the mention after "his", "her", "with", "about" … is its object,
            // not whose need it is: "worries about her dad all the time", "looks after her sister".
            if Int(cue.token) > first, isObject(Int(cue.token)) { continue }
            let cs = sentence[Int(cue.token)]
            if cs < s {
                // An earlier sentence's subject: its first cue, or the first after a label
                // ("Phone call from Mr Sutton: his grandson Lewis (15) …" is about Lewis).
                // Someone outside the household is not carried into later sentences, and a
                // school-age child only as a child where the narrative also names a younger
                // one: it may have gone on to that sibling ("Noah (5) started Reception. The
                // SENCO has him on SEN support for speech" stays Noah at school).
                // A possessive is no subject: "At the baby's check the HV saw Shannon".
                if Self.isPossessive(tokens[Int(cue.token)], normalized: scratch.normalized.base) { continue }
                // Nor is the object of a preposition: "Won't talk about his mum at all.
                // Referred to the bereavement service" is about the child.
                if isPrepositionalObject(Int(cue.token)) { continue }
                if cs == earlierSentence {
                    var labelled = false
                    for t in Int(earlierToken)..<Int(cue.token) where tokens[t].isLabelSeparator { labelled = true }
                    guard labelled else { continue }
                }
                switch cue.who {
                case .outside: break
                case .schoolChild: earlier = namesAChildNotAtSchool ? .child : .schoolChild
                default: earlier = cue.who
                }
                if cue.who != .outside {
                    earlierSentence = cs
                    earlierToken = cue.token
                }
            } else if speaksOfSomeoneElse(Int(cue.token), before: first) {
                // "Mum (Gemma) says he is anxious": the speaker is not the one it is about.
                continue
            } else if words[first] - words[Int(cue.token)] <= Self.window {
                // A possessive that does not own the mention ("at the new baby's check and said she
                // cries most days") does not take it from a nearer subject before it.
                if near != nil, Int(cue.token) + 1 < first,
                    Self.isPossessive(tokens[Int(cue.token)], normalized: scratch.normalized.base)
                {
                    continue
                }
                if near == nil, sentenceOpener == nil, Int(cue.token) < first, opensClause(Int(cue.token), before: first) {
                    sentenceOpener = (Int(cue.token), cue.who)
                }
                // A child's word inside the mention ("child development centre") says no
                // more than a school-age child's cue before it.
                if near == .schoolChild, cue.who == .child, Int(cue.token) >= first { continue }
                if near == nil { firstNearToken = Int(cue.token) }
                near = cue.who
                nearToken = Int(cue.token)
            } else {
                if far == nil, opensClause(Int(cue.token), before: first) {
                    opensWithCue = true
                    opener = cue.who
                    openerToken = Int(cue.token)
                }
                far = cue.who
                farToken = Int(cue.token)
            }
        }
        // The subject of the clause goes on past a nearer cue's subordinate clause to an
        // "and": "Mum (Kelly) has felt low since baby Rosa was born and cries most days".
        if near != nil, let opener = sentenceOpener ?? (opensWithCue ? opener.map { (openerToken, $0) } : nil),
            opener.token < firstNearToken, nearToken < first, opensSubordinateClause(before: firstNearToken, strictly: true),
            (nearToken + 1..<first).contains(where: { isWord($0, Self.and) })
        {
            return (opener.who, false)
        }
        // … nor than a school-age child carried from an earlier sentence ("Joy (7) … SENCO
        // has referred her to the child development centre").
        if near == .child, nearToken >= first, firstNearToken == nearToken, earlier == .schoolChild,
            carries(from: Int(earlierToken), into: s)
        {
            return (.schoolChild, true)
        }
        if let near {
            // "Dad got four years for burglary and is in HMP Northfell": the person the cue
            // names is said, later in the clause, to be outside the household.
            if near != .outside, saidToBeOutside(after: end) { return (.outside, false) }
            return (near, false)
        }
        // With no cue near, the same: "Dean drinks heavily but is not in the household".
        if saidToBeOutside(after: end) { return (.outside, false) }
        // A child's place said just after it, in its clause, beats a cue far back or in an
        // earlier sentence: "Parents separated Feb; lots of arguing at handovers; Ellie tearful
        // and withdrawn in class on Mondays".
        if let child = childPlaceSoonAfter(end) { return (child, false) }
        // The sentence's subject goes on past a later cue's subordinate clause to an "and":
        // "Chloe has felt low since Evie was born and told the health visitor that she cries
        // most days" (not "kai (18 months) had his check late and hes not saying any words").
        if opensWithCue, let opener, farToken >= 0, opensSubordinateClause(before: farToken),
            (farToken + 1..<first).contains(where: { isWord($0, Self.and) })
        {
            return (opener, false)
        }
        // A sentence that opens with a cue is about its own people, however far back, not an
        // earlier sentence's: "Ana has been low and tearful most days since the birth and
        // worries constantly …" (the nearest of them: "Mum reports that her ex, who lives in
        // Dunmere, is using drugs again" is the ex).
        if opensWithCue, let far { return (far, false) }
        if let earlier, carries(from: Int(earlierToken), into: s) { return (earlier, true) }
        if let far { return (far, false) }
        // Nothing before it says whose it is: an adult's thing later in its clause does
        // ("She has cried at every visit, describes low mood and the GP started her on
        // sertraline").
        if adultsThingLater(after: end) { return (.parent, false) }
        // … or a child's service later in its sentence ("Ellie has been having panic attacks
        // and the GP has referred her to CAMHS").
        return childsServiceLater(after: end) ? (.child, false) : nil
    }

    /// A child's service ("CAMHS", "the Mental Health Support Team", "Kooth"), not a
    /// child's word ("son", "Year 7"), later in the sentence of token `end`.
    private func childsServiceLater(after end: Int) -> Bool {
        let sentence = scratch.sentences.base
        let cue = firstCue(
            after: end,
            inReach: { first in sentence[first] == sentence[end - 1] },
            where: { cue, span in
                cue.experiencer == .child && Self.childServices.contains(span.map(text).joined(separator: " "))
            }
        )
        return cue != nil
    }

    static let childServices: Set<String> = [
        "camhs", "kooth", "mhst", "camhs crisis team", "mental health support team", "place2be", "play therapy", "play therapist",
        "winston's wish", "childline", "young carers service",
    ]

    /// Whether an earlier sentence's subject, the cue at token `cue`, goes on into sentence
    /// `s`: not when `s` opens with someone new ("Ruby (4) is at nursery. Kelly has low
    /// mood"), unless that cue is the one named's own ("The review for Zak (year 3) was
    /// today. Zak has low mood").
    private func carries(from cue: Int, into s: Int32) -> Bool {
        guard let opener = newSubjects[s] else { return true }
        guard let name = opener else { return false }
        let tokens = scratch.tokens.base
        // Not "Jade's mum": a possessive names someone else's.
        for t in max(0, cue - 3)...cue where tokens[t].kind == .word && text(t) == name { return true }
        return false
    }

    /// How many words after a mention a school-age child's cue may be, for
    /// ``childPlaceSoonAfter(_:)``.
    static let placeWindow: Int32 = 3

    /// The lexicon's cue for a school-age child (a place or routine of school: "in class",
    /// "in lessons", "on a reduced timetable", not a child's name) within ``placeWindow``
    /// words after token `end`, with no comma or clause boundary between: "tearful and
    /// withdrawn in class".
    private func childPlaceSoonAfter(_ end: Int) -> Experiencer? {
        let tokens = scratch.tokens.base
        let words = scratch.wordCounts.base
        let cue = firstCue(
            after: end,
            inReach: { first in
                words[first] - words[end - 1] <= Self.placeWindow
                    && !(end..<first).contains(where: { tokens[$0].boundary >= .comma })
            },
            where: { cue, _ in cue.experiencer == .schoolChild }
        )
        return cue.map { $0.experiencer }
    }

    /// Whether a parent cue that is an adult's thing, not a person ("GP started her on",
    /// "antidepressants", not "mum"), follows token `end` in the same clause.
    private func adultsThingLater(after end: Int) -> Bool {
        let tokens = scratch.tokens.base
        let sentence = scratch.sentences.base
        let cue = firstCue(
            after: end,
            inReach: { first in
                sentence[first] == sentence[end - 1]
                    && !(end..<first).contains(where: { tokens[$0].boundary >= .clause })
            },
            where: { cue, span in
                cue.experiencer == .parent
                    && !NarrativeNames.peopleWords.contains(span.map(text).joined(separator: " "))
            }
        )
        return cue != nil
    }

    /// The first of the lexicon's subject cues starting at or after token `end` that
    /// `accept` takes, looking on from cue to cue while `inReach` holds for where the next
    /// one starts; `accept` is given the cue and its tokens.
    private func firstCue(
        after end: Int,
        inReach: (_ first: Int) -> Bool,
        where accept: (ExperiencerCue, Range<Int>) -> Bool
    ) -> ExperiencerCue? {
        let matches = scratch.subjectMatches
        guard end > 0, end < scratch.tokens.count else { return nil }
        for m in 0..<matches.count {
            let match = matches[m]
            let first = Int(match.first)
            guard first >= end else { continue }
            guard inReach(first), let payload = compiled.subjects.payloads(at: match.node).first else { return nil }
            let cue = compiled.lexicon.experiencers.cues[Int(payload)]
            if accept(cue, first..<Int(match.end)) { return cue }
        }
        return nil
    }
}
