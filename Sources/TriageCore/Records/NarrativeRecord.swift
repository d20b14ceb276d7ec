/// One narrative as it comes from an input: ids, stage, date, the level box it was
/// written in (if any), its text, and any extra columns (dimensions such as locality).
public struct NarrativeRecord: Sendable, Hashable {
    public var narrativeID: String
    public var triageID: String
    public var caseID: String
    public var stage: Stage?
    /// The date as written (ISO `YYYY-MM-DD` expected).
    public var date: String
    /// The level box, or nil for free text.
    public var level: Level?
    public var text: String
    /// Extra input columns, in input order.
    public var dimensions: [(name: String, value: String)]
    /// Where the record started in its input.
    public var location: SourceLocation?

    public init(
        narrativeID: String, triageID: String = "", caseID: String = "", stage: Stage? = nil, date: String = "",
        level: Level? = nil, text: String, dimensions: [(name: String, value: String)] = [], location: SourceLocation? = nil
    ) {
        self.narrativeID = narrativeID
        self.triageID = triageID.isEmpty ? narrativeID : triageID
        self.caseID = caseID
        self.stage = stage
        self.date = date
        self.level = level
        self.text = text
        self.dimensions = dimensions
        self.location = location
    }

    public static func == (lhs: NarrativeRecord, rhs: NarrativeRecord) -> Bool {
        lhs.narrativeID == rhs.narrativeID && lhs.triageID == rhs.triageID && lhs.caseID == rhs.caseID
            && lhs.stage == rhs.stage && lhs.date == rhs.date && lhs.level == rhs.level && lhs.text == rhs.text
            && lhs.dimensions.map(\.name) == rhs.dimensions.map(\.name)
            && lhs.dimensions.map(\.value) == rhs.dimensions.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(narrativeID)
        hasher.combine(text)
    }
}
