import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round forty-five (single fathers, online harms, Gypsy, Roma and Traveller families and
    /// boaters, bereavement and a parent's terminal illness): a child who gets a sibling up,
    /// does the little ones' baths, does a named parent's insulin or interprets for the
    /// parents is a carer; cancers written "ca", Alzheimer's, falling asleep in lessons and
    /// having to be carried upstairs are PH; a section 61 direction and being moved on again
    /// and again are housing; rows over a teenager's curfew are parenting, not parental
    /// conflict; an AUDIT score of 8 or more is SUB.
    @Test(arguments: [
        ("Jayden (10) gets Ruby up and gives her breakfast most days.", "CARER", MentionStatus.present),
        ("Freya (15) has been doing the kids' baths and tea since Mum went into hospital.", "CARER", .present),
        ("Sam (12) does Karen's insulin when she is too poorly.", "CARER", .present),
        ("Leila (14) interprets for her parents at the housing office.", "CARER", .present),
        ("Paul (44) has lung ca and is on palliative chemo.", "PH", .present),
        ("Gran has Alzheimer's and needs watching.", "PH", .present),
        ("Ryan (13) keeps falling asleep in lessons.", "PH", .present),
        ("Ethan has to be carried upstairs to bed.", "PH", .present),
        ("Police served a section 61 direction on the family.", "HOUS", .present),
        ("The family have been moved on three times this month.", "HOUS", .present),
        ("Dad has cut down on the drink since the summer.", "SUB", .present),
        ("Dad has an AUDIT score of 19.", "SUB", .present),
        ("The twins have missed most of this half term.", "EDU-ATT", .present),
        ("Kyle (15) has refused to go in for 4 days.", "EDU-ATT", .present),
        ("Leo (8) has bitten staff twice this week.", "EDU-EXC", .present),
        ("They missed the March rent payment.", "FIN", .present),
        ("The GP signed her off for two weeks with anxiety.", "MH-ADULT", .present),
        ("Mum says she is on edge all the time.", "MH-ADULT", .present),
        ("Tom (3) isn't in nursery.", "EYD", .present),
        ("Kai (9) and Mia (7) are left on their own until 10pm.", "SAFE-NEG", .present),
        ("Ellis (16) hasn't enrolled on his course.", "EDU-NEET", .present),
        ("Tia and her mum row constantly about her curfew.", "REL-PAR", .present),
        ("Police believe he is running drugs for older males.", "SAFE-EXP", .present),
    ] as [(String, String, MentionStatus)])
    func roundFortyFiveStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        // A parent who cannot get a child up is no carer; rows over a curfew are not the
        // parents' conflict; a relative's supported accommodation is not the family's housing.
        ("Mum cannot get Tia up in the mornings.", "CARER"),
        ("Tia and her mum row constantly about her curfew.", "REL-CONF"),
        ("Mum's sister is in supported accommodation in Leeds.", "HOUS"),
        ("Dad has an AUDIT score of 3.", "SUB"),
    ])
    func roundFortyFiveNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
