import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round forty-four (a family hub's mix, physical health, kinship carers, parents in
    /// prison): a sofa bed to sleep on is housing; angina, paraplegia, an amputation, missed
    /// doses and a back "done in" are PH; child benefit still paid to the birth parent and a
    /// mortgage months behind are FIN; a missed development review is EYD; a child who
    /// changes dad's dressings or stays home to look after the others is a carer; FTE is a
    /// fixed-term exclusion.
    @Test(arguments: [
        ("Mason (15) sleeps on a sofa bed in the living room.", "HOUS", MentionStatus.present),
        ("Arif has angina, GP review next month.", "PH", .present),
        ("Lee is paraplegic after a crash.", "PH", .present),
        ("Steve had a below-knee amputation in Dec.", "PH", .present),
        ("Reece has missed meds doses at his dad's.", "PH", .present),
        ("Debbie has done her back in lifting Isla.", "PH", .present),
        ("Harri (9) takes 2 hrs to get off to sleep most nights.", "PH", .present),
        ("Oliver (6) sleeping 3-4 hrs a night.", "PH", .present),
        ("Ollie (6) wakes up screaming most nights.", "PH", .present),
        ("Child Benefit for both kids is still being paid to mum.", "FIN", .present),
        ("Mortgage 2 months behind since his sick pay stopped.", "FIN", .present),
        ("Waiting on UC and PIP.", "FIN", .present),
        ("Kai (2) has missed his 2-2.5 yr review.", "EYD", .present),
        ("His 2 yr review has been missed twice.", "EYD", .present),
        ("Alfie (3) not at any nursery.", "EYD", .present),
        ("Harley (11) helps change dad's dressings.", "CARER", .present),
        ("Morgan (16) left sixth form to stay home and look after her brothers.", "CARER", .present),
        ("Tyler (9) got a 2 day FTE for hitting a boy.", "EDU-EXC", .present),
        ("Mollie (14) has missed first lesson a lot this term.", "EDU-ATT", .present),
        ("Kai (13) is in the house with no adult overnight.", "SAFE-NEG", .present),
        ("Evie (14) is crying most mornings.", "MH-CHILD", .present),
    ] as [(String, String, MentionStatus)])
    func roundFortyFourStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        ("Oliver (6) is sleeping 8 hrs now.", "PH"),
    ])
    func roundFortyFourNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
