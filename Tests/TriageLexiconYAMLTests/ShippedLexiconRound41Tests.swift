import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round forty-one (terse handover notes, closure reviews, families new to the UK,
    /// separated parents): shorthand such as "perm ex" and "FTS"; daytime wetting is EYD
    /// for an under-five and PH at school age; a hotel room or a "told to leave the property"
    /// is housing; contact argued over by text or taken to court is parental conflict; a
    /// partner who keeps the bank cards or is arrested for a breach is DA, not CRIME.
    @Test(arguments: [
        ("Kai - perm ex from Eastcliff Academy Feb, now at the PRU.", "EDU-EXC", MentionStatus.present),
        ("Jordan (13) FTS x1 Oct for fighting.", "EDU-EXC", .present),
        ("Aso (11) can't sit still in class and runs out of lessons.", "EDU-EXC", .present),
        ("Sophie (4) wetting during the day at nursery again.", "EYD", .present),
        ("Noah (6) - wetting in the day 3x/wk, GP aware.", "PH", .present),
        ("Logan (7) waking 4x a night since the move.", "PH", .present),
        ("Oliver (7) only sleeping 4-5 hrs a night.", "PH", .present),
        ("Vihaan (5) is up 3-4 times a night.", "PH", .present),
        ("Mum - bruised ribs, seen by GP.", "PH", .present),
        ("Grace's weight down from 50th to 9th centile.", "PH", .present),
        ("Wing-sze hasn't slept properly in weeks.", "PH", .present),
        ("Ethan (7) squinting at the board, teacher concerned.", "PH", .present),
        ("Inaya (1) is having catch up jabs at the GP.", "PH", .present),
        ("Jess (13) still does mums shopping + prescriptions.", "CARER", .present),
        ("Jess (13) - reminds mum re meds, does washing + tea most nights.", "CARER", .present),
        ("Kian (17) has missed college taking his dad to appointments.", "CARER", .present),
        ("Denisa (15) off school - mum needs her at home to look after the baby.", "CARER", .present),
        ("Leanne says Gary still using, foil found in the bathroom.", "SUB", .present),
        ("School say Shannon smells of alcohol at pick up most days.", "SUB", .present),
        ("Bailey (4) in the same grubby clothes every visit.", "SAFE-NEG", .present),
        ("Jess (14) being messaged on Snapchat by a man asking for pics.", "SAFE-EXP", .present),
        ("Emilija (13) says girls in her form laugh at her accent.", "SAFE-EXP", .present),
        ("Lisa signed off work 4 wks w/ stress.", "MH-ADULT", .present),
        ("Landlord served s8 for the arrears.", "HOUS", .present),
        ("Family in 2 adjoining rooms at the Canal View Hotel.", "HOUS", .present),
        ("The housing provider has told them to leave the property.", "HOUS", .present),
        ("Hoi-lam (14) still late 1-2x a week.", "EDU-ATT", .present),
        ("Heval (17) wants to work but isn't at college.", "EDU-NEET", .present),
        ("Zainab has no money for the bus fare to the hospital.", "FIN", .present),
        ("Applied for UC, nothing paid yet and no bank account.", "FIN", .present),
        ("Old landlord still owed £310, paying £20 a week.", "FIN", .present),
        ("Donna has stopped contact and she and Wayne argue by text.", "REL-CONF", .present),
        ("Leanne and Craig can't agree arrangements for the holidays.", "REL-CONF", .present),
        ("Paternal grandparents have applied to court for contact.", "REL-CONF", .present),
        ("Karen is doing the Parenting Teens course.", "REL-PAR", .present),
        ("Charlie (8) hitting Lisa when she tells him off.", "REL-PAR", .present),
        ("Ryan keeps all the bank cards and gives her £20 a week.", "DA", .present),
        ("He keeps texting her and was arrested for breach of the non-mol.", "DA", .present),
        ("Rob arrested and bailed with conditions not to attend the address.", "DA", .present),
        ("Archie (9) and Rosie (6) were there when dad Lewis shouted and threatened mum.", "DA", .present),
        ("Riley (6) wetting the bed since the 5 days at his dad's, anxious and clingy.", "MH-CHILD", .present),
    ] as [(String, String, MentionStatus)])
    func roundFortyOneStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        ("Renata asking for food bank vouchers.", "SAFE-NEG"),
        ("Contact is now unsupervised daytime at paternal nan's.", "SAFE-NEG"),
        ("ASC care package for Joanne's MS started in Oct.", "EDU-SEND"),
        ("Julie back on sertraline; s8 withdrawn once the landlord agreed a plan.", "MH-CHILD"),
        ("Craig was arrested for breach of the non-mol order.", "CRIME"),
        ("Alfie (3) is still using single words.", "SUB"),
        ("Mum is still using the food bank every fortnight.", "SUB"),
        ("Kyle (4) is wetting during the day at nursery.", "PH"),
    ])
    func roundFortyOneNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
