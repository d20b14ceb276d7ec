/// Whose problem a mention is: the child or young person, a parent or carer, another
/// member of the household, or someone outside it.
public enum Experiencer: String, Sendable, Hashable, CaseIterable, Codable, BitwiseCopyable {
    case child
    /// A child of school age: named with an age from ``ExperiencerRules/schoolAge`` up to
    /// the adult age ("Tyler (7)"), or cued by school words ("year 9", "pupil"). Where a
    /// code has no route for a school-age child, the child's route applies.
    case schoolChild = "school_child"
    case parent
    /// Another household member: an uncle who lives with them, a lodger.
    case other
    /// Someone outside the household: an ex-partner, a birth parent living elsewhere, a
    /// landlord. The taxonomy does not code their problems, only their effect on the
    /// family (convention 6), so codes such as SUB or CRIME route their mentions to none.
    case outside

    /// The experiencer in a sentence: "a school-age child", "someone outside the household".
    public var described: String {
        switch self {
        case .other: "another household member"
        case .outside: "someone outside the household"
        default: "a " + label
        }
    }

    /// How the preview names it: "school-age child", "outside the household".
    public var label: String {
        switch self {
        case .child: "child"
        case .schoolChild: "school-age child"
        case .parent: "parent"
        case .other: "other household member"
        case .outside: "outside the household"
        }
    }
}

/// A phrase that names who the following words are about: "mum", "stepdad", "YP", "son".
public struct ExperiencerCue: Sendable, Hashable {
    public var phrase: LocatedPhrase
    public var experiencer: Experiencer

    public init(_ phrase: LocatedPhrase, experiencer: Experiencer) {
        self.phrase = phrase
        self.experiencer = experiencer
    }
}

/// How a lexicon tells who a mention concerns.
///
/// The rule, applied to each mention: the nearest cue up to 8 words before it in its
/// sentence (or inside the mention: "CAMHS"); else the last cue of an earlier sentence;
/// else a cue further back in its own sentence; else unknown (the code is kept as the
/// lexicon lists it). Cues are the lexicon's phrases,
/// ages in brackets ("(14)" is a child under ``adultAge``, "(33)" a parent), and names
/// seen with an age earlier in the same narrative ("Kyle (15) … Kyle drinks"). A cue for
/// someone outside the household says whose a mention is in its own sentence only: the
/// next sentence without a cue is taken to be about the family again.
public struct ExperiencerRules: Sendable, Hashable {
    public var cues: [ExperiencerCue]
    /// The age from which a person named with an age counts as a parent or carer.
    public var adultAge: Int
    /// The age from which a child named with an age counts as a school-age child
    /// (``Experiencer/schoolChild``); nil keeps every child under ``adultAge`` a child.
    public var schoolAge: Int?

    public init(cues: [ExperiencerCue] = [], adultAge: Int = 18, schoolAge: Int? = nil) {
        self.cues = cues
        self.adultAge = adultAge
        self.schoolAge = schoolAge
    }

    /// Who a person named with `age` is: a parent from ``adultAge``, a school-age child
    /// from ``schoolAge``, else a child. An age in months or weeks ("18m") is a child's.
    public func experiencer(ofAge age: Int, inMonths: Bool = false) -> Experiencer {
        if inMonths { return .child }
        if age >= adultAge { return .parent }
        if let schoolAge, age >= schoolAge { return .schoolChild }
        return .child
    }

    public var isEmpty: Bool { cues.isEmpty }
}
