import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round thirty-five: terms whose present matches the gold sets mostly did not code
    /// (`triage evaluate --by-term` over every set) were narrowed, moved or dropped.
    @Test(arguments: [
        ("The family are waiting to be rehoused.", "HOUS"),
        ("Kian (13) was brought home by police at 11pm after throwing stones at buses.", "CRIME"),
        ("Bella (9) said he pushed mum over.", "DA"),
    ])
    func roundThirtyFivePhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        ("Family rehoused in August to a three-bed council house.", "HOUS"),
        ("Kian (13) was brought home by police at 11pm after throwing stones at buses.", "SAFE-EXP"),
        ("Bella (9) said he pushed mum over.", "REL-PAR"),
        ("Tyrese has lived with his aunt since his mum went into rehab.", "SUB"),
        ("Kerry has a learning disability and found the PIP form impossible.", "EDU-SEND"),
        ("Toby (4) bangs his head when he is overwhelmed.", "MH-CHILD"),
    ])
    func roundThirtyFiveNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
