import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round forty (large households named member by member, bullet-point boxes, parents'
    /// drinking and drug use, risk outside the home): relapse medicines and cans a night are
    /// SUB; a child who only takes milk or has only a few words is EYD; a child kept off
    /// school to mind the baby is a carer; a curfew agreed or stayed out past is parenting;
    /// "ex-army" is no ex-partner, and a child "stuck in the middle" is a child; a past year
    /// just after a mention ("a youth caution in 2023") makes it historical.
    @Test(arguments: [
        ("Mum takes acamprosate and goes to her recovery group weekly.", "SUB", MentionStatus.present),
        ("Dad has four cans a night after work.", "SUB", .present),
        ("There is not always food in the house by Friday.", "SAFE-NEG", .present),
        ("Maisie (6) often comes in wearing yesterday's uniform.", "SAFE-NEG", .present),
        ("Ollie (2) still has only two or three words.", "EYD", .present),
        ("Rosie (3) hasn't been brought to her nursery sessions since Christmas.", "EYD", .present),
        ("The baby (7 months) hasn't started on solids yet.", "EYD", .present),
        ("Rufaro (1) is still only taking milk and refuses anything lumpy.", "EYD", .present),
        ("Arjun (11) is doing his own carb counting at lunch.", "PH", .present),
        ("Mum's blood pressure is running high and the GP changed her tablets.", "PH", .present),
        ("Ollie (14 months): imms not up to date.", "PH", .present),
        ("Turnaround wk 10 of 12, Reece turning up.", "CRIME", .present),
        ("Harvey (15) still meets his Channel mentor every week.", "SAFE-EXP", .present),
        ("Chloe (14) slams out whenever she is told no.", "REL-PAR", .present),
        ("Dad and Jo are sticking to the consequences chart with Reece.", "REL-PAR", .present),
        ("Tyler (13) picks on his brother and takes his things.", "REL-PAR", .present),
        ("Zara (15) has stopped talking to her parents.", "REL-PAR", .present),
        ("Tayla (14) keeps staying out past the time she and Nan agreed.", "REL-PAR", .present),
        ("Mum finds it hard to get Mia (9), Charlie (5) and Alfie (3) up and out in the mornings.", "REL-PAR", .present),
        ("Mia (10) says she is scared he will hurt her mum when he drinks.", "DA", .present),
        ("Michelle is on UC and behind on water and energy.", "FIN", .present),
        ("Mum's hours at the call centre were cut in March.", "FIN", .present),
        ("Nyasha (12) has been kept off school on appointment days to look after the baby.", "CARER", .present),
        ("Young carers assessment completed for Tyla (12), who sets out her dad's tablets.", "CARER", .present),
        ("Sami (17) dropped out of his A-levels in June.", "EDU-NEET", .present),
        ("Kacey (16) hasn't enrolled on anything since leaving school.", "EDU-NEET", .present),
        ("Lee is ex-army with PTSD and struggles to sleep.", "MH-ADULT", .present),
        ("Ellie (13) says she feels stuck in the middle and her mood is very low.", "MH-CHILD", .present),
        ("Tia Yr11 att 54%, panicky at the school gate.", "MH-CHILD", .present),
        ("Kai (14) had a youth caution in 2023.", "CRIME", .historical),
        ("Dad was homeless in 2021.", "HOUS", .historical),
    ] as [(String, String, MentionStatus)])
    func roundFortyStatuses(text: String, code: String, status: MentionStatus) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == status, "\(coded.issues.map { "\($0.code) \($0.status)" })")
    }

    @Test(arguments: [
        ("Police have no intelligence linking him to any group or to exploitation.", "SAFE-EXP"),
        ("There was domestic abuse from Evie's dad but that ended in 2021.", "DA"),
        ("A managed move would only be looked at if the timetable does not work.", "EDU-EXC"),
        ("She knows to go to the housing options team if the landlord changes his mind.", "HOUS"),
        ("Dad does the school run on his days off.", "EDU-ATT"),
        ("His sixth form place was withdrawn in January.", "MH-CHILD"),
        ("The 2-year review showed Oscar is on track in all areas.", "EYD"),
        ("Lily-Mae is sticking to the wind-down routine and is asleep by 8.30.", "REL-PAR"),
    ])
    func roundFortyNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
