/// Whose problem a mention is: the child or young person, a parent or carer, or another
/// member of the household.
public enum Experiencer: String, Sendable, Hashable, CaseIterable, Codable, BitwiseCopyable {
    case child
    case parent
    /// Another household member: an uncle who lives with them, a lodger.
    case other
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
/// seen with an age earlier in the same narrative ("Kyle (15) … Kyle drinks").
public struct ExperiencerRules: Sendable, Hashable {
    public var cues: [ExperiencerCue]
    /// The age from which a person named with an age counts as a parent or carer.
    public var adultAge: Int

    public init(cues: [ExperiencerCue] = [], adultAge: Int = 18) {
        self.cues = cues
        self.adultAge = adultAge
    }

    public var isEmpty: Bool { cues.isEmpty }
}
