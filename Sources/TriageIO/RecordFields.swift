public import TriageCore

/// Turns field values into a ``NarrativeRecord``, checking each one the same way for
/// every input format.
public enum RecordFields {
    /// Validates and builds a record from `values` laid out as `columns` says.
    public static func record(
        from values: [String], columns: [String: Int], dimensionColumns: [Int], header: [String],
        location: SourceLocation
    ) -> Result<NarrativeRecord, InputError> {
        func value(_ name: String) -> String {
            columns[name].map { values[$0].trimmingCharacters() } ?? ""
        }
        return check(
            narrativeID: value("narrative_id"), triageID: value("triage_id"), caseID: value("case_id"),
            stage: value("stage"), date: value("date"), level: value("level"),
            text: columns["narrative"].map { values[$0] } ?? "",
            dimensions: dimensionColumns.map { (name: header[$0], value: values[$0].trimmingCharacters()) },
            location: location)
    }

    /// Checks already-trimmed values (the text is kept as it is) and builds the record.
    ///
    /// In order: an empty id, an empty (or white-space) narrative, an unknown stage, an
    /// unknown level, an unparseable date. Stage and level are case-insensitive; a date may
    /// be `YYYY-MM-DD` or `DD/MM/YYYY` (stored as ISO).
    static func check(
        narrativeID: String, triageID: String, caseID: String, stage stageText: String, date dateText: String,
        level levelText: String, text: String, dimensions: [(name: String, value: String)], location: SourceLocation
    ) -> Result<NarrativeRecord, InputError> {
        if narrativeID.isEmpty { return .failure(.emptyID(location)) }
        if isBlank(text) { return .failure(.emptyNarrative(location)) }
        var stage: Stage?
        if !stageText.isEmpty {
            guard let parsed = Stage(rawValue: stageText) ?? Stage(rawValue: stageText.lowercased()) else {
                return .failure(.unknownStage(location, value: stageText))
            }
            stage = parsed
        }
        var level: Level?
        if !levelText.isEmpty {
            guard let parsed = Level(rawValue: levelText) ?? Level(rawValue: levelText.lowercased()) else {
                return .failure(.unknownLevel(location, value: levelText))
            }
            level = parsed
        }
        var date = dateText
        if !date.isEmpty {
            guard let iso = ISODate.normalise(date) else { return .failure(.invalidDate(location, value: date)) }
            date = iso
        }
        return .success(NarrativeRecord(
            narrativeID: narrativeID, triageID: triageID, caseID: caseID, stage: stage, date: date,
            level: level, text: text, dimensions: dimensions, location: location))
    }

    /// True when `text` is empty or only white space.
    static func isBlank(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte >= 0x80 { return text.trimmingCharacters().isEmpty }
            if !RecordText.isSpace(byte) { return false }
        }
        return true
    }
}

/// Dates as the inputs write them.
public enum ISODate {
    /// `YYYY-MM-DD` as it is, or `DD/MM/YYYY` (also `D/M/YYYY`) rewritten as ISO; nil when
    /// neither, or when the day does not exist (years 1900–2100).
    public static func normalise(_ text: String) -> String? {
        if let iso = isoFastPath(text) { return iso ? text : nil }
        var values = (0, 0, 0)
        var widths = (0, 0, 0)
        var part = 0
        var separator: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                let digit = Int(byte - 0x30)
                switch part {
                case 0: values.0 = values.0 * 10 + digit; widths.0 += 1
                case 1: values.1 = values.1 * 10 + digit; widths.1 += 1
                default: values.2 = values.2 * 10 + digit; widths.2 += 1
                }
                if widths.0 > 4 || widths.1 > 4 || widths.2 > 4 { return nil }
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") {
                if separator == 0 { separator = byte } else if separator != byte { return nil }
                part += 1
                if part > 2 { return nil }
            } else {
                return nil
            }
        }
        guard part == 2, widths.0 > 0, widths.1 > 0, widths.2 > 0 else { return nil }
        let year: Int, month: Int, day: Int
        let iso = separator == UInt8(ascii: "-")
        if iso {
            guard widths.0 == 4, widths.1 == 2, widths.2 == 2 else { return nil }
            (year, month, day) = values
        } else {
            guard widths.2 == 4, widths.0 <= 2, widths.1 <= 2 else { return nil }
            (year, month, day) = (values.2, values.1, values.0)
        }
        guard isDay(year: year, month: month, day: day) else { return nil }
        if iso { return text }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// For text shaped `dddd-dd-dd`: whether it is a real date. Nil for any other shape.
    @inline(__always)
    private static func isoFastPath(_ text: String) -> Bool? {
        var copy = text
        return copy.withUTF8 { bytes -> Bool? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            var value = 0
            for index in 0..<10 where index != 4 && index != 7 {
                let digit = Int(bytes[index]) - 0x30
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            let (year, month, day) = (value / 10_000, value / 100 % 100, value % 100)
            return isDay(year: year, month: month, day: day)
        }
    }

    private static func isDay(year: Int, month: Int, day: Int) -> Bool {
        guard (1900...2100).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        switch month {
        case 2: return day <= (leap ? 29 : 28)
        case 4, 6, 9, 11: return day <= 30
        default: return day <= 31
        }
    }
}
