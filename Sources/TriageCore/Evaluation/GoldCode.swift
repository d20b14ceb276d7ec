/// One row of a gold standard: a narrative's present code and its level.
public struct GoldCode: Sendable, Hashable {
    public var narrativeID: String
    public var code: Code
    public var level: Level?

    public init(narrativeID: String, code: Code, level: Level?) {
        self.narrativeID = narrativeID
        self.code = code
        self.level = level
    }
}
