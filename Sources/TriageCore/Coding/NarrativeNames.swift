/// The people a narrative names, learnt as ``ExperiencerResolver`` reads it: who is aged
/// what ("Kyle (15)", "Gran (Pat, 61)", "Kai (18 months)", "Lily is ten") and who stands
/// beside a cue ("Mum (Bernadette)", "their mum Jade", "Dean, her partner"). Each age found
/// is itself a cue, and so is every later mention of a learnt name.
struct NarrativeNames {
    private let tokens: UnsafeMutablePointer<Token>
    private let count: Int
    private let normalized: UnsafeMutablePointer<UInt8>
    private let bytes: UnsafeBufferPointer<UInt8>
    private let scratch: CodingScratch
    /// Each learnt name (case-folded, without a possessive) and who it is.
    private(set) var names: [String: Experiencer] = [:]

    init(_ scratch: CodingScratch, bytes: UnsafeBufferPointer<UInt8>) {
        self.scratch = scratch
        self.bytes = bytes
        tokens = scratch.tokens.base
        count = scratch.tokens.count
        normalized = scratch.normalized.base
    }

    private func normalizedText(_ index: Int) -> String { scratch.normalizedText(index) }

    /// A name without a possessive, as it is learnt and looked up ("Paris's (22) cocaine use" is Paris).
    private func nameText(_ index: Int) -> String {
        var name = normalizedText(index)
        if name.hasSuffix("'s") { name.removeLast(2) }
        return name
    }

    /// Whether the word at `index` is written with a capital.
    private func isName(_ index: Int) -> Bool {
        guard index >= 0, index < count, tokens[index].kind == .word else { return false }
        let token = tokens[index]
        let original = String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.byteStart)..<Int(token.byteEnd)]), as: UTF8.self)
        return original.first?.isUppercase ?? false
    }

    /// A capitalised word in no phrase of the lexicon and no cue of its own.
    private func isNewName(_ index: Int, found: ScratchBuffer<FoundExperiencer>) -> Bool {
        isName(index) && scratch.words[index] == -1 && !found.buffer.contains(where: { $0.token == Int32(index) })
    }

    /// A word not learnt yet that can be a name: no function word, month or day.
    private func isUnlearntName(_ name: String) -> Bool {
        names[name] == nil && !StopWords.english.contains(name) && !StopWords.calendar.contains(name)
    }

    private func isOpenBracket(_ index: Int) -> Bool {
        index >= 0 && index < count && tokens[index].boundary == .bracket && bytes[Int(tokens[index].byteStart)] == 0x28
    }

    /// A name beside a one-word cue takes the cue's side: in brackets after it ("Mum
    /// (Bernadette)", "Dad (Wayne, 41)"), right after it ("her partner Dean", "mum Jade
    /// sleeps"), or before it with a comma ("Dean, her partner, …"). `found` holds the cues.
    mutating func learnNamesBesideCues(_ compiled: CompiledLexicon, found: ScratchBuffer<FoundExperiencer>) {
        let rules = compiled.lexicon.experiencers
        let matches = scratch.subjectMatches
        for m in 0..<matches.count {
            guard let payload = compiled.subjects.payloads(at: matches[m].node).first else { continue }
            let who = rules.cues[Int(payload)].experiencer
            let open = Int(matches[m].end)
            if isOpenBracket(open), open + 2 < count, isName(open + 1),
                tokens[open + 2].boundary == .bracket || tokens[open + 2].boundary == .comma
            {
                names[normalizedText(open + 1)] = who
                continue
            }
            // "Amira and her three children arrived …": the one named with her children is their parent.
            if who == .child || who == .schoolChild {
                var t = Int(matches[m].first) - 1
                if t >= 0, tokens[t].kind == .number || NarrativeNames.numberWords[normalizedText(t)] != nil { t -= 1 }
                if t >= 2, ["her", "his"].contains(normalizedText(t)), normalizedText(t - 1) == "and",
                    isNewName(t - 2, found: found), names[nameText(t - 2)] == nil
                {
                    names[nameText(t - 2)] = .parent
                }
            }
            guard matches[m].end - matches[m].first == 1 else { continue }
            let after = open
            if isNewName(after, found: found), !isName(after + 1), names[nameText(after)] == nil {
                names[nameText(after)] = who
            }
            // Set off by commas: "while his mum, Hawa, was signing", "… with her partner, Dean."
            if after < count, tokens[after].boundary == .comma, isNewName(after + 1, found: found),
                after + 2 >= count || tokens[after + 2].kind == .punctuation, names[nameText(after + 1)] == nil
            {
                names[nameText(after + 1)] = who
            }
            var before = Int(matches[m].first) - 1
            if before >= 0, tokens[before].kind == .word, ["her", "his", "their", "mum's", "dad's"].contains(normalizedText(before)) {
                before -= 1
            }
            if before >= 2, tokens[before].boundary == .comma, isNewName(before - 1, found: found),
                tokens[before - 2].kind == .word || tokens[before - 2].boundary == .comma,
                names[nameText(before - 1)] == nil
            {
                names[nameText(before - 1)] = who
            }
        }
    }

    /// Ages in brackets, each a cue, and the names they follow.
    mutating func learnBracketedAges(_ rules: ExperiencerRules, into found: inout ScratchBuffer<FoundExperiencer>) {
        for i in 0..<count where tokens[i].kind == .number {
            // Only "(15)" or a number in "(Pat, 61)" can be an age.
            let firstByte = normalized[Int(tokens[i].normalizedStart)]
            let bracketed = firstByte == 0x28
            // "Tom (8, s20 since Nov)": a number opening a bracket, then a comma; "Kai (18 months)",
            // "baby Theo (10 days old)": then a unit; "the kids (7 and 9)": then another age.
            let unitAfter = isOpenBracket(i - 1) ? Self.bracketedUnit(after: i, tokens: tokens, count: count, text: normalizedText) : nil
            let opensBracket = isOpenBracket(i - 1) && i + 1 < count && (tokens[i + 1].boundary == .comma || unitAfter != nil)
            let inPair = i >= 3 && i + 1 < count && tokens[i + 1].boundary == .bracket && tokens[i - 1].boundary == .comma
                && tokens[i - 3].boundary == .bracket
            guard bracketed || opensBracket || inPair else { continue }
            let raw = normalizedText(i)
            let inner: Substring
            let name: Int
            if bracketed, raw.hasPrefix("("), raw.hasSuffix(")") {
                inner = raw.dropFirst().dropLast()  // "Kyle (15)"
                name = i - 1
            } else if opensBracket {
                // "Tom (8, s20 since Nov)"; "Kai (18 months)" reads as "18m", "(7 and 9)" as "7".
                inner = Substring(raw + (unitAfter ?? ""))
                name = i - 2
            } else if inPair {
                inner = Substring(raw)  // "Gran (Pat, 61)"
                name = i - 2
            } else {
                continue
            }
            let digits = inner.prefix { $0.isNumber }
            guard !digits.isEmpty, digits.count <= 3, let value = Int(digits) else { continue }
            // Years ("7", "7y", "7yrs"), or months, weeks or days for a baby ("18m", "6wks");
            // not hours or times ("15hrs", "11am").
            let unit = inner.dropFirst(digits.count)
            let inYears = unit.isEmpty || unit.hasPrefix("y")
            guard inYears || ["m", "mo", "mth", "ms", "w", "wk", "wks", "d"].contains(unit) else { continue }
            let who = rules.experiencer(ofAge: value, inMonths: !inYears)
            found.append(FoundExperiencer(token: Int32(i), who: who))
            if isName(name) {
                names[nameText(name)] = who
                // A first name before the surname ("partner Dean Rowe (34)", "CYP: Freya Lindqvist
                // (15)" is Dean, Freya too), unless it opens the sentence, where any word is capitalised.
                if isName(name - 1), name >= 2,
                    tokens[name - 2].kind == .word || tokens[name - 2].boundary == .comma || tokens[name - 2].isLabelSeparator
                {
                    names[nameText(name - 1)] = who
                }
            }
        }
    }

    /// Ages in words, each a cue: "Jordan is 13", "Lily is ten", "Mason, who is seven,",
    /// "Keeley, aged 19", "the baby, Alfie, who is seven months old"; after a pronoun ("He is
    /// 17") the age is a cue but names no one.
    mutating func learnSpelledAges(_ rules: ExperiencerRules, into found: inout ScratchBuffer<FoundExperiencer>) {
        for i in 1..<max(count, 1) where tokens[i].kind == .word && Self.isAgeVerb(tokens[i], normalized: normalized) {
            guard let (age, inMonths, end) = Self.spelledAge(at: i, tokens: tokens, count: count, text: normalizedText) else { continue }
            // Who is aged: the word before "is"/"aged", past "who" and a comma.
            var name = i - 1
            if name >= 0, normalizedText(name) == "who" {
                name -= 1
                if name >= 0, tokens[name].boundary == .comma { name -= 1 }
            } else if name >= 0, tokens[name].boundary == .comma {
                name -= 1
            }
            guard name >= 0, tokens[name].kind == .word else { continue }
            let subject = normalizedText(name)
            let who = rules.experiencer(ofAge: age, inMonths: inMonths)
            if Self.pronouns.contains(subject) {
                found.append(FoundExperiencer(token: Int32(end - 1), who: who))
            } else if isNewName(name, found: found) {
                // A capitalised word in no phrase of the lexicon ("Attendance is 85" is no one).
                found.append(FoundExperiencer(token: Int32(end - 1), who: who))
                if names[subject] == nil { names[subject] = who }
            }
        }
    }

    /// Someone new whose school things are spoken of is a child of school age: "Millie's
    /// attendance is 98%", "Kai's teacher says …"; whose nursery, a young child ("Evie's
    /// nursery place"). Only a possessive capitalised word in no phrase of the lexicon, no
    /// cue and no learnt name, and not after a preposition.
    mutating func learnChildrenBySchoolThings(found: ScratchBuffer<FoundExperiencer>) {
        // The cheap tests first: a possessive that is a new name is rare, and only then is
        // the next word's text made.
        for i in 0..<max(count - 1, 0) where tokens[i].kind == .word && tokens[i + 1].kind == .word {
            guard ExperiencerResolver.isPossessive(tokens[i], normalized: normalized), isNewName(i, found: found),
                let who = Self.schoolThings[normalizedText(i + 1)]
            else { continue }
            // Not the object of what is said: "waiting at Mia's school gate", "in Kai's class".
            if i > 0, tokens[i - 1].kind == .word, Self.placePrepositions.contains(normalizedText(i - 1)) { continue }
            let name = nameText(i)
            guard isUnlearntName(name) else { continue }
            names[name] = who
        }
    }

    /// Words before a possessive name that make its school a place, not the subject.
    static let placePrepositions: Set<String> = [
        "at", "outside", "to", "from", "near", "by", "in", "into", "with", "for", "of", "about", "round", "around",
        "past", "through", "on", "and",
    ]

    /// The words after a possessive name that say whose school or nursery it is.
    static let schoolThings: [String: Experiencer] = [
        "attendance": .schoolChild, "school": .schoolChild, "teacher": .schoolChild, "class": .schoolChild,
        "tutor": .schoolChild, "headteacher": .schoolChild, "senco": .schoolChild, "lessons": .schoolChild,
        "homework": .schoolChild, "timetable": .schoolChild, "ehcp": .schoolChild, "suspension": .schoolChild,
        "suspensions": .schoolChild, "exclusion": .schoolChild, "nursery": .child, "childminder": .child,
    ]

    /// Someone new who opens a sentence after a child has been named is taken for a parent:
    /// "Baby Ollie (7 months) is up to date with his jabs. Stacey told the HV she has felt
    /// low" (a narrative names its children with an age or a child's word, and the adults
    /// it is about by name alone). Only a capitalised word in no phrase of the lexicon, no
    /// cue, no learnt name and no function word, not named before, followed by a reporting
    /// or state verb.
    mutating func learnCarersAfterAChild(found: ScratchBuffer<FoundExperiencer>) {
        guard let firstChild = found.buffer.first(where: { $0.who == .child || $0.who == .schoolChild })?.token
        else { return }
        let sentence = scratch.sentences.base
        var i = Int(firstChild) + 1
        while i + 1 < count {
            defer { i += 1 }
            guard tokens[i].kind == .word, sentence[i - 1] != sentence[i] || tokens[i - 1].isLabelSeparator,
                tokens[i + 1].kind == .word, !isName(i + 1), Self.subjectVerbs.contains(normalizedText(i + 1)),
                isNewName(i, found: found), !ExperiencerResolver.isPossessive(tokens[i], normalized: normalized)
            else { continue }
            // "Maureen says he still shows signs of trauma" may be about someone else.
            if i + 2 < count, tokens[i + 2].kind == .word, Self.reportedSubjects.contains(normalizedText(i + 2)) {
                // Unless the pronoun is of the other sex from the child's.
                let pronoun = ExperiencerResolver.pronounSex[normalizedText(i + 2)]
                guard let pronoun, let childSex = sexOfChild(at: Int(firstChild)), pronoun != childSex else { continue }
            }
            let name = normalizedText(i)
            guard isUnlearntName(name),
                !(0..<i).contains(where: { tokens[$0].kind == .word && nameText($0) == name })  // named before: "for Zak (Y8)"
            else { continue }
            names[name] = .parent
        }
    }

    /// Someone new who opens a sentence and is said, further on in it, to have an adult's
    /// things is taken for a parent: "Gemma has been anxious since the ceiling fell in and
    /// her GP has started her on medication", "Leanne has struggled since her partner left".
    /// The adult's word is a parent cue that is not itself someone (not "mum", "nan" or
    /// "partner" alone, which name another person), or a partner word after "her" or "his".
    /// Nothing is learnt past a child's cue, another name or the end of the sentence.
    mutating func learnAdultsByWhatTheyHave(_ compiled: CompiledLexicon, found: ScratchBuffer<FoundExperiencer>) {
        let rules = compiled.lexicon.experiencers
        let matches = scratch.subjectMatches
        guard matches.count > 0 else { return }
        let sentence = scratch.sentences.base
        var m = 0
        for i in 0..<count where tokens[i].kind == .word && (i == 0 || sentence[i - 1] != sentence[i] || tokens[i - 1].isLabelSeparator) {
            guard i + 1 < count, tokens[i + 1].kind == .word, isNewName(i, found: found), !isName(i + 1),
                !ExperiencerResolver.isPossessive(tokens[i], normalized: normalized)
            else { continue }
            let name = normalizedText(i)
            guard isUnlearntName(name) else { continue }
            while m < matches.count, Int(matches[m].first) <= i { m += 1 }
            var t = i + 1
            var k = m
            var adult = false
            while t < count, sentence[t] == sentence[i], !adult {
                if k < matches.count, Int(matches[k].first) == t {
                    let match = matches[k]
                    k += 1
                    guard let payload = compiled.subjects.payloads(at: match.node).first else { continue }
                    let who = rules.cues[Int(payload)].experiencer
                    guard who == .parent else { break }
                    let first = Int(match.first)
                    let words = (first..<Int(match.end)).map(normalizedText).joined(separator: " ")
                    let owned = first > 0 && ["her", "his"].contains(normalizedText(first - 1))
                    if !Self.peopleWords.contains(words) || owned && Self.partnerWords.contains(words) {
                        adult = true
                    } else {
                        break
                    }
                    t = Int(match.end)
                    continue
                }
                if isNewName(t, found: found) { break }
                t += 1
            }
            if adult { names[name] = .parent }
        }
    }

    /// Parent cues that name a person: after one, what follows is about that person.
    static let peopleWords: Set<String> = [
        "mum", "mother", "mom", "dad", "father", "parent", "parents", "stepdad", "step dad", "stepfather", "stepmum",
        "step mum", "stepmother", "mum's partner", "dad's partner", "carer", "carers", "nan", "nanna", "nana", "gran",
        "granny", "grandma", "grandmother", "grandad", "grandpa", "grandfather", "husband", "wife", "partner",
        "boyfriend", "girlfriend", "mr", "mrs", "ms", "f d", "mgm", "pgm", "m", "mum's", "dad's", "mother's",
        "father's", "mom's", "maternal", "paternal", "veteran", "veterans",
    ]
    /// Partner words that, after "her" or "his", say the one before is an adult (not
    /// "boyfriend": a teenager may have one).
    static let partnerWords: Set<String> = ["husband", "wife", "partner"]

    /// The sex of the child named at token `child`, when the child's sentence says it with
    /// pronouns of one sex only ("Alfie (3) … doesn't respond to his name"): then "Gemma says
    /// she …" is Gemma. Worked out only when a reported clause asks.
    private func sexOfChild(at child: Int) -> Bool? {
        let sentence = scratch.sentences.base
        var found: Bool?
        for t in 0..<count where sentence[t] == sentence[child] && tokens[t].kind == .word {
            guard let sex = ExperiencerResolver.pronounSex[normalizedText(t)] else { continue }
            if let known = found, known != sex { return nil }
            found = sex
        }
        return found
    }

    /// Words that open a reported clause about someone who may not be the speaker.
    static let reportedSubjects: Set<String> = ["he", "she", "they", "that", "his", "her", "their"]

    /// Verbs after a sentence's subject that say it is a person speaking or being.
    static let subjectVerbs: Set<String> = [
        "told", "tells", "says", "said", "reports", "reported", "explained", "explains", "shared", "shares",
        "disclosed", "discloses", "described", "describes", "admits", "admitted", "feels", "felt", "has", "had",
        "is", "was", "became", "worries", "worried", "struggles", "struggled", "mentioned", "mentions", "spoke",
        "talked", "continues", "remains", "walks", "takes", "uses", "works", "lost", "cried", "asked", "agreed",
        "saw", "sees", "rang", "feeling",
    ]

    /// Every mention of a learnt name, as a cue ("Dylan's parties" is Dylan), except where
    /// an age follows it (that age is the cue).
    func appendNamedPeople(into found: inout ScratchBuffer<FoundExperiencer>) {
        guard !names.isEmpty else { return }
        for i in 0..<count where tokens[i].kind == .word {
            if let who = names[nameText(i)], i + 1 >= count || tokens[i + 1].kind != .number {
                found.append(FoundExperiencer(token: Int32(i), who: who))
            }
        }
    }

    /// Initials as note-takers write them for someone the narrative has named: "Riley (15)
    /// … R says her chest goes tight" is Riley, "Mason (16) … M smashed the TV" is Mason.
    /// A capital letter standing alone (not "I" or "A") is taken for the learnt names that
    /// start with it when they are all the same kind of person; it then overrides a lexicon
    /// cue on the same letter ("M" alone is the lexicon's shorthand for Mum). With no such
    /// name, or names of two kinds ("Mum (Michelle)" and "Mason (16)"), nothing changes.
    func resolveInitials(in found: inout ScratchBuffer<FoundExperiencer>) {
        guard !names.isEmpty else { return }
        var byInitial: [UInt8: Experiencer?] = [:]
        for (name, who) in names {
            guard name.utf8.count >= 2, let first = name.utf8.first, first &- 0x61 < 26 else { continue }
            if let known = byInitial[first] {
                if known != who { byInitial[first] = .some(nil) }
            } else {
                byInitial[first] = .some(who)
            }
        }
        for i in 0..<count where tokens[i].kind == .word && tokens[i].byteEnd - tokens[i].byteStart == 1 {
            let letter = bytes[Int(tokens[i].byteStart)]
            guard letter &- 0x41 < 26, letter != 0x49, letter != 0x41,
                let entry = byInitial[letter | 0x20], let who = entry
            else { continue }
            if let at = found.buffer.firstIndex(where: { $0.token == Int32(i) }) {
                found[at] = FoundExperiencer(token: Int32(i), who: who)
            } else {
                found.append(FoundExperiencer(token: Int32(i), who: who))
            }
        }
    }

    /// The sentences that open with someone new, a name not learnt and in no phrase of the
    /// lexicon: in a possessive ("Carly's GP has increased her citalopram"; the value is nil)
    /// or as the subject ("Tyler has been tearful at bedtime" after a sentence about his dad;
    /// the value is the name, case-folded). Not a function word or a month ("March was
    /// hard"), nor a speaker reporting on someone else ("Maureen says he …").
    func sentencesOpeningWithSomeoneNew() -> [Int32: String?] {
        let sentence = scratch.sentences.base
        var opening: [Int32: String?] = [:]
        for i in 0..<count where tokens[i].kind == .word && (i == 0 || sentence[i - 1] != sentence[i]) {
            guard scratch.words[i] == -1, isName(i), names[nameText(i)] == nil else { continue }
            if ExperiencerResolver.isPossessive(tokens[i], normalized: normalized) {
                opening[sentence[i]] = .some(nil)
                continue
            }
            guard i + 1 < count, tokens[i + 1].kind == .word, sentence[i + 1] == sentence[i], !isName(i + 1) else { continue }
            let name = normalizedText(i)
            guard !StopWords.english.contains(name), !StopWords.calendar.contains(name) else { continue }
            if i + 2 < count, tokens[i + 2].kind == .word, Self.reportedSubjects.contains(normalizedText(i + 2)) { continue }
            opening[sentence[i]] = name
        }
        return opening
    }

    /// After a number opening a bracket, the unit that closes it ("18 months)", "10 days old)",
    /// "2 yrs)", "5 now)"), as the short suffix the age reader takes ("months", "days", "yrs"); "" for
    /// a second age ("7 and 9)"); nil for anything else.
    static func bracketedUnit(
        after number: Int, tokens: UnsafeMutablePointer<Token>, count: Int, text: (Int) -> String
    ) -> String? {
        var next = number + 1
        guard next < count, tokens[next].kind == .word else { return nil }
        let word = text(next)
        let unit: String
        if word == "and" {
            guard next + 1 < count, tokens[next + 1].kind == .number else { return nil }
            next += 1
            unit = ""
        } else if let short = bracketUnits[word] {
            unit = short
        } else {
            return nil
        }
        next += 1
        if next < count, tokens[next].kind == .word, text(next) == "old" { next += 1 }
        guard next < count, tokens[next].boundary == .bracket else { return nil }
        return unit
    }

    /// Units of an age written in a bracket, as the age reader's suffixes (years, or months,
    /// weeks and days for a baby).
    static let bracketUnits: [String: String] = [
        "years": "y", "year": "y", "yrs": "y", "yr": "y", "yo": "y",
        "months": "m", "month": "m", "mths": "m", "mth": "m", "mos": "m",
        "weeks": "w", "week": "w", "wks": "w", "wk": "w", "days": "d", "day": "d",
        // "Kyla (5 now) has settled into reception": an age as it is now
        "now": "y",
    ]

    /// Whether `token` is "is", "age" or "aged", read from its bytes (most words are not,
    /// and no string is made for them).
    static func isAgeVerb(_ token: Token, normalized: UnsafeMutablePointer<UInt8>) -> Bool {
        let start = normalized + Int(token.normalizedStart)
        switch token.normalizedEnd - token.normalizedStart {
        case 2: return start[0] == 0x69 && start[1] == 0x73
        case 3: return start[0] == 0x61 && start[1] == 0x67 && start[2] == 0x65
        case 4: return start[0] == 0x61 && start[1] == 0x67 && start[2] == 0x65 && start[3] == 0x64
        default: return false
        }
    }

    /// Words that stand for someone already named: an age after one is a cue, not a name.
    static let pronouns: Set<String> = ["he", "she", "they", "who"]

    /// Numbers in words, for ages ("ten", "seventeen"; "twenty one" is read as two words).
    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70,
    ]

    /// An age written out after the word at `index` (which ``isAgeVerb(_:normalized:)``
    /// found to be "is", "aged" or "age", and not the first token): its value, whether
    /// in months or weeks, and the token after it. Only where nothing but the end of a clause,
    /// "and", "but" or "years old"/"months old" follows: "is 2 hours late", "is 85% this term"
    /// and "is one of three" are not ages.
    static func spelledAge(
        at index: Int, tokens: UnsafeMutablePointer<Token>, count: Int, text: (Int) -> String
    ) -> (age: Int, inMonths: Bool, end: Int)? {
        guard index + 1 < count else { return nil }
        var at = index + 1
        var value: Int
        let first = tokens[at]
        if first.kind == .number {
            let digits = text(at)
            guard digits.count <= 2, let number = Int(digits) else { return nil }
            value = number
        } else if first.kind == .word, let number = numberWords[text(at)] {
            value = number
            if number >= 20, at + 1 < count, tokens[at + 1].kind == .word, let unit = numberWords[text(at + 1)], unit < 10 {
                value += unit
                at += 1
            }
        } else {
            return nil
        }
        at += 1
        var inMonths = false
        if at < count, tokens[at].kind == .word {
            switch text(at) {
            case "months", "month", "weeks", "week", "wks", "mths":
                inMonths = true
                at += 1
            case "years", "year", "yrs", "yr":
                at += 1
            default:
                break
            }
            if at < count, tokens[at].kind == .word, text(at) == "old" { at += 1 }
        }
        if at < count, tokens[at].kind == .word || tokens[at].kind == .number {
            let next = text(at)
            guard next == "and" || next == "but" || next == "now" || next == "with" || next == "so" else { return nil }
        }
        return (value, inMonths, at)
    }
}
