import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round eleven: drugs an exploited child is found carrying are the exploitation
    /// (convention 12), not substance use; the child's own use beside it, in another
    /// sentence, still is.
    @Test func drugsFoundOnAnExploitedChildAreNotSubstanceUse() throws {
        let coder = try Self.defaultCoder.get()
        let carried = coder.code(
            "Police found Kaden (14) in a flat in another town with cannabis and £400 in his bag after he had been missing for two days.")
        #expect(carried.issue(Code("SAFE-EXP"))?.status == .present, "\(carried.presentIssues.map(\.code))")
        #expect(carried.issue(Code("SUB"))?.status != .present, "\(carried.presentIssues.map(\.code))")
        let own = coder.code(
            "Police found Kaden (14) in a flat in another town after he had been missing for two days. He smokes cannabis every day.")
        #expect(own.issue(Code("SUB"))?.status == .present, "\(own.presentIssues.map(\.code))")
    }

    /// Round eleven (illness, disability and loss; front-door screening; closure reviews):
    /// phrasings the default lexicon now codes as present, in newly written sentences.
    @Test(arguments: [
        ("Her little boy has been on the ward since Sunday with a chest infection.", "PH"),
        ("The OT has recommended a wet room for the ground floor.", "PH"),
        ("Since the fall Dad walks with a frame indoors.", "PH"),
        ("Luke (11) helps his dad in and out of the bath every evening.", "CARER"),
        ("Sana (13) interprets for her mum at every hospital appointment.", "CARER"),
        ("The mortgage is now three months behind and the bank has written.", "FIN"),
        ("They have fallen behind on the mortgage since his hours were cut.", "FIN"),
        ("Rosie (2) isn't walking on her own yet and the HV has referred her to physio.", "EYD"),
        ("Mum says she has given up trying to set any boundaries with Callum (14).", "REL-PAR"),
        ("After the last row his dad (Mark) told him to leave and he is staying with a friend.", "REL-PAR"),
        ("Dad says he doesn't know how to talk to her any more.", "REL-PAR"),
        ("Theo (4) has not been to nursery and starts Reception in September.", "EYD"),
        ("Ava (3) is not using her funded nursery place.", "EYD"),
        ("Jay (16) left school in July and has not started college.", "EDU-NEET"),
        ("Ruby (6) sleeps about four hours a night.", "PH"),
        ("They missed three mortgage payments over the winter.", "FIN"),
        ("The lift in their tower block has been broken since March.", "HOUS"),
        ("Holly (14) has been picked up after school by older men in cars.", "SAFE-EXP"),
        ("Toni relapsed in July and the plan continues.", "SUB"),
        ("Leon is still wet about one night a fortnight.", "PH"),
        ("Kaiden is dry 3-4 nights a week now.", "PH"),
        ("Zara (6) has wet herself in class twice this week.", "PH"),
        ("The MS nurse has set up a dosette box for Mum.", "PH"),
        ("Adult social care have started care calls for Karen.", "PH"),
        ("Finn (9) has missed days with stomach aches.", "PH"),
    ])
    func roundElevenPhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    /// Not a present need of the family: a grandparent who lives on her own nearby, a
    /// parent back at work.
    @Test(arguments: [
        ("Jo's mum lives round the corner and had a stroke last year, so Jo does her shopping.", "PH"),
        ("Grandad has moved into a nursing home and has dementia.", "PH"),
        ("Claire has gone back to work three days a week.", "FIN"),
        ("Her one-year review was fine and she is cruising round the furniture.", "EYD"),
        ("Leo had his two-year review last week and is meeting all his milestones.", "EYD"),
        ("Police hold a 2019 DV incident between Mum and a previous partner.", "DA"),
        ("Mum has MS and had a relapse in September, so uses a wheelchair indoors.", "SUB"),
    ])
    func roundElevenNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }

    /// Rows between a parent and a child over the child's phone or curfew are parenting
    /// (convention 8), not the parents' conflict: the longer match wins across codes.
    @Test func rowsAboutAChildsPhoneAreParenting() throws {
        let coder = try Self.defaultCoder.get()
        for text in [
            "Josh (15) smashed the TV during arguments about his phone.",
            "Gemma and Kayden argue every night about bedtime.",
            "Marcus and Kofi argue most evenings about Kofi's lack of direction.",
        ] {
            let coded = coder.code(text)
            #expect(coded.issue(Code("REL-PAR"))?.status == .present, "\(text): \(coded.presentIssues.map(\.code))")
            #expect(coded.issue(Code("REL-CONF"))?.status != .present, "\(text): \(coded.presentIssues.map(\.code))")
        }
        // Parents arguing about money on the phone are the parents' conflict.
        let parents = coder.code("Mum and Dad argue about money over the phone.")
        #expect(parents.issue(Code("REL-PAR"))?.status != .present, "\(parents.presentIssues.map(\.code))")
    }

    /// A child's tools for worries are the child's, whoever else the sentence names.
    @Test func aWorryJarIsAChilds() throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code("Owen still gets upset whenever Mum is poorly and uses the worry jar we made.")
        #expect(coded.issue(Code("MH-CHILD"))?.status == .present, "\(coded.presentIssues.map(\.code))")
        #expect(coded.issue(Code("MH-ADULT"))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }

    /// Antidepressants and a mother and baby unit are an adult's; a teenager's sertraline from
    /// CAMHS stays the teenager's; a school's mental health support team and Childline are a child's.
    @Test func adultsMedicinesAreAnAdults() throws {
        let coder = try Self.defaultCoder.get()
        let adult = coder.code("Kai (6) is settled at school. The GP put her on antidepressants last week.")
        #expect(adult.issue(Code("MH-ADULT"))?.status == .present, "\(adult.presentIssues.map(\.code))")
        #expect(adult.issue(Code("MH-CHILD"))?.status != .present, "\(adult.presentIssues.map(\.code))")
        for text in ["Mum says school have referred him to the Mental Health Support Team.", "Mum found out she has rung Childline twice."] {
            let child = coder.code(text)
            #expect(child.issue(Code("MH-CHILD"))?.status == .present, "\(text): \(child.presentIssues.map(\.code))")
            #expect(child.issue(Code("MH-ADULT"))?.status != .present, "\(text): \(child.presentIssues.map(\.code))")
        }
        let teen = coder.code("Theo (16) is still very low and CAMHS are increasing his sertraline.")
        #expect(teen.issue(Code("MH-CHILD"))?.status == .present, "\(teen.presentIssues.map(\.code))")
        #expect(teen.issue(Code("MH-ADULT"))?.status != .present, "\(teen.presentIssues.map(\.code))")
    }

    /// Work is an adult's: the low mood of a man made redundant is an adult's need.
    @Test func workMarksAnAdult() throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code("Gareth was made redundant in October and has been very low in mood since.")
        #expect(coded.issue(Code("MH-ADULT"))?.status == .present, "\(coded.presentIssues.map(\.code))")
        #expect(coded.issue(Code("MH-CHILD"))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
