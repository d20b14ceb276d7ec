import Foundation
import Testing
import TriageCore
@testable import TriageIO

/// ``CodedRowFormatter`` writes byte for byte what ``CodedRowWriter`` writes.
struct CodedRowFormatterTests {
    static let lexicon = Lexicon(
        name: "rows", version: "1",
        codes: [
            CodeDefinition(code: "FIN", name: "Money", defaultLevel: .yellow,
                           terms: [.phrase("rent arrears"), .phrase("debt, loans"), .phrase("\"payday\" loan")]),
            CodeDefinition(code: "=HOUS", name: "Housing", defaultLevel: .orange, terms: [.phrase("eviction")]),
            CodeDefinition(code: "NONE", name: "No factors", defaultLevel: .green, terms: [], assignedWhenNonePresent: true),
        ],
        context: ContextRules(triggers: [ContextTrigger(LocatedPhrase("no"), kind: .negation, direction: .forward)]))

    @Test func formattedRowsEqualTheWriter() throws {
        let coder = NarrativeCoder(try CompiledLexicon(Self.lexicon))
        let records = [
            NarrativeRecord(narrativeID: "N1", text: "Rent arrears and eviction; debt, loans."),
            NarrativeRecord(narrativeID: "=2+3", triageID: "T,1", caseID: "C\"9\"", stage: .closure, date: "2024-05-01",
                            level: .red, text: "No eviction. \"Payday\" loan taken."),
            NarrativeRecord(narrativeID: "N3", text: "Nothing of note."),
            NarrativeRecord(narrativeID: "@x", triageID: "-y", text: "no rent arrears"),
        ]
        let folder = try TempFolder()
        let writerPath = folder.url.appendingPathComponent("writer.csv").path
        do {
            var writer = CodedRowWriter(try OutputSink(path: writerPath))
            for record in records { writer.write(record, coder.code(record.text, box: record.level)) }
        }
        let formatter = CodedRowFormatter(coder.compiled)
        let scratch = CodingScratch()
        var bytes = CodedRowFormatter.header
        for record in records {
            formatter.append(record, coder.codeCompact(record.text, box: record.level, scratch: scratch), to: &bytes)
        }
        let written = try Data(contentsOf: URL(fileURLWithPath: writerPath))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text == String(decoding: written, as: UTF8.self))
        #expect(text.contains("'=2+3,\"T,1\",\"C\"\"9\"\"\",closure,2024-05-01,red,'=HOUS,negated,eviction,3,11"))
        #expect(text.contains("N3,N3,,,,green,NONE,present,,,\n"))
    }
}
