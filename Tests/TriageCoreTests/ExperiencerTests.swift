import Testing
import TriageCore

/// Whose need a mention is: school-age children, people outside the household, and which
/// bracketed figures are ages. Built on a small lexicon so that the rules, not the shipped
/// vocabulary, are under test.
struct ExperiencerTests {
    static let lexicon = Lexicon(
        name: "experiencers", version: "1",
        codes: [
            CodeDefinition(code: "EYD", name: "Early years", defaultLevel: .green,
                           terms: [.phrase("speech delay")], routes: [.schoolChild: "EDU-SEND"]),
            CodeDefinition(code: "EDU-SEND", name: "SEND", defaultLevel: .green, terms: [.phrase("ehcp")]),
            CodeDefinition(code: "SUB", name: "Substances", defaultLevel: .orange,
                           terms: [.phrase("drinks heavily")], routes: [.outside: nil]),
            CodeDefinition(code: "MH-ADULT", name: "Adult mental health", defaultLevel: .yellow,
                           terms: [.phrase("low mood")], routes: [.child: "MH-CHILD"]),
            CodeDefinition(code: "MH-CHILD", name: "Child mental health", defaultLevel: .yellow, terms: [.phrase("camhs")]),
            CodeDefinition(code: "DA", name: "Domestic abuse", defaultLevel: .orange, terms: [.phrase("by the throat")]),
            CodeDefinition(code: "CRIME", name: "Crime", defaultLevel: .orange, terms: [.phrase("arrested")],
                           yieldsTo: ["DA"], yieldScope: .narrative),
        ],
        experiencers: ExperiencerRules(
            cues: [
                ExperiencerCue(LocatedPhrase("mum"), experiencer: .parent),
                ExperiencerCue(LocatedPhrase("year 3"), experiencer: .schoolChild),
                ExperiencerCue(LocatedPhrase("ex"), experiencer: .outside),
                ExperiencerCue(LocatedPhrase("no longer lives here"), experiencer: .outside),
                ExperiencerCue(LocatedPhrase("and died"), experiencer: .outside),
            ],
            adultAge: 18, schoolAge: 5))

    static let coder: NarrativeCoder = {
        do { return NarrativeCoder(try CompiledLexicon(lexicon)) } catch { fatalError("test lexicon invalid: \(error)") }
    }()

    static func codes(_ text: String) -> [String] {
        coder.code(text).issues.filter { $0.status == .present }.map(\.code.rawValue).sorted()
    }

    @Test func aChildOfSchoolAgeTakesTheSchoolRoute() {
        #expect(Self.codes("Ilhan (7) has a speech delay.") == ["EDU-SEND"])
        #expect(Self.codes("Ruby (3) has a speech delay.") == ["EYD"])
        #expect(Self.codes("Ruby (18m) has a speech delay.") == ["EYD"])
        #expect(Self.codes("In Year 3, speech delay noted by school.") == ["EDU-SEND"])
    }

    @Test func aSchoolAgeChildWithoutARouteOfItsOwnTakesTheChildsRoute() {
        #expect(Self.codes("Kyle (15) has low mood.") == ["MH-CHILD"])
        #expect(Self.codes("Mum (35) has low mood.") == ["MH-ADULT"])
    }

    @Test func aSchoolAgeInAnEarlierSentenceCountsOnlyAsAChildWhenAYoungerOneIsNamed() {
        // The second sentence may be about the younger sibling: EYD stays.
        #expect(Self.codes("Ava (6) is doing well and Max (2) is settled. Speech delay noted at nursery.") == ["EYD"])
        // With no younger child named, the school-age child is carried as one.
        #expect(Self.codes("Ava (6) is doing well. Speech delay noted.") == ["EDU-SEND"])
    }

    @Test func withoutASchoolAgeEveryChildIsAChild() {
        var lexicon = Self.lexicon
        lexicon.experiencers.schoolAge = nil
        let coder = NarrativeCoder(try! CompiledLexicon(lexicon))
        #expect(coder.code("Ilhan (7) has a speech delay.").issue("EYD")?.status == .present)
    }

    @Test func hoursAndTimesInBracketsAreNotAges() {
        // "(15hrs)" and "(11am)" would make the speech delay a school-age child's.
        #expect(Self.codes("Zofia at nursery (15hrs) has a speech delay.") == ["EYD"])
        #expect(Self.codes("Seen at home (11am), speech delay.") == ["EYD"])
        #expect(Self.codes("Baby (6wks) and Ruby (7) at home. Ruby has a speech delay.") == ["EDU-SEND"])
    }

    @Test func someoneOutsideTheHouseholdIsNotCoded() {
        #expect(Self.codes("Mum says her ex drinks heavily.") == [])
        #expect(Self.codes("Dean no longer lives here but drinks heavily.") == [])
        #expect(Self.codes("Mum drinks heavily.") == ["SUB"])
        let aside = Self.coder.code("Her ex drinks heavily.").excluded
        #expect(aside.map(\.phrase) == ["SUB does not apply to someone outside the household"])
    }

    @Test func someoneOutsideTheHouseholdIsNotCarriedIntoTheNextSentence() {
        #expect(Self.codes("Her ex turned up again. Mum drinks heavily.") == ["SUB"])
        // With no cue in its own sentence, a mention is the family's, not the ex's.
        #expect(Self.codes("Mum (Kerry) rang about her ex. Drinks heavily most nights.") == ["SUB"])
    }

    @Test func aSentenceWithNoCueIsAboutTheSubjectOfTheLastSentenceWithOne() {
        // The subject is the first person named, not the last.
        #expect(Self.codes("Mum (28), mother of Kai (5) and Ava (2). Longstanding low mood.") == ["MH-ADULT"])
        #expect(Self.codes("Kyle (15) lives with his mum (40). Low mood since June.") == ["MH-CHILD"])
        // Unless it only heads a label: "Call from Mum (40): Kyle (15) …" is about Kyle.
        #expect(Self.codes("Call from Mum (40): Kyle (15) has not been sleeping. Low mood most days.") == ["MH-CHILD"])
        // Someone outside the household is not the subject carried on.
        #expect(Self.codes("Her ex rang Mum (30) again. Low mood since.") == ["MH-ADULT"])
    }

    @Test func aYieldAcrossTheNarrativeTakesLaterMentionsNotAChilds() {
        // The partner's arrest two sentences after the assault is DA only (convention 7).
        #expect(Self.codes("Dean grabbed Mum (30) by the throat. Police called. Dean arrested.") == ["DA"])
        // An arrest told before the abuse stays, as does a child's.
        #expect(Self.codes("Dean arrested for burglary in May. In June he grabbed Mum (30) by the throat.") == ["CRIME", "DA"])
        #expect(Self.codes("Dean grabbed Mum (30) by the throat. Kyle (15) arrested for shoplifting.") == ["CRIME", "DA"])
        // A child carried from the sentence before does not make the partner's arrest a child's.
        #expect(Self.codes("Kai (4) saw Dean grab Mum by the throat. Dean was arrested.") == ["DA"])
    }

    @Test func aFirstNameBeforeASurnameWithAnAgeIsThatPerson() {
        #expect(Self.codes("Suspect: partner Dean Rowe (34). Dean has low mood.") == ["MH-ADULT"])
        #expect(Self.codes("Referral for Kyle Shaw (15). Kyle has low mood.") == ["MH-CHILD"])
    }

    @Test func aNameWithAPossessiveIsStillThePerson() {
        // Without the name, "mum" would be the nearest cue.
        #expect(Self.codes("Dylan (15) lives with mum, who worries about Dylan's low mood.") == ["MH-CHILD"])
    }

    @Test func anAgeWrittenOutAfterANameIsThatPersonsAge() {
        #expect(Self.codes("Liam is 16 and lives with his sister. Liam has low mood.") == ["MH-CHILD"])
        #expect(Self.codes("Paul is forty two and has low mood.") == ["MH-ADULT"])
        #expect(Self.codes("Lily is ten and has low mood.") == ["MH-CHILD"])
        #expect(Self.codes("Mason, who is seven, has low mood.") == ["MH-CHILD"])
        #expect(Self.codes("Zain is six and has speech delay.") == ["EDU-SEND"])
        #expect(Self.codes("The baby, Alfie, who is seven months old, has speech delay.") == ["EYD"])
        // After a pronoun the age is a cue for that sentence, but names no one.
        #expect(Self.codes("He is 42, with low mood.") == ["MH-ADULT"])
    }

    @Test func aFigureAfterIsIsNotAlwaysAnAge() {
        // A word of the lexicon is no one's name; a figure followed by other words is no age.
        #expect(Self.codes("Camhs is 12 and low mood is worse.") == ["MH-ADULT", "MH-CHILD"])
        #expect(Self.codes("Mum (35). Kai is 2 hours late most days, low mood.") == ["MH-ADULT"])
        #expect(Self.codes("Liam is 16% of the class; low mood.") == ["MH-ADULT"])
    }

    @Test func aPossessiveIsNoSubjectToCarry() {
        // "mum's" names the review's owner, not the sentence's subject: Kai is.
        #expect(Self.codes("At mum's review the HV saw Kai (4). He has low mood.") == ["MH-CHILD"])
        #expect(Self.codes("At the review mum saw Kai (4). She has low mood.") == ["MH-ADULT"])
    }

    @Test func aNameLearntInAPossessiveIsThePerson() {
        #expect(Self.codes("Concerns were Paris's (22) drinking. Paris has low mood.") == ["MH-ADULT"])
    }

    @Test func someoneWhoseSchoolThingsAreSpokenOfIsASchoolAgeChild() {
        // Without the rule Millie is no one, and low mood keeps its listed code.
        #expect(Self.codes("Millie's attendance is 98%. Millie has low mood.") == ["MH-CHILD"])
        #expect(Self.codes("Kai's teacher says Kai has speech delay.") == ["EDU-SEND"])
        #expect(Self.codes("Evie's nursery says Evie has speech delay.") == ["EYD"])
        #expect(Self.codes("Millie has low mood.") == ["MH-ADULT"])
        // A school that is a place after a preposition says nothing of who is talked about.
        #expect(Self.codes("Dean waited outside Mia's school. Mia has low mood.") == ["MH-ADULT"])
    }

    @Test func aSentenceOpeningWithSomeoneNewInAPossessiveCarriesNoOne() {
        // Carly is named for the first time: the child of the sentence before is not carried.
        #expect(Self.codes("Arlo (14m) has speech delay. Carly's GP notes low mood.") == ["EYD", "MH-ADULT"])
        #expect(Self.codes("Arlo (14m) has speech delay. The GP notes low mood.") == ["EYD", "MH-CHILD"])
    }

    @Test func anAgeInABracketMayHaveItsUnitWrittenOut() {
        #expect(Self.codes("Kai (18 months) has speech delay.") == ["EYD"])
        #expect(Self.codes("Theo (10 days old) and Ilhan (7 years) are here. Ilhan has speech delay.") == ["EDU-SEND"])
        #expect(Self.codes("Mum (35 years old) has low mood.") == ["MH-ADULT"])
        // Two ages in one bracket: the children.
        #expect(Self.codes("The kids (7 and 9) have low mood.") == ["MH-CHILD"])
        // A bracket of other words is no age.
        #expect(Self.codes("Mum (35). Kai (2 hours late) has low mood.") == ["MH-ADULT"])
        // An age as it is now: "(5 now)" is five years.
        #expect(Self.codes("Kyla (5 now) has speech delay.") == ["EDU-SEND"])
        #expect(Self.codes("Mum (35 now) has low mood.") == ["MH-ADULT"])
    }

    @Test func aSentencesOwnSubjectComesBeforeAnEarlierOnes() {
        // "Mum" opens the sentence, more than eight words before the mention; the baby of
        // the sentence before is not carried over her.
        #expect(Self.codes("Rosa (12 days) is feeding well. Mum has been tired and tearful most days since the birth and has low mood.")
            == ["MH-ADULT"])
        // Of the sentence's own people, the nearest: here the ex, outside the household.
        #expect(Self.codes("Ruby (4) is at nursery. Mum says that her ex, who lives miles away in another town, drinks heavily.")
            == [])
        // Not across a clause boundary: there the earlier subject is carried as before.
        #expect(Self.codes("Kyle (15) is at home. Mum says mornings are hard; he says that every day in the morning he has low mood.")
            == ["MH-CHILD"])
    }

    @Test func aNameBesideACueIsThatPerson() {
        // Without the name, the child of the sentence before would be carried.
        #expect(Self.codes("Their mum Jade sleeps a lot. Ruby (4) is at nursery. Jade has low mood.") == ["MH-ADULT"])
        #expect(Self.codes("Ruby (4) is at nursery. Kelly, her mum, is there. Kelly has low mood.") == ["MH-ADULT"])
        // Without a cue beside it, a name first met before the child stays unknown; opening
        // its sentence, it is someone new, so the child is not carried into it, and the term's
        // own code stands.
        #expect(Self.codes("Kelly is there. Ruby (4) is at nursery. Kelly has low mood.") == ["MH-ADULT"])
        #expect(Self.codes("Kelly is there. Ruby (4) is at nursery. She has low mood.") == ["MH-CHILD"])
    }

    @Test func someoneNewOpeningASentenceAfterAChildIsTheParent() {
        #expect(Self.codes("Baby Ollie (7 months) has had his jabs. Stacey told the HV she has low mood.") == ["MH-ADULT"])
        #expect(Self.codes("Ruby (4) is at nursery. Kelly is there. Kelly has low mood.") == ["MH-ADULT"])
        // Not before any child is named, nor when the name was met before (with no age: "Zak").
        #expect(Self.codes("Stacey told the HV she has low mood.") == ["MH-ADULT"])  // the code's own default
        #expect(Self.codes("The review for Zak (year 3) was today. Zak has low mood.") == ["MH-CHILD"])
        // A reported clause may be about someone else: the child of the sentence before stays.
        #expect(Self.codes("Riley (8) is at school. Maureen says he has low mood.") == ["MH-CHILD"])
        // Unless the pronoun is of the other sex from the child's: then it is the speaker.
        #expect(Self.codes("Riley (8) missed his jabs. Maureen says she has low mood.") == ["MH-ADULT"])
        #expect(Self.codes("Riley (8) missed his jabs. Maureen says he has low mood.") == ["MH-CHILD"])
        // A child's sentence with pronouns of both sexes says nothing of the child's.
        #expect(Self.codes("Riley (8) told her he was cold. Maureen says she has low mood.") == ["MH-CHILD"])
        // A function word or a month opening a sentence is no one.
        #expect(Self.codes("Ruby (4) is at nursery. March was hard and she has low mood.") == ["MH-CHILD"])
    }

    @Test func aParentSayingSomethingOfAChildIsNotTheOneItIsAbout() {
        // "he" after "Mum … says" is someone else: the child of the sentence before.
        #expect(Self.codes("Noah (9) is in year 3. Mum (Gemma) says he has low mood.") == ["MH-CHILD"])
        #expect(Self.codes("Noah (9) is in year 3. Mum told the school he has low mood.") == ["MH-CHILD"])
        // "she" after "Mum says" is Mum herself.
        #expect(Self.codes("Noah (9) is in year 3. Mum says she has low mood.") == ["MH-ADULT"])
    }

    @Test func aParentSayingSomethingOfSomeoneNamedIsNotTheOneItIsAbout() {
        // "Mum says Noah …": the one named is spoken of, and the speaker is not whose it is.
        #expect(Self.codes("Riley (8) is at school. Mum says Noah has low mood.") == ["MH-CHILD"])
        #expect(Self.codes("Riley (8) is at school. Mum (Gemma) says Noah's low mood is worse.") == ["MH-CHILD"])
        // Not an agency's initials, nor a name the mention does not follow as its subject.
        #expect(Self.codes("Riley (8) is at school. Mum told EHW she has low mood.") == ["MH-ADULT"])
        #expect(Self.codes("Riley (8) is at school. Mum told Sarah she has low mood.") == ["MH-ADULT"])
    }

    @Test func theOneNamedWithHerChildrenIsTheirParent() throws {
        var lexicon = Self.lexicon
        lexicon.experiencers.cues.append(ExperiencerCue(LocatedPhrase("children"), experiencer: .child))
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        func codes(_ text: String) -> [String] {
            coder.code(text).issues.filter { $0.status == .present }.map(\.code.rawValue).sorted()
        }
        #expect(codes("Amira and her three children arrived last year. Amira has low mood.") == ["MH-ADULT"])
        #expect(codes("Amira and the children arrived last year. Amira has low mood.") == ["MH-CHILD"])
    }

    @Test func aFirstNameAfterALabelIsLearntWithTheSurnameAndAge() {
        #expect(Self.codes("Mum is at home. CYP: Freya Lindqvist (15). Freya says she has low mood.") == ["MH-CHILD"])
    }

    @Test func anAgeAfterItsNameOpensTheClause() {
        // "Mia (12)" opens the sentence, far from the mention: Mia's, not Mum's from before.
        #expect(Self.codes("Mum is at home. Mia (12) has told her teacher at the school that she is frightened and has low mood.")
            == ["MH-CHILD"])
    }

    @Test func theSubjectGoesOnPastAClauseOfTimeToAnAnd() {
        #expect(Self.codes(
            "Chloe (30) lives with Evie (1). Chloe has felt tired since Evie was born and told the visiting health visitor that she has low mood.")
            == ["MH-ADULT"])
        // Without the clause of time, the nearest of the sentence's people, as before.
        #expect(Self.codes(
            "Chloe (30) lives with Evie (1). Chloe is tired, Evie (1) is not sleeping well and the visiting health visitor says she has low mood.")
            == ["MH-CHILD"])
    }

    @Test func anInitialStandsForTheOneNamedWithIt() throws {
        var lexicon = Self.lexicon
        lexicon.experiencers.cues.append(ExperiencerCue(LocatedPhrase("m"), experiencer: .parent))  // "M" for Mum
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        func codes(_ text: String) -> [String] {
            coder.code(text).issues.filter { $0.status == .present }.map(\.code.rawValue).sorted()
        }
        #expect(codes("Riley (15) won't go out. Mum is worried. R says she has low mood.") == ["MH-CHILD"])
        // The initial of a named child overrides the lexicon's "M" for Mum.
        #expect(codes("Mason (16) is at home. M has low mood.") == ["MH-CHILD"])
        #expect(codes("Mum (Michelle) is at home. M has low mood.") == ["MH-ADULT"])
        // Two people of two kinds with the initial: the lexicon's cue stands.
        #expect(codes("Mum (Michelle) and Mason (16) are at home. M has low mood.") == ["MH-ADULT"])
        // With nobody named with the letter, it is no one.
        #expect(codes("Mason (16) is at home. Mum is worried. R says she has low mood.") == ["MH-ADULT"])
    }

    @Test func aNameSetOffByCommasAfterACueIsLearnt() {
        #expect(Self.codes("His mum, Hawa, was out. Yusuf (4) was alone and Hawa has low mood.") == ["MH-ADULT"])
        // A list after the cue names no one.
        #expect(Self.codes("Mum, Hawa and Yusuf (4) were out. Yusuf was alone and Hawa has low mood.") == ["MH-CHILD"])
    }

    @Test func aSentenceOpeningWithSomeoneNewAsItsSubjectCarriesNoOne() {
        // Tyler is named for the first time and opens the sentence: Arlo is not carried.
        #expect(Self.codes("Arlo (14m) has speech delay. Tyler has low mood.") == ["EYD", "MH-ADULT"])
        #expect(Self.codes("Arlo (14m) has speech delay. He has low mood.") == ["EYD", "MH-CHILD"])
        // A name already learnt is that person.
        #expect(Self.codes("Arlo (14m) has speech delay. Arlo has low mood.") == ["EYD", "MH-CHILD"])
    }

    @Test func aChildsWordInsideAMentionSaysNoMoreThanASchoolAgeCueBeforeIt() throws {
        var lexicon = Self.lexicon
        lexicon.experiencers.cues.append(ExperiencerCue(LocatedPhrase("child"), experiencer: .child))
        let eyd = lexicon.codes.firstIndex { $0.code == "EYD" }!
        lexicon.codes[eyd].terms.append(Term(.phrase("child development centre")))
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        func codes(_ text: String) -> [String] {
            coder.code(text).issues.filter { $0.status == .present }.map(\.code.rawValue).sorted()
        }
        #expect(codes("Zak in year 3 was referred to the child development centre.") == ["EDU-SEND"])
        #expect(codes("Zak was referred to the child development centre.") == ["EYD"])
    }

    @Test func aChildsServiceLaterInTheSentenceSaysWhoseItIsWhenNothingBeforeDoes() throws {
        let lexicon = Lexicon(
            name: "later", version: "1",
            codes: [
                CodeDefinition(code: "MH-ADULT", name: "Adult mental health", defaultLevel: .yellow,
                               terms: [.phrase("panic attacks")], routes: [.child: "MH-CHILD"]),
                CodeDefinition(code: "MH-CHILD", name: "Child mental health", defaultLevel: .yellow, terms: [.phrase("self harm")]),
            ],
            experiencers: ExperiencerRules(
                cues: [
                    ExperiencerCue(LocatedPhrase("camhs"), experiencer: .child),
                    ExperiencerCue(LocatedPhrase("son"), experiencer: .child),
                ],
                adultAge: 18, schoolAge: 5))
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        func codes(_ text: String) -> [String] {
            coder.code(text).issues.filter { $0.status == .present }.map(\.code.rawValue).sorted()
        }
        #expect(codes("Ellie has panic attacks and the GP has referred her to CAMHS.") == ["MH-CHILD"])
        // Not from the next sentence, and not from a child's word ("son") rather than a service.
        #expect(codes("Ellie has panic attacks. The GP has referred her to CAMHS.") == ["MH-ADULT"])
        #expect(codes("Kerry has panic attacks and worries about her son.") == ["MH-ADULT"])
    }

    @Test func anAdultsThingLaterInTheClauseSaysWhoseItIsWhenNothingBeforeDoes() throws {
        let lexicon = Lexicon(
            name: "later", version: "1",
            codes: [
                CodeDefinition(code: "MH-CHILD", name: "Child mental health", defaultLevel: .yellow,
                               terms: [.phrase("low mood")], routes: [.parent: "MH-ADULT"]),
                CodeDefinition(code: "MH-ADULT", name: "Adult mental health", defaultLevel: .yellow, terms: [.phrase("psychosis")]),
            ],
            experiencers: ExperiencerRules(
                cues: [
                    ExperiencerCue(LocatedPhrase("mum"), experiencer: .parent),
                    ExperiencerCue(LocatedPhrase("gp started her on"), experiencer: .parent),
                ],
                adultAge: 18, schoolAge: 5))
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        func codes(_ text: String) -> [String] {
            coder.code(text).issues.filter { $0.status == .present }.map(\.code.rawValue).sorted()
        }
        #expect(codes("Leanne is tired. She has low mood most days and the GP started her on sertraline.") == ["MH-ADULT"])
        // Not past a clause boundary, and not when the later cue is a person ("mum").
        #expect(codes("Leanne is tired. She has low mood; the GP started her on sertraline.") == ["MH-CHILD"])
        #expect(codes("Leanne is tired. She has low mood most days and mum is worried.") == ["MH-CHILD"])
    }

    @Test func someoneWhoLivesInANamedPlaceIsOutsideTheHousehold() {
        #expect(Self.codes("Jade's mum lives in Brackenholt and drinks heavily.") == [])
        #expect(Self.codes("Their dad lives up in Leeds, drinks heavily and rarely calls.") == [])
        #expect(Self.codes("Mum drinks heavily but lives in Spain.") == [])
        // Not a place name, not the family's own town, and only in its own sentence.
        #expect(Self.codes("Mum lives in a flat above the shop and drinks heavily.") == ["SUB"])
        #expect(Self.codes("Mum lives in TA and drinks heavily.") == ["SUB"])
        #expect(Self.codes("The family lives in Westmarsh and mum drinks heavily.") == ["SUB"])
        #expect(Self.codes("Dad lives in Leeds. Mum drinks heavily.") == ["SUB"])
    }

    @Test func saidLaterInItsClauseToBeOutsideTheHouseholdWithNoCueBefore() {
        #expect(Self.codes("Dean drinks heavily but no longer lives here.") == [])
        #expect(Self.codes("Dean drinks heavily; he no longer lives here.") == ["SUB"])
        // A cue that opens with its own "and" is said of the clause's subject too.
        #expect(Self.codes("Dean drinks heavily and died in 2021.") == [])
        #expect(Self.codes("Dean drinks heavily; he later moved away and died in 2021.") == ["SUB"])
    }

    @Test func aPrepositionalObjectInAnEarlierSentenceIsNotCarriedAsItsSubject() throws {
        var lexicon = Self.lexicon
        lexicon.experiencers.cues.append(ExperiencerCue(LocatedPhrase("camhs"), experiencer: .child))
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        func codes(_ text: String) -> [String] {
            coder.code(text).issues.filter { $0.status == .present }.map(\.code.rawValue).sorted()
        }
        // "about mum" is what the child will not talk about: the low mood is the child's.
        #expect(codes("Won't talk about mum at all. Low mood, referred to camhs.") == ["MH-CHILD"])
        // Mum as the earlier sentence's subject is carried ("camhs" is a term of its own).
        #expect(codes("Mum won't talk at all. Low mood, referred to camhs.") == ["MH-ADULT", "MH-CHILD"])
    }

    @Test func aCueInsideAMentionAfterAPossessiveIsItsObject() throws {
        let lexicon = Lexicon(
            name: "objects", version: "1",
            codes: [
                CodeDefinition(code: "MH-CHILD", name: "Child mental health", defaultLevel: .yellow,
                               terms: [.phrase("worries about her dad"), .phrase("mum worries")], routes: [.parent: "MH-ADULT"]),
                CodeDefinition(code: "MH-ADULT", name: "Adult mental health", defaultLevel: .yellow, terms: [.phrase("psychosis")]),
            ],
            experiencers: ExperiencerRules(
                cues: [
                    ExperiencerCue(LocatedPhrase("mum"), experiencer: .parent),
                    ExperiencerCue(LocatedPhrase("dad"), experiencer: .parent),
                    ExperiencerCue(LocatedPhrase("in class"), experiencer: .schoolChild),
                ],
                adultAge: 18, schoolAge: 5))
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        func codes(_ text: String) -> [String] {
            coder.code(text).issues.filter { $0.status == .present }.map(\.code.rawValue).sorted()
        }
        // "her dad" is whom she worries about, not whose worry it is.
        #expect(codes("Ellie (9) told staff she worries about her dad.") == ["MH-CHILD"])
        // A cue opening the mention still says whose it is.
        #expect(codes("Since the move mum worries.") == ["MH-ADULT"])
    }

    @Test func aTermsOwnRoutesTakeThePlaceOfItsCodes() throws {
        let lexicon = Lexicon(
            name: "term routes", version: "1",
            codes: [
                CodeDefinition(code: "EDU-SEND", name: "SEND", defaultLevel: .green, terms: [
                    .phrase("ehcp"),
                    Term(.phrase("adhd"), routes: [.parent: nil]),
                    Term(.regex(#"\blearning\s+disability\b"#), routes: [.parent: "PH"]),
                ]),
                CodeDefinition(code: "PH", name: "Physical health", defaultLevel: .green, terms: [.phrase("asthma")]),
            ],
            experiencers: ExperiencerRules(
                cues: [ExperiencerCue(LocatedPhrase("mum"), experiencer: .parent)], adultAge: 18, schoolAge: 5))
        #expect(lexicon.validationDiagnostics().isEmpty)
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        func codes(_ text: String) -> [String] {
            coder.code(text).issues.filter { $0.status == .present }.map(\.code.rawValue).sorted()
        }
        // The code has no route: a parent chasing the EHCP is the child's SEND.
        #expect(codes("Mum is chasing the EHCP for Leo.") == ["EDU-SEND"])
        // The term's route: a parent's diagnosis is set aside, or moved.
        #expect(codes("Mum has ADHD.") == [])
        #expect(codes("Mum has a learning disability.") == ["PH"])
        #expect(codes("Kyle (9) has ADHD.") == ["EDU-SEND"])
        // A term routing to a code the lexicon lacks is an error that names the term.
        var broken = lexicon
        broken.codes[0].terms[1].routes = [.parent: "NOPE"]
        #expect(broken.validationDiagnostics().map(\.message).contains(
            "term 'adhd' of code 'EDU-SEND' routes to 'NOPE', which is not a code of this lexicon; fix the id"))
    }

    @Test func aSchoolPlaceJustAfterAMentionSaysItIsAChilds() throws {
        var lexicon = Self.lexicon
        lexicon.experiencers.cues.append(ExperiencerCue(LocatedPhrase("in class"), experiencer: .schoolChild))
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        func codes(_ text: String) -> [String] {
            coder.code(text).issues.filter { $0.status == .present }.map(\.code.rawValue).sorted()
        }
        // Mum is the earlier sentence's subject, but "in class" follows the mention closely.
        #expect(codes("Mum is at home. Ellie has low mood in class most days.") == ["MH-CHILD"])
        // Not past a comma, nor more than three words on.
        #expect(codes("Mum is at home. Ellie has low mood, and in class she is fine.") == ["MH-ADULT"])
        #expect(codes("Mum is at home. Ellie has low mood at weekends and is quiet in class.") == ["MH-ADULT"])
    }
}
