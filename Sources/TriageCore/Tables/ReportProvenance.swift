/// Where a report's figures come from, printed with the report so that a reader can
/// trace and repeat them.
public struct ReportProvenance: Sendable, Hashable {
    public var lexiconName: String
    public var lexiconVersion: String
    /// A digest of the lexicon, when known (e.g. `sha256:…`).
    public var lexiconHash: String?
    /// Input files, or the database the run was read from.
    public var inputs: [String]
    /// The stored run, when the report was made from one.
    public var runID: String?
    /// Narratives read, and records rejected as unusable.
    public var narrativesRead: Int
    public var recordsRejected: Int
    /// Narratives left out because they have no stage.
    public var narrativesWithoutStage: Int
    /// When the report was made (ISO date), if it should say.
    public var generated: String?

    public init(
        lexiconName: String, lexiconVersion: String, lexiconHash: String? = nil, inputs: [String], runID: String? = nil,
        narrativesRead: Int = 0, recordsRejected: Int = 0, narrativesWithoutStage: Int = 0, generated: String? = nil
    ) {
        self.lexiconName = lexiconName
        self.lexiconVersion = lexiconVersion
        self.lexiconHash = lexiconHash
        self.inputs = inputs
        self.runID = runID
        self.narrativesRead = narrativesRead
        self.recordsRejected = recordsRejected
        self.narrativesWithoutStage = narrativesWithoutStage
        self.generated = generated
    }
}
