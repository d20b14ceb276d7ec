import Testing
@testable import TriageCore
import TriageLexiconYAML
import TriageLexicons

extension ShippedLexiconTests {
    /// Round twenty-three (an everyday mix, young carers and loss, children who hurt their
    /// family): phrasings the default lexicon now codes as present.
    @Test(arguments: [
        // Siblings' fights and a child's violence at home are parenting (convention 8).
        ("Mia and her younger brother Leo row constantly over the remote.", "REL-PAR"),
        ("The twins fight most evenings and Dad struggles to separate them.", "REL-PAR"),
        ("The children's squabbles are less frequent now.", "REL-PAR"),
        ("Logan (12) pushed his little sister off the trampoline.", "REL-PAR"),
        ("Kayden headbutted his mum when she turned off the wifi.", "REL-PAR"),
        ("Freddie bullies Alfie at home and takes his things.", "REL-PAR"),
        // A police call-out about a young person's behaviour is CRIME (convention 7).
        ("Police were called on Friday after Bradley (15) smashed the kitchen door.", "CRIME"),
        ("Tia kicked the wardrobe and punched a hole in the wall; police attended twice.", "CRIME"),
        ("Officers gave him words of advice.", "CRIME"),
        ("Rosie (13) is feeding and changing her baby brother most nights.", "CARER"),
        ("Jake (14) stays home whenever his mum has a seizure.", "CARER"),
        ("She helps get her mum up on bad days.", "CARER"),
        ("Her dad has motor neurone disease.", "PH"),
        ("Mum was diagnosed with MS last spring.", "PH"),
        ("Tom's sleep is upside down and he games until 4am.", "PH"),
        ("Grace is late once or twice a week.", "EDU-ATT"),
        ("A family of six living in a two-bed flat.", "HOUS"),
    ])
    func roundTwentyThreePhrasingsAreCoded(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status == .present, "\(coded.presentIssues.map(\.code))")
    }

    @Test(arguments: [
        // The parents' violence is domestic abuse, not a child's behaviour.
        ("Police were called after her dad attacked her mum.", "REL-PAR"),
        ("Her partner was jailed for assaulting her mum.", "REL-PAR"),
        // Siblings rowing are not the parents' conflict.
        ("Mia and her younger brother Leo row constantly over the remote.", "REL-CONF"),
        ("Damp works done in March and the bedroom is dry now.", "HOUS"),
    ])
    func roundTwentyThreeNotPresent(text: String, code: String) throws {
        let coder = try Self.defaultCoder.get()
        let coded = coder.code(text)
        #expect(coded.issue(Code(code))?.status != .present, "\(coded.presentIssues.map(\.code))")
    }
}
