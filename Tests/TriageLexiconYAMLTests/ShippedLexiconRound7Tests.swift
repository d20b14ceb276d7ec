import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round seven: money, health, housing, care, early years and child-to-parent phrasings
    /// that the default lexicon now codes as present, in newly written sentences; the last two
    /// pin a subject carried from a parent's report sentence to "her"/"him" in the next.
    @Test(arguments: [
        // Money that runs out, borrowing from family, paying off what was owed.
        ("Dad's wages run out before payday and he has to borrow from his brother.", "FIN"),
        ("Their money runs out by the second week of the month.", "FIN"),
        ("Mum is paying £15 a week off a catalogue debt she owed.", "FIN"),
        // A need for immunisations, an injury or crutches.
        ("Kian (3) has had no immunisations.", "PH"),
        ("Noah (9) is on crutches after breaking his ankle at football.", "PH"),
        ("Ayla (6) has a knee injury and can't do PE.", "PH"),
        // Sofa or floor at a relative's, told to leave by a date.
        ("Mum and the two girls are sleeping on her cousin's sofa and have been told to leave by Friday.", "HOUS"),
        ("Police think Tyrese (15) is running drugs for a group from Manchester.", "SAFE-EXP"),
        ("Lily (11) helps her dad wash and get dressed every morning.", "CARER"),
        ("Mum is struggling to get the boys up for school in the mornings.", "REL-PAR"),
        // Convention 9: speech, weaning, nursery take-up and toileting of an under-5.
        ("Isaac (3) goes to a speech group at nursery once a week.", "EYD"),
        ("Baby Mila (11 months) is still only on purees and gags on lumps in her food.", "EYD"),
        ("Harper (3) only comes to two of her five nursery sessions.", "EYD"),
        ("Brandon (17) has not looked for work or training since leaving school.", "EDU-NEET"),
        ("Ellie's uniform has not been washed for weeks.", "SAFE-NEG"),
        // Convention 8: a parent afraid of a child, things thrown, hitting and kicking at home.
        ("Mum says Kai (15) pushes her around and she is frightened of her own son.", "REL-PAR"),
        ("Jordan (15) threw a plate at his mum when she turned the Wi-Fi off.", "REL-PAR"),
        ("Alfie (8) hits out when Mum takes his tablet away.", "REL-PAR"),
        ("Leo (6) kicks the doors when he is told no.", "REL-PAR"),
        // Criminal damage and a police warning.
        ("Tommy (12) damaged the play area on the park with his mates.", "CRIME"),
        ("Kieran (14) was given a police warning for spraying the bus shelter.", "CRIME"),
        // Abuse in a child's or a victim's own words.
        ("Ruby (5) told her teacher, \"Daddy pushed Mummy and she cried.\"", "DA"),
        ("Mum says, \"He only hits me when he's been drinking.\"", "DA"),
        // A carried subject is the child the parent's report named, not someone else.
        ("Mum says Amira (9) is chatty at home. The SENCO has put her on SEN support.", "EDU-SEND"),
        ("Dad says Tobias (8) reads well at home. School have put him on SEN support.", "EDU-SEND"),
    ])
    func roundSevenPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    /// Convention 8 and who does it: a child hitting a parent is REL-PAR, a dad or partner
    /// hitting Mum is DA; a teacher picking on a pupil is no bullying (SAFE-EXP); convention 9:
    /// an under-5 wetting at nursery is EYD, not PH.
    @Test(arguments: [
        ("Kyle (12) punched his mum in the face when she turned his Xbox off.", "REL-PAR", "DA"),
        ("Dad kicked Mum in the stomach on Saturday night.", "DA", "REL-PAR"),
        ("Her partner punched Mum during a row about money.", "DA", "REL-PAR"),
        ("Mum's boyfriend punched her during an argument.", "DA", "REL-PAR"),
        ("Mum says the teachers pick on him and he is refusing to go to school.", "EDU-ATT", "SAFE-EXP"),
        ("Ollie (4) keeps wetting himself at nursery.", "EYD", "PH"),
    ])
    func roundSevenRightCodeOfTwo(text: String, code: String, not other: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
        #expect(coded.issue(Code(other))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }

    /// The status a mention takes: "nobody in the family" negates; an end date, "was in an",
    /// "did six months" and "no contact with him since" make it historical (convention 3);
    /// a condition's consequent is hypothetical; "say no", "has not improved" and "stopped
    /// paying" leave a need present.
    @Test(arguments: [
        ("Nobody in the family has any health problems.", "PH", MentionStatus.negated),
        ("Mum was with an abusive ex until 2021.", "DA", .historical),
        ("Mum was in an abusive relationship with Callum's father.", "DA", .historical),
        ("Mum was assaulted by her ex-partner in 2019 and there has been no contact with him since.", "DA",
         .historical),
        ("DV from Aiden's father when he was a baby, no contact with him since.", "DA", .historical),
        ("Dad says, \"I did six months for burglary years back, I've kept my head down since.\"", "CRIME",
         .historical),
        ("Mum said, \"If they cut my hours again, I'll go to Citizens Advice.\"", "FIN", .hypothetical),
        ("Mum says, \"When I say no he kicks the doors.\"", "REL-PAR", .present),
        ("Mum's low mood has not improved despite the tablets.", "MH-ADULT", .present),
        ("Dad's back pain has not improved.", "PH", .present),
        ("Her ex stopped paying child support in the summer.", "FIN", .present),
    ])
    func roundSevenStatuses(text: String, code: String, expected: MentionStatus?) throws {
        let coder = try Self.defaultCoder.get()
        #expect(coder.code(text).issue(Code(code))?.status == expected)
    }

    /// Not a present need: a routine review "as normal" is no early-years concern, and the
    /// children's or the girls' other parent is someone outside the child, so that parent's
    /// mental health is never the child's (MH-CHILD).
    @Test(arguments: [
        ("The health visitor will see Noah at his two-year review as normal.", "EYD"),
        ("The children's dad has depression.", "MH-CHILD"),
        ("The girls' mum is on medication for anxiety.", "MH-CHILD"),
    ])
    func roundSevenNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }

    /// Convention 2: help from the family's own network (a gran, a nan, parents agreeing
    /// between them) sets free text blue when there is no higher cue; a higher cue still wins.
    @Test(arguments: [
        ("Bedtimes are a battle for Mum; his gran is going to have him two nights a week.", Level.blue),
        ("Lacey (6) has 82% attendance; her nan will now take her in each morning.", .blue),
        ("Mum is behind on the gas bill; her nan is lending her £50 until payday.", .blue),
        ("Mum and Dad are arguing about contact; they have agreed between them to swap the children at Gran's on Sundays.",
         .blue),
        ("Bedtimes are a battle for Mum; his gran is going to have him two nights a week. Mum is booked on a parenting course.",
         .yellow),
    ])
    func roundSevenLevelCues(text: String, level: Level) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(!coded.presentIssues.isEmpty)
        #expect(coded.presentIssues.allSatisfy { $0.level == level }, "\(coded.presentIssues.map { "\($0.code) \($0.level)" })")
    }
}
