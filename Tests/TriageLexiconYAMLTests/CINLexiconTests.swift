import Testing
import TriageCore
import TriageLexiconYAML
import TriageLexicons

/// The shipped Children in Need census lexicons: `cin-factors` (factors identified at the
/// end of assessment) and `cin-primary-need` (N1–N9).
struct CINLexiconTests {
    /// The coders, built once; a lexicon that does not load fails each test that uses it.
    static let loaded = Result { try NarrativeCoder(CompiledLexicon(ShippedLexiconTests.load("cin-factors"))) }
    static let loadedPrimaryNeed = Result { try NarrativeCoder(CompiledLexicon(ShippedLexiconTests.load("cin-primary-need"))) }
    var factors: NarrativeCoder { get throws { try Self.loaded.get() } }
    var primaryNeed: NarrativeCoder { get throws { try Self.loadedPrimaryNeed.get() } }

    /// The census codes in use (18A and 19A are retired).
    static let censusCodes = [
        "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C",
        "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A",
        "18B", "18C", "19B", "19C", "20", "21", "22A", "23A", "24A",
    ]

    @Test func theCodesAreTheCensusCodesInUseWithTheirLabels() throws {
        let lexicon = try ShippedLexiconTests.load("cin-factors")
        #expect(lexicon.codes.map(\.code.rawValue) == Self.censusCodes)
        #expect(lexicon.definition(of: "18A") == nil && lexicon.definition(of: "19A") == nil)
        #expect(lexicon.definition(of: "3B")?.name == "Domestic abuse: concerns about the child's parent(s) or carer(s) being the subject of domestic abuse")
        #expect(lexicon.definition(of: "8E")?.name == "Privately fostered: UK child making alternative family arrangements")
        #expect(lexicon.definition(of: "24A")?.name == "Child criminal exploitation")
        // Mostly red and orange: a children's social care assessment.
        let levels = lexicon.codes.map(\.defaultLevel)
        #expect(levels.filter { $0 >= .orange }.count == levels.count - 1)
        #expect(lexicon.definition(of: "21")?.defaultLevel == .green)
        // Every code carries examples, including who it concerns for the A/B/C codes.
        #expect(lexicon.codes.allSatisfy { $0.examples.count >= 3 })
    }

    /// One realistic sentence for every census code.
    static let sentences: [(code: String, sentence: String)] = [
        ("1A", "Tia (15) was brought home by police heavily intoxicated after drinking vodka in the park."),
        ("1B", "Dad is alcohol dependent and drinks cans of strong lager from the morning."),
        ("1C", "Grandad, who lives in the home, is an alcoholic and is often drunk when the children come home."),
        ("2A", "Reece (16) admits smoking weed daily and has been excluded for bringing cannabis into school."),
        ("2B", "Mum tested positive for cocaine on a hair strand test and has relapsed into heroin use."),
        ("2C", "Mum's brother lives with the family and uses crack cocaine."),
        ("3A", "Leah (16) disclosed that her boyfriend has strangled her during arguments."),
        ("3B", "Police attended a domestic incident in which dad punched mum; a DVPO was granted."),
        ("3C", "Maternal aunt, who lodges with the family, is in a violent relationship."),
        ("4A", "Mia (14) has been referred to CAMHS for anxiety and panic attacks."),
        ("4B", "Dad has PTSD and has been referred to talking therapies."),
        ("4C", "Nan, who lives with them, has severe depression and has been sectioned twice."),
        ("5A", "Jack (8) has an EHCP for moderate learning difficulties and autism."),
        ("5B", "Both parents have learning difficulties; a PAMS assessment is recommended."),
        ("5C", "Her adult son lives at home and has a learning disability."),
        ("6A", "Baby has cystic fibrosis and needs daily physiotherapy."),
        ("6B", "Mum is terminally ill with cancer and receiving palliative care."),
        ("6C", "Uncle, who lives with them, is a wheelchair user after a stroke."),
        ("7A", "Josh (13) is a young carer for his dad and is often late for school."),
        ("8B", "Li (16) lives with an educational guardian while studying here and will return home after her A levels."),
        ("8C", "Kwame (13) was sent to live in the UK with a family acquaintance and intends to stay in the UK."),
        ("8D", "Sam (15) boards with his coach's family during the week to train at the sports academy."),
        ("8E", "After arguments at home, Tyler (15) moved in with his girlfriend's family."),
        ("8F", "Private fostering assessment started for Ruby (9), who lives with a neighbour."),
        ("9A", "Ali (15), an unaccompanied minor from Afghanistan, arrived by small boat and awaits an age assessment."),
        ("10A", "Ella (14) ran away from home twice this week and was missing overnight."),
        ("11A", "Evie (13) is being groomed online by an older man who sends her gifts."),
        ("12A", "Police found Minh (16) working in a cannabis farm; he is a suspected victim of human trafficking."),
        ("13A", "Marcus (16) is involved with a gang and has been filmed in drill videos."),
        ("14A", "Connor (15) is on a referral order for criminal damage."),
        ("15A", "Ruby (15) disclosed self-harm and tied a ligature at school last week."),
        ("16A", "The home has bed bugs and the children have head lice and tooth decay."),
        ("17A", "Mum constantly belittles Amy and calls her names in front of her friends."),
        ("18B", "Jacob (12) was beaten up by a group of older boys from school."),
        ("18C", "Noah (4) has fingertip bruising to his arms and a CP medical was arranged."),
        ("19B", "An AIM assessment was requested after Leo (13) displayed harmful sexual behaviour towards his cousin."),
        ("19C", "Mia (11) disclosed that mum's partner has sexually abused her."),
        ("20", "Prevent referral: Ben (15) has been sharing extreme right wing material online."),
        ("21", "Single assessment completed; parents are meeting the children's needs and the case will close with no further action."),
        ("22A", "Aisha (6) is at risk of FGM; mum has asked about a summer trip to Somalia."),
        ("23A", "Dad has taken Grace (9) to a pastor for deliverance because he believes she is a witch."),
        ("24A", "Kai (15) was arrested in a trap house in another county and has a burner phone."),
    ]

    @Test(arguments: sentences)
    func everyCodeComesFromARealisticSentence(code: String, sentence: String) throws {
        let coded = try factors.code(sentence)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.issues.map { "\($0.code) \($0.status)" })")
        let retired: Set<Code> = ["18A", "19A"]
        #expect(!coded.issues.contains { retired.contains($0.code) })
    }

    @Test func everyCensusCodeHasASentence() {
        #expect(Set(Self.sentences.map(\.code)) == Set(Self.censusCodes))
    }

    /// Who a mention concerns decides A, B or C.
    @Test(arguments: [
        // The child: named with an age, as YP, or named again after an age was given.
        ("Kyle (15) has been drinking at weekends.", "1A", Experiencer.child, "1A"),
        ("YP has low mood and is not sleeping.", "4A", .child, "4A"),
        ("Kyle (15) lives with mum. Kyle has been drinking heavily.", "1A", .child, "1A"),
        // A parent or carer, or an adult named with an age.
        ("Mum drinks heavily.", "1B", .parent, "1A"),
        ("Dean (34) has a drink problem.", "1B", .parent, "1A"),
        ("Dad has low mood since losing his job.", "4B", .parent, "4A"),
        // A partner of a parent counts as a carer.
        ("Mum's partner uses cannabis.", "2B", .parent, "2A"),
        ("Mum's boyfriend smokes cannabis in the flat.", "2B", .parent, "2A"),
        // Another household member.
        ("Uncle, who lives with them, uses cocaine.", "2C", .other, "2A"),
        ("Mum's brother lives with the family and uses crack cocaine.", "2C", .other, "2A"),
        ("Nan lives in the home and has dementia.", "6C", .other, "6A"),
    ])
    func theChildAParentAPartnerOrAnotherHouseholdMember(text: String, code: String, who: Experiencer, listedUnder: String) throws {
        let coded = try factors.code(text)
        let issue = try #require(coded.issue(Code(code)), "\(coded.issues.map(\.code))")
        #expect(issue.status == .present)
        #expect(issue.mentions.allSatisfy { $0.experiencer == who && !$0.experiencerAssumed })
        #expect(issue.mentions.allSatisfy { $0.routedFrom == (code == listedUnder ? nil : Code(listedUnder)) })
        let family = code.dropLast()
        for letter in ["A", "B", "C"] where Code(family + letter) != Code(code) {
            #expect(coded.issue(Code(family + letter)) == nil, "\(family + letter) found for \(text)")
        }
    }

    /// With no cue, alcohol, drugs and domestic abuse go to B; health stays with the child.
    @Test(arguments: [
        ("Concerns about alcohol misuse in the home.", "1B"),
        ("Drug paraphernalia found within reach of the children.", "2B"),
        ("Repeated DV incidents reported by police.", "3B"),
        ("Diagnosed with epilepsy last month.", "6A"),
        ("Low mood and anxiety reported by school.", "4A"),
    ])
    func whenNoCueSaysWhoTheCodeSaysWhat(text: String, code: String) throws {
        let coded = try factors.code(text)
        #expect(coded.presentIssues.map(\.code) == [Code(code)])
        let lexicon = try factors.compiled.lexicon
        let listed = try #require(lexicon.definition(of: Code(String(code.dropLast()) + "A")))
        let expected: Experiencer? = listed.defaultExperiencer
        #expect(coded.issue(Code(code))?.mentions.allSatisfy { $0.experiencer == expected } == true)
        // Only a default the lexicon gives is an assumption; with none, nothing is assumed.
        #expect(coded.issue(Code(code))?.mentions.allSatisfy { $0.experiencerAssumed == (expected != nil) } == true)
    }

    @Test func noFactorsIdentifiedIsTheOutcomeWhenNoFactorIsPresent() throws {
        let none = try factors.code("Assessment completed. Parents meet the children's needs well. NFA.")
        #expect(none.issues.map(\.code) == ["21"])
        let outcome = try #require(none.issue("21"))
        #expect(outcome.status == .present && outcome.mentions.isEmpty && outcome.level == .green)
        // Set-aside factors do not count; the outcome sits in lexicon order, at the box's level.
        let setAside = try factors.code("No concerns about domestic abuse. Previous cannabis use by dad in 2015.", box: .blue)
        #expect(setAside.issues.map { "\($0.code) \($0.status)" } == ["2B historical", "3B negated", "21 present"])
        #expect(setAside.issue("21")?.level == .blue)
        // Any present factor means no 21.
        #expect(try factors.code("Mum drinks heavily.").issue("21") == nil)
        // 21 has no terms: it is never matched.
        let definition = try #require(try factors.compiled.lexicon.definition(of: "21"))
        #expect(definition.terms.isEmpty && definition.assignedWhenNonePresent)
    }

    @Test func retiredCodesAreNeverEmitted() throws {
        let lexicon = try factors.compiled.lexicon
        var texts = lexicon.codes.flatMap { $0.examples.map(\.text) }
        texts += [
            "Physical abuse by dad; Kyle (8) has bruises and slap marks.", "Sexual abuse disclosed; CSA medical at the SARC.",
            "Jake (14) sexually assaulted by a peer at a party.", "Older brother hits her and has physically abused her.",
            "Historic physical abuse (18A) and sexual abuse (19A) recorded in 2014.",
        ]
        let retired: Set<Code> = ["18A", "19A"]
        for text in texts {
            let coded = try factors.code(text)
            #expect(!coded.issues.contains { retired.contains($0.code) || $0.mentions.contains { retired.contains($0.code) } }, "\(text)")
        }
        #expect(try factors.code("Physical abuse by dad.").issue("18C")?.status == .present)
        #expect(try factors.code("Jake (14) sexually assaulted by a peer at a party.").issue("19B")?.status == .present)
    }

    @Test(arguments: [
        ("Mum's mental health has deteriorated and she is open to the CMHT.", "N3"),
        ("Tyler (9) is autistic with complex health needs.", "N2"),
        ("Kyle (16) is using cocaine at weekends.", "N6"),
        ("Dad is alcohol dependent.", "N3"),
        ("Family have no recourse to public funds and use the food bank.", "N7"),
        ("Ahmed (16) is an unaccompanied asylum seeking child.", "N8"),
        ("Section 7 report requested in private law proceedings.", "N9"),
        ("Chaotic household with constant parental conflict.", "N5"),
        ("Since dad died suddenly, mum is struggling to cope.", "N4"),
        ("Risk of significant harm from physical abuse.", "N1"),
    ])
    func primaryNeedCodes(text: String, code: String) throws {
        let lexicon = try primaryNeed.compiled.lexicon
        #expect(lexicon.codes.map(\.code.rawValue) == ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"])
        #expect(try primaryNeed.code(text).presentIssues.map(\.code) == [Code(code)])
    }

    @Test func theExperiencerKeysAreReadAndCheckedInYAML() throws {
        let yaml = """
            lexicon: t
            version: 1
            experiencers: {child: [yp], parent: [mum]}
            codes:
              - id: A
                default_level: red
                default_experiencer: parent
                routes: {parent: B}
                terms: [drinking]
              - id: B
                default_level: red
              - id: NONE
                default_level: green
                when_none_present: true
            """
        let lexicon = try loader([:]).loadYAML(text: yaml, path: "t.yaml")
        #expect(lexicon.definition(of: "A")?.defaultExperiencer == .parent)
        #expect(lexicon.definition(of: "NONE")?.assignedWhenNonePresent == true)
        // A code reached by a route, and the outcome code, need no terms.
        #expect(lexicon.validationDiagnostics().isEmpty)
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        #expect(coder.code("drinking").issues.map(\.code) == ["B"])
        #expect(coder.code("YP drinking").issues.map(\.code) == ["A"])
        #expect(coder.code("nothing here").issues.map(\.code) == ["NONE"])
        let bad = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line == "    default_experiencer: parent" ? "    default_experiencer: mum"
                : line == "    when_none_present: true" ? "    when_none_present: sometimes" : String(line)
        }.joined(separator: "\n")
        let error = #expect(throws: LexiconError.self) { try loader([:]).loadYAML(text: bad, path: "t.yaml") }
        let messages = error?.diagnostics.map(\.description) ?? []
        #expect(messages.contains("t.yaml:7:26: error: 'default_experiencer:' of 'A' must be one of child, school_child, parent, other, outside"))
        #expect(messages.contains("t.yaml:14:24: error: 'when_none_present:' of 'NONE' must be true or false"))
    }

    @Test func aTermsOwnRoutesAreReadInYAML() throws {
        let yaml = """
            lexicon: t
            version: 1
            experiencers: {parent: [mum]}
            codes:
              - id: A
                default_level: green
                terms:
                  - ehcp
                  - {term: adhd, routes: {parent: none}}
                  - {regex: '\\bautis(?:m|tic)\\b', routes: {parent: B}, note: x}
              - id: B
                default_level: green
            """
        let lexicon = try loader([:]).loadYAML(text: yaml, path: "t.yaml")
        let terms = lexicon.definition(of: "A")?.terms ?? []
        #expect(terms.map(\.routes) == [nil, [.parent: Code?.none], [.parent: Code("B")]])
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        #expect(coder.code("mum asked about the EHCP").issues.map(\.code) == ["A"])
        #expect(coder.code("mum has ADHD").issues.map(\.code) == [])
        #expect(coder.code("mum is autistic").issues.map(\.code) == ["B"])
        let warnings = try loader(["t.yaml": yaml]).loadValidated(path: "t.yaml").warnings.map(\.description)
        #expect(warnings.contains("t.yaml:10:60: warning: unknown key 'note' in a term of 'A' is ignored; expected term or regex, routes and yields_to"))
    }

    @Test func aSchoolAgeIsReadAndMustBeBelowTheAdultAge() throws {
        func yaml(_ experiencers: String) -> String {
            """
            lexicon: t
            version: 1
            experiencers: \(experiencers)
            codes:
              - id: A
                default_level: red
                terms: [speech delay]
                routes: {school_child: B, outside: none}
              - id: B
                default_level: red
            """
        }
        let lexicon = try loader([:]).loadYAML(text: yaml("{school_age: 5, child: [toddler]}"), path: "t.yaml")
        #expect(lexicon.experiencers.schoolAge == 5)
        #expect(lexicon.definition(of: "A")?.routes == [.schoolChild: Code("B"), .outside: Code?.none])
        let error = #expect(throws: LexiconError.self) {
            try loader([:]).loadYAML(text: yaml("{adult_age: 16, school_age: 16}"), path: "t.yaml")
        }
        #expect(error?.diagnostics.map(\.description).contains("t.yaml:3:15: error: 'school_age:' (16) must be below 'adult_age:' (16)") == true)
    }
}
