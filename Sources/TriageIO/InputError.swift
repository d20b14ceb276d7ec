public import TriageCore

/// Why an input could not be read, with the place and what to do about it.
public enum InputError: Error, Sendable, Hashable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case unclosedQuote(SourceLocation)
    case invalidUTF8(SourceLocation, field: String)
    case nulByte(SourceLocation, field: String)
    case wrongFieldCount(SourceLocation, expected: Int, found: Int)
    case missingColumns(SourceLocation, missing: [String], found: [String])
    case unknownStage(SourceLocation, value: String)
    case unknownLevel(SourceLocation, value: String)
    case invalidDate(SourceLocation, value: String)
    case emptyNarrative(SourceLocation)
    case emptyID(SourceLocation)
    case fieldTooLong(SourceLocation, field: String, bytes: Int, limit: Int)
    case duplicateID(SourceLocation, id: String, first: SourceLocation?)
    case malformed(SourceLocation, reason: String)

    /// Where the problem is.
    public var location: SourceLocation? {
        switch self {
        case .cannotOpen: nil
        case .unclosedQuote(let l), .invalidUTF8(let l, _), .nulByte(let l, _), .wrongFieldCount(let l, _, _),
            .missingColumns(let l, _, _), .unknownStage(let l, _), .unknownLevel(let l, _), .invalidDate(let l, _),
            .emptyNarrative(let l), .emptyID(let l), .fieldTooLong(let l, _, _, _), .duplicateID(let l, _, _),
            .malformed(let l, _):
            l
        }
    }

    /// The message without the location prefix: what is wrong and what to do.
    public var reason: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open input '\(path)': \(reason); check the path and permissions"
        case .unclosedQuote:
            "a quoted field is never closed; close the quote, or double any quote inside the field (\"\")"
        case .invalidUTF8(_, let field):
            "field '\(field)' is not valid UTF-8; re-save the file as UTF-8"
        case .nulByte(_, let field):
            "field '\(field)' contains a NUL byte; remove it or re-export the file as text"
        case .wrongFieldCount(_, let expected, let found):
            "row has \(found) fields but the header has \(expected); quote fields that contain commas"
        case .missingColumns(_, let missing, let found):
            "missing required column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); the header has \(found.joined(separator: ", "))"
        case .unknownStage(_, let value):
            "unknown stage '\(value)'; use assessment or closure"
        case .unknownLevel(_, let value):
            "unknown level '\(value)'; use blue, green, yellow, orange, red, or leave it empty for free text"
        case .invalidDate(_, let value):
            "date '\(value)' is not a date in the form YYYY-MM-DD"
        case .emptyNarrative:
            "the narrative is empty; remove the row or fill in the narrative"
        case .emptyID:
            "narrative_id is empty; give every narrative an id"
        case .fieldTooLong(_, let field, let bytes, let limit):
            "field '\(field)' is \(bytes) bytes, over the limit of \(limit); split the narrative or check for a missing closing quote"
        case .duplicateID(_, let id, let first):
            "narrative_id '\(id)' was seen before\(first.map { " at \($0)" } ?? "") with different text; give each narrative its own id"
        case .malformed(_, let reason):
            reason
        }
    }

    public var description: String {
        "\(location.map { "\($0): " } ?? "")error: \(reason)"
    }
}
