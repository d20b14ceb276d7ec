import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round ten (police notifications and step-downs; school DSL notes): phrasings the
    /// default lexicon now codes as present, in newly written sentences.
    @Test(arguments: [
        ("Spring 2: 84.5% with most of the absence on Mondays.", "EDU-ATT"),
        ("Since the move he has been at the PRU on afternoons only.", "EDU-ATT"),
        ("Mum received a £120 attendance fine in November.", "EDU-ATT"),
        ("Her brother Dylan (18) isn't working or studying and stays in bed until noon.", "EDU-NEET"),
        ("Nan's care package was cut back after her review.", "PH"),
        ("Dad is waiting for a knee operation and cannot lift Poppy.", "PH"),
        ("The landlord has left them with no working boiler since October.", "HOUS"),
        ("They still owe about £900 to the council for tax.", "FIN"),
        ("Caitlin (11) sorts her mum's tablets every morning before school.", "CARER"),
        ("Dad is nine weeks dry and sees his key worker weekly.", "SUB"),
        ("Dad goes to an AA meeting on Fridays.", "SUB"),
        ("Mum has a non-mol in place against her ex-partner.", "DA"),
        ("Lily (3) has not taken up her funded nursery hours.", "EYD"),
    ])
    func roundTenPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    /// Not a present need: attendance written up as fine, a parent found sober by police,
    /// a timetable the school would only look at if things got worse.
    @Test(arguments: [
        ("Attendance fine, settled in class.", "EDU-ATT"),
        ("Officers found Mum sober and the children asleep upstairs.", "SUB"),
        ("We'd look at a reduced timetable if her health got worse.", "EDU-ATT"),
    ])
    func roundTenNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
