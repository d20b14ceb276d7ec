public import TriageCore

/// The report as JSON, keys in a fixed order:
///
/// ```json
/// {"stages":{"assessment":{"triages":132},"closure":{"triages":81}},
///  "levels":[{"level":"blue","meaning":"self-help","assessment":{"count":74,"percent":56.06},
///             "closure":{"count":53,"percent":65.43},"difference":"17% increase in self-help",
///             "change_percent":16.71}, …],
///  "codes":[…], "matrix":{…}, "pairs":{…}, "breakdown":{…}|null, "provenance":{…}}
/// ```
///
/// A suppressed count is the string "<N"; a withheld or undefined percentage, change or
/// p-value is null.
public enum ReportJSONRenderer {
    /// The whole report as pretty-printed JSON.
    public static func render(_ report: ProgressReport) -> String {
        var members: [(String, ReportJSONValue)] = [
            ("stages", stages(report.table.totals)),
            ("levels", .array(report.table.levels.map(level))),
            ("codes", .array(report.table.codes.map { code in
                .object([("code", .string(code.code.rawValue)), ("name", code.name.map(ReportJSONValue.string) ?? .null)]
                    + figures(code.assessment, code.closure, code.difference, sentence: code.difference.summary))
            })),
            ("matrix", matrix(report.table)),
            ("pairs", pairs(report.pairs)),
        ]
        if let breakdown = report.breakdown {
            members.append(("breakdown", .object([
                ("by", .string(breakdown.dimension.description)),
                ("groups", .array(breakdown.groups.map { group in
                    .object([
                        ("value", .string(group.value)), ("stages", stages(group.totals)),
                        ("levels", .array(group.levels.map(level))),
                    ])
                })),
            ])))
        } else {
            members.append(("breakdown", .null))
        }
        members.append(("provenance", provenance(report)))
        return ReportJSONValue.object(members).rendered()
    }

    static func count(_ count: Count) -> ReportJSONValue {
        switch count {
        case .value(let n): .int(n)
        case .suppressed: .string(count.description)
        }
    }

    static func decimal(_ value: Double?) -> ReportJSONValue {
        value.map { .number(ReportWording.decimal($0)) } ?? .null
    }

    static func stages(_ totals: StageTotals) -> ReportJSONValue {
        .object([
            ("assessment", .object([("triages", count(totals.assessment))])),
            ("closure", .object([("triages", count(totals.closure))])),
        ])
    }

    static func figure(_ figure: StageFigure) -> ReportJSONValue {
        .object([("count", count(figure.count)), ("percent", decimal(figure.share.exact))])
    }

    static func figures(_ assessment: StageFigure, _ closure: StageFigure, _ difference: Difference, sentence: String)
        -> [(String, ReportJSONValue)]
    {
        [
            ("assessment", figure(assessment)), ("closure", figure(closure)), ("difference", .string(sentence)),
            ("change_percent", decimal(difference.exactPercent)),
        ]
    }

    static func level(_ row: LevelRow) -> ReportJSONValue {
        .object([("level", .string(row.level.rawValue)), ("meaning", .string(row.level.meaning))]
            + figures(row.assessment, row.closure, row.difference, sentence: row.sentence))
    }

    static func matrix(_ table: DifferenceTable) -> ReportJSONValue {
        .object(Stage.allCases.map { stage in
            (stage.rawValue, .object(table.matrix.codes.map { code in
                (code.rawValue, .object(Level.allCases.map { ($0.rawValue, count(table.matrix.count(stage, code, $0))) }))
            }))
        })
    }

    static func change(_ change: PairedChange) -> [(String, ReportJSONValue)] {
        let p: ReportJSONValue = if case .value(let value) = change.pValue { .number("\(value)") } else { .null }
        return [
            ("at_assessment", count(change.atAssessment)), ("resolved", count(change.resolved)),
            ("persisted", count(change.persisted)), ("appeared", count(change.appeared)), ("p_value", p),
        ]
    }

    static func pairs(_ pairs: PairedProgress) -> ReportJSONValue {
        .object([
            ("families", count(pairs.pairs)),
            ("movement", .array(pairs.movement.map { row in
                .object([
                    ("from", row.from.map { .string($0.rawValue) } ?? .null), ("families", count(row.families)),
                    ("moved_down", count(row.movedDown)), ("stayed", count(row.stayed)), ("moved_up", count(row.movedUp)),
                ])
            })),
            ("levels", .array(pairs.levels.map { .object([("level", .string($0.level.rawValue))] + change($0.change)) })),
            ("codes", .array(pairs.codes.map { row in
                .object([("code", .string(row.code.rawValue)), ("name", row.name.map(ReportJSONValue.string) ?? .null)]
                    + change(row.change))
            })),
        ])
    }

    static func provenance(_ report: ProgressReport) -> ReportJSONValue {
        let p = report.provenance
        let filter = report.options.filter
        return .object([
            ("lexicon", .object([
                ("name", .string(p.lexiconName)), ("version", .string(p.lexiconVersion)),
                ("hash", p.lexiconHash.map(ReportJSONValue.string) ?? .null),
            ])),
            ("inputs", .array(p.inputs.map(ReportJSONValue.string))),
            ("run", p.runID.map(ReportJSONValue.string) ?? .null),
            ("narratives", .object([
                ("read", .int(p.narrativesRead)), ("rejected", .int(p.recordsRejected)),
                ("without_stage", .int(p.narrativesWithoutStage)),
            ])),
            ("dates", report.dateRange.map { .object([("first", .string($0.lowerBound)), ("last", .string($0.upperBound))]) } ?? .null),
            ("filters", .object([
                ("from", filter.from.map(ReportJSONValue.string) ?? .null),
                ("to", filter.to.map(ReportJSONValue.string) ?? .null),
                ("where", .array(filter.conditions.map { .object([("key", .string($0.key)), ("value", .string($0.value))]) })),
            ])),
            ("suppression", report.options.suppression.threshold.map(ReportJSONValue.int) ?? .null),
            ("generated", p.generated.map(ReportJSONValue.string) ?? .null),
        ])
    }
}
