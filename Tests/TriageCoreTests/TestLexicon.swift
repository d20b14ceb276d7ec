import TriageCore

/// A small lexicon built in code, so engine tests do not depend on the shipped vocabulary.
enum TestLexicon {
    static let context = ContextRules(
        name: "test", version: "1",
        triggers: [
            ContextTrigger(LocatedPhrase("no"), kind: .negation, direction: .forward),
            ContextTrigger(LocatedPhrase("not"), kind: .negation, direction: .forward, scope: 4),
            ContextTrigger(LocatedPhrase("no concerns about"), kind: .negation, direction: .forward),
            ContextTrigger(LocatedPhrase("no concerns re"), kind: .negation, direction: .forward),
            ContextTrigger(LocatedPhrase("denies"), kind: .negation, direction: .forward, scope: 8),
            ContextTrigger(LocatedPhrase("none known"), kind: .negation, direction: .backward),
            ContextTrigger(LocatedPhrase("nil"), kind: .negation, direction: .both, scope: 3),
            ContextTrigger(LocatedPhrase("n a"), kind: .negation, direction: .forward),
            ContextTrigger(LocatedPhrase("n"), kind: .negation, direction: .forward, labelOnly: true),
            ContextTrigger(LocatedPhrase("previous"), kind: .historical, direction: .forward),
            ContextTrigger(LocatedPhrase("cleared"), kind: .historical, direction: .backward, scope: 4),
            ContextTrigger(LocatedPhrase("if"), kind: .hypothetical, direction: .forward, scope: 8),
        ],
        pseudoTriggers: [LocatedPhrase("not only"), LocatedPhrase("no change in")],
        terminators: [LocatedPhrase("but"), LocatedPhrase("however")],
        defaultScope: 6)

    static let lexicon = Lexicon(
        name: "test", version: "1",
        codes: [
            CodeDefinition(code: "EDU-ATT", name: "Attendance", defaultLevel: .yellow,
                           terms: [.phrase("school attendance"), .phrase("attendance"), .phrase("truan*"), .phrase("school refus*")]),
            CodeDefinition(code: "EDU-EXC", name: "Exclusion", defaultLevel: .yellow,
                           terms: [.phrase("excluded"), .phrase("exclusion"), .phrase("fixed term exclusion")]),
            CodeDefinition(code: "EDU-NEET", name: "NEET", defaultLevel: .yellow,
                           terms: [.phrase("not in education, employment or training"), .phrase("neet")]),
            CodeDefinition(code: "FIN", name: "Money", defaultLevel: .yellow,
                           terms: [.phrase("rent arrears"), .phrase("arrears"), .phrase("debt")]),
            CodeDefinition(code: "HOUS", name: "Housing", defaultLevel: .orange,
                           terms: [.phrase("housing"), .phrase("eviction notice"), Term(.regex(#"section\s*21"#))]),
            CodeDefinition(code: "SUB", name: "Substances", defaultLevel: .orange,
                           terms: [.phrase("drugs"), .phrase("alcohol")],
                           exclusions: [LocatedPhrase("prescribed drugs")]),
            CodeDefinition(code: "DA", name: "Domestic abuse", defaultLevel: .orange,
                           terms: [.phrase("da"), .phrase("dv"), .phrase("domestic abuse"), .phrase("assaulting mum")]),
            CodeDefinition(code: "CRIME", name: "Crime", defaultLevel: .orange,
                           terms: [.phrase("arrest*"), .phrase("shoplifting")], yieldsTo: ["DA"]),
        ],
        levelCues: [
            LevelCue(LocatedPhrase("child protection plan"), level: .red),
            LevelCue(LocatedPhrase("marac"), level: .orange),
            LevelCue(LocatedPhrase("health visitor"), level: .green),
        ],
        ignore: [LocatedPhrase("good spirits")],
        context: context)

    static let coder: NarrativeCoder = {
        do { return NarrativeCoder(try CompiledLexicon(lexicon)) } catch { fatalError("test lexicon invalid: \(error)") }
    }()

    /// The status of `code` in `text`, or nil when not found.
    static func status(_ code: Code, in text: String, box: Level? = nil) -> MentionStatus? {
        coder.code(text, box: box).issue(code)?.status
    }
}
