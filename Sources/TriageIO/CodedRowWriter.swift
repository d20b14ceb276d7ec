public import TriageCore

/// Writes coded narratives as CSV: one row per code found, in any status.
public struct CodedRowWriter {
    public static let header = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "code", "status", "term", "start", "end"]
    private var csv: CSVWriter

    /// Starts the output with the header row.
    public init(_ sink: OutputSink, writeHeader: Bool = true) {
        csv = CSVWriter(sink)
        if writeHeader { csv.write(Self.header) }
    }

    /// One row per issue of `coded`, with its primary evidence.
    public mutating func write(_ record: NarrativeRecord, _ coded: CodedNarrative) {
        for issue in coded.issues {
            let mention = issue.primaryMention
            csv.write([
                record.narrativeID, record.triageID, record.caseID, record.stage?.rawValue ?? "", record.date,
                issue.level.rawValue, issue.code.rawValue, issue.status.rawValue, mention?.term ?? "",
                mention.map { "\($0.start)" } ?? "", mention.map { "\($0.end)" } ?? "",
            ], numeric: [9, 10])
        }
    }
}
