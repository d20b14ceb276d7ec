public import TriageCore
import Foundation

/// The JSON form of a ``CoverageReport``: `triage coverage --format json`.
///
/// Keys (documented in README.md, "Lexicon QA"): `lexicon`, `narratives` (`total`,
/// `coded`, `share`, `by_level`, `by_stage`, `uncoded`), `token_coverage`, `tokens`,
/// `codes.<CODE>`, `terms[]`, `dead_terms[]`, `always_set_aside[]`, `leftovers[]`.
/// Narrative text appears only with `showText`.
public enum CoverageJSON {
    static func ratio(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    static func statusFields(_ counts: CoverageReport.StatusCounts) -> [String: Any] {
        ["present": counts.present, "negated": counts.negated, "historical": counts.historical, "hypothetical": counts.hypothetical]
    }

    static func term(_ term: CoverageReport.TermStats) -> [String: Any] {
        var entry = statusFields(term.byStatus)
        entry["term"] = term.term
        entry["code"] = term.code.rawValue
        entry["hits"] = term.hits
        entry["narratives"] = term.narratives
        entry["location"] = term.location?.description ?? NSNull()
        if term.isAlwaysSetAside { entry["top_trigger"] = term.topTrigger ?? NSNull() }
        return entry
    }

    static func share(_ share: CoverageReport.NarrativeShare) -> [String: Any] {
        ["group": share.group, "total": share.total, "coded": share.coded, "share": ratio(share.share)]
    }

    static func leftover(_ leftover: CoverageReport.Leftover) -> [String: Any] {
        [
            "phrase": leftover.phrase, "words": leftover.words, "occurrences": leftover.occurrences,
            "narratives": leftover.narratives,
            "examples": leftover.examples.map { example -> [String: Any] in
                ["id": example.narrativeID, "left": example.window.left, "match": example.window.match,
                 "right": example.window.right, "context": example.window.line]
            },
        ]
    }

    public static func render(_ report: CoverageReport, showText: Bool = false) -> String {
        var codes: [String: Any] = [:]
        for code in report.codes {
            var entry = statusFields(code.byStatus)
            entry["name"] = code.name
            entry["hits"] = code.hits
            entry["narratives_present"] = code.presentNarratives
            entry["narratives_found"] = code.foundNarratives
            codes[code.code.rawValue] = entry
        }
        let uncoded: [[String: Any]] = report.uncoded.map { narrative in
            showText ? ["id": narrative.id, "text": narrative.text] : ["id": narrative.id]
        }
        let object: [String: Any] = [
            "lexicon": ["name": report.lexiconName, "version": report.lexiconVersion],
            "narratives": [
                "total": report.overall.total, "coded": report.overall.coded, "share": ratio(report.overall.share),
                "by_level": report.byLevel.map(share), "by_stage": report.byStage.map(share), "uncoded": uncoded,
            ] as [String: Any],
            "token_coverage": ratio(report.tokenCoverage),
            "tokens": ["words": report.wordTokens, "covered": report.coveredWordTokens],
            "codes": codes,
            "terms": report.terms.map(term),
            "dead_terms": report.deadTerms.map { ["term": $0.term, "code": $0.code.rawValue, "location": $0.location?.description ?? NSNull()] as [String: Any] },
            "always_set_aside": report.alwaysSetAside.map(term),
            "leftovers": (report.leftoverWords + report.leftoverPhrases).map(leftover),
        ]
        return JSONText.render(object)
    }
}
