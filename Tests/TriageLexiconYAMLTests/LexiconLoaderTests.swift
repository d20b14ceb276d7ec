import Testing
import TriageCore
@testable import TriageLexiconYAML
import TriageLexicons

/// Loads lexicons from an in-memory file set, so tests need no disk.
func loader(_ files: [String: String]) -> LexiconLoader {
    LexiconLoader { path in
        if let text = files[path] { return text }
        throw MissingFile()
    }
}

struct MissingFile: Error, CustomStringConvertible {
    var description: String { "no such file" }
}

struct LexiconLoaderTests {
    let context = """
        context: t
        version: 1
        default_scope: 5
        negation:
          forward: [no, {phrase: denies, scope: 8}, {phrase: "n", label_only: true}]
          backward: [none known]
        historical:
          forward: [previous]
        pseudo: [no change in]
        terminators: [but]
        """

    @Test func agesInAnIncludedFileHoldUnlessTheIncludingFileSetsItsOwn() throws {
        let shared = "experiencers:\n  adult_age: 16\n  school_age: 5\n  school_child: [pupil]\n"
        func lexicon(_ own: String) -> String {
            "lexicon: x\nversion: 1\ninclude: [shared.yaml]\n\(own)codes:\n  - {id: A, name: A, default_level: red, terms: [a b]}\n"
        }
        let included = try loader(["x.yaml": lexicon(""), "shared.yaml": shared]).load(path: "x.yaml")
        #expect(included.experiencers.schoolAge == 5)
        #expect(included.experiencers.adultAge == 16)
        #expect(included.experiencers.cues.map(\.experiencer) == [.schoolChild])
        let own = try loader(["x.yaml": lexicon("experiencers: {school_age: 6, adult_age: 18}\n"), "shared.yaml": shared])
            .load(path: "x.yaml")
        #expect(own.experiencers.schoolAge == 6)
        #expect(own.experiencers.adultAge == 18)
        // Each file is sound alone, but merged the included school age is not below the own adult age.
        #expect(throws: LexiconError.self) {
            try loader(["x.yaml": lexicon("experiencers: {adult_age: 5}\n"), "shared.yaml": shared]).load(path: "x.yaml")
        }
    }

    @Test func pluralsAreOffUnlessTheLexiconOrAFileItIncludesTurnsThemOn() throws {
        func lexicon(_ own: String) -> String {
            "lexicon: x\nversion: 1\ninclude: [shared.yaml]\n\(own)codes:\n  - {id: A, name: A, default_level: red, terms: [a b]}\n"
        }
        #expect(try loader(["x.yaml": lexicon(""), "shared.yaml": "ignore: [c]\n"]).load(path: "x.yaml").matchesPlurals == false)
        #expect(try loader(["x.yaml": lexicon("plurals: true\n"), "shared.yaml": "ignore: [c]\n"]).load(path: "x.yaml").matchesPlurals)
        #expect(try loader(["x.yaml": lexicon(""), "shared.yaml": "plurals: yes\n"]).load(path: "x.yaml").matchesPlurals)
        // The including file's own setting wins over an included one's.
        #expect(try loader(["x.yaml": lexicon("plurals: false\n"), "shared.yaml": "plurals: true\n"]).load(path: "x.yaml").matchesPlurals == false)
        do {
            _ = try loader(["x.yaml": lexicon("plurals: sometimes\n"), "shared.yaml": "ignore: [c]\n"]).load(path: "x.yaml")
            Issue.record("'plurals: sometimes' loaded")
        } catch {
            guard case .invalid(let diagnostics) = error else { Issue.record("\(error)"); return }
            let problem = diagnostics.first { $0.message.contains("'plurals:' must be true or false") }
            #expect(problem?.location?.file == "x.yaml" && problem?.location?.line == 4)
        }
    }

    @Test func loadsCodesTermsCuesAndIncludedContext() throws {
        let yaml = """
            lexicon: mini
            version: 2.1.0
            include: [context/t.yaml]
            codes:
              - id: FIN
                name: Money
                default_level: yellow
                terms: [rent arrears, "debt*", {regex: 'arrears of £\\d+'}]
                exclusions: [debt free]
                examples:
                  - text: "rent arrears of £900"
                    expect: {FIN: present}
            level_cues:
              orange: [marac]
            ignore: [good spirits]
            """
        let lexicon = try loader(["lex/mini.yaml": yaml, "lex/context/t.yaml": context]).load(path: "lex/mini.yaml")
        #expect(lexicon.name == "mini" && lexicon.version == "2.1.0")
        #expect(lexicon.codes.first?.terms.map(\.display) == ["rent arrears", "debt*", "/arrears of £\\d+/"])
        #expect(lexicon.codes.first?.examples.first?.expectations == ["FIN": .present])
        #expect(lexicon.levelCues.map(\.level) == [.orange])
        #expect(lexicon.context.triggers.count == 5)
        #expect(lexicon.context.triggers.first { $0.phrase.text == "denies" }?.scope == 8)
        #expect(lexicon.context.triggers.filter(\.labelOnly).map(\.phrase.text) == ["n"])
        let coder = NarrativeCoder(try CompiledLexicon(lexicon))
        #expect(coder.code("Mum denies any debt. Rent arrears: none known").issue("FIN")?.status == .negated)
        #expect(coder.code("Rent arrears: N").issue("FIN")?.status == .negated)
        #expect(coder.code("Rent arrears: N Smith says £400").issue("FIN")?.status == .present)
    }

    /// Values are read as words (no tag resolution): a term that YAML 1.1 would read as a
    /// boolean or a number stays a term, and a flag is a plain true or false.
    @Test func termsThatLookLikeBooleansOrNumbersStayTermsAndFlagsArePlain() throws {
        func lexicon(_ flag: String) -> String {
            "lexicon: x\nversion: 1\ncodes:\n  - {id: A, name: A, default_level: red, when_none_present: \(flag), terms: [no, 'yes', 2019, on]}\n"
        }
        let loaded = try loader(["x.yaml": lexicon("yes")]).load(path: "x.yaml")
        #expect(loaded.codes.first?.assignedWhenNonePresent == true)
        #expect(loaded.codes.first?.terms.map(\.display) == ["no", "yes", "2019", "on"])
        #expect(try loader(["x.yaml": lexicon("false")]).load(path: "x.yaml").codes.first?.assignedWhenNonePresent == false)
        let error = try #require(throws: LexiconError.self) {
            try loader(["x.yaml": lexicon("'true'")]).load(path: "x.yaml")
        }
        #expect(error.diagnostics.contains { $0.description.contains("'when_none_present:' of 'A' must be true or false") })
    }

    @Test func aTermMayYieldOnItsOwnAndATargetNotInTheLexiconIsAnError() throws {
        func lexicon(_ target: String) -> String {
            """
            lexicon: y
            version: 1
            codes:
              - id: REL-PAR
                name: Parenting
                default_level: yellow
                terms: [slams doors]
              - id: REL-CONF
                name: Conflict
                default_level: yellow
                terms: [{term: rows, yields_to: [\(target)]}, contact dispute]
            """
        }
        let loaded = try loader(["y.yaml": lexicon("REL-PAR")]).load(path: "y.yaml")
        #expect(loaded.codes[1].terms.map(\.yieldsTo) == [["REL-PAR"], []])
        let error = try #require(throws: LexiconError.self) {
            try loader(["y.yaml": lexicon("REL-XX")]).load(path: "y.yaml")
        }
        #expect(error.diagnostics.contains {
            $0.severity == .error && $0.description.hasPrefix("y.yaml:11:20: error: term 'rows' of code 'REL-CONF' yields to 'REL-XX'")
        })
    }

    @Test func reportsEveryErrorWithFileLineAndColumn() throws {
        let yaml = """
            lexicon: bad
            version: 1
            codes:
              - id: FIN
                name: Money
                default_level: purple
                terms: [rent arrears, "", {regex: '(oops'}]
              - id: FIN
                name: Again
                default_level: yellow
                terms: [rent arrears]
            """
        let error = try #require(throws: LexiconError.self) {
            try loader(["bad.yaml": yaml]).load(path: "bad.yaml")
        }
        let messages = error.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(messages.contains { $0.hasPrefix("bad.yaml:6:20: error: unknown level 'purple'") })
        #expect(messages.contains { $0.hasPrefix("bad.yaml:7:27: error: term '' of code 'FIN': it is empty") })
        #expect(messages.contains { $0.hasPrefix("bad.yaml:7:39: error: invalid regular expression /(oops/") })
        #expect(messages.contains { $0.hasPrefix("bad.yaml:8:9: error: duplicate code id 'FIN' (first defined at bad.yaml:4:9)") })
        #expect(messages.count == 4)
        #expect(error.description.contains("see the lexicon format in README.md"))
    }

    @Test func sameTermUnderTwoCodesNamesBothPlaces() throws {
        let yaml = """
            lexicon: dup
            version: 1
            codes:
              - {id: A, name: A, default_level: yellow, terms: [rent arrears]}
              - {id: B, name: B, default_level: yellow, terms: [Rent-Arrears]}
            """
        let error = try #require(throws: LexiconError.self) { try loader(["d.yaml": yaml]).load(path: "d.yaml") }
        #expect(error.description.contains("d.yaml:5:53: error: term 'Rent-Arrears' is under both 'A' (d.yaml:4:53) and 'B'"))
    }

    @Test func missingIncludeAndBadYAMLSayWhere() throws {
        let missing = try #require(throws: LexiconError.self) {
            try loader(["x.yaml": "lexicon: x\nversion: 1\ninclude: [nope.yaml]\ncodes:\n  - {id: A, name: A, default_level: red, terms: [a b]}\n"])
                .load(path: "x.yaml")
        }
        #expect(missing.description.contains("x.yaml:3:11: error: included file 'nope.yaml' cannot be read"))
        let broken = try #require(throws: LexiconError.self) {
            try loader(["y.yaml": "lexicon: y\ncodes:\n  - id: A\n   name: B\n"]).load(path: "y.yaml")
        }
        #expect(broken.description.hasPrefix("y.yaml:4:"))
        #expect(broken.description.contains("invalid YAML"))
    }

    @Test func plainTermListsGetTheDefaultContext() throws {
        let list = "code\tterm\tlevel\nFIN\trent arrears\tyellow\nFIN\tdebt*\nHOUS\teviction notice\torange\n"
        let files = ["terms.tsv": list, "context/english.yaml": ShippedLexicons.files["context/english.yaml"]!]
        let lexicon = try loader(files).load(path: "terms.tsv")
        #expect(lexicon.codes.map(\.code) == ["FIN", "HOUS"])
        #expect(lexicon.codes.map(\.defaultLevel) == [.yellow, .orange])
        let coded = NarrativeCoder(try CompiledLexicon(lexicon)).code("No debts. Eviction notice served")
        #expect(coded.issue("FIN")?.status == .negated)
        #expect(coded.issue("HOUS")?.status == .present)
    }

    @Test func termListsWithWindowsLineEndingsReadLineByLine() throws {
        let files = ["l.tsv": "FIN\trent arrears\r\nHOUS\teviction\r\n", "context/english.yaml": "context: c\n"]
        let lexicon = try loader(files).load(path: "l.tsv")
        #expect(lexicon.codes.map(\.code) == ["FIN", "HOUS"])
        #expect(lexicon.codes.map { $0.terms.map(\.display) } == [["rent arrears"], ["eviction"]])
    }

    @Test func csvTermListsReadQuotedCellsAsASpreadsheetWritesThem() throws {
        let list = "code,term,level\nEDU-NEET,\"not in education, employment or training\",yellow\n"
            + "FIN, \"the \"\"bedroom tax\"\"\" ,orange\nHOUS,eviction\n"
        let lexicon = try loader(["t.csv": list, "context/english.yaml": "context: c\n"]).load(path: "t.csv")
        #expect(lexicon.codes.map(\.code) == ["EDU-NEET", "FIN", "HOUS"])
        #expect(lexicon.codes.map { $0.terms.map(\.display) }
            == [["not in education, employment or training"], ["the \"bedroom tax\""], ["eviction"]])
        #expect(lexicon.codes.map(\.defaultLevel) == [.yellow, .orange, .yellow])
    }

    @Test func anUnclosedQuoteIsAnErrorAtItsColumn() throws {
        let error = try #require(throws: LexiconError.self) {
            try loader(["t.csv": "FIN,rent arrears\nFIN,\"debt, arrears\n", "context/english.yaml": "context: c\n"])
                .load(path: "t.csv")
        }
        #expect(error.description.contains("t.csv:2:5: error: a quoted cell is not closed"))
    }

    @Test func termListErrorsGiveTheLine() throws {
        let error = try #require(throws: LexiconError.self) {
            try loader(["t.tsv": "FIN\trent arrears\nFIN\nHOUS\teviction\tpurple\n", "context/english.yaml": "context: c\n"])
                .load(path: "t.tsv")
        }
        #expect(error.description.contains("t.tsv:2:1: error: expected 'code<TAB>term'"))
        #expect(error.description.contains("t.tsv:3: error: unknown level 'purple'"))
    }
}

/// Term lists are split into lines on their bytes; the lines must be the ones splitting on
/// Characters gives (where "\r\n" is one line break).
@Suite struct TermListLineTests {
    @Test(arguments: [
        "a\tb\nc\td\n", "a\r\nb\rc\nd", "x\u{0B}y\u{0C}z", "one\u{85}two\u{2028}three\u{2029}four", "", "\n\n",
        "café\tterm\r\n\r\nlast", "no break at all", "\u{2027}\u{2030}é\u{E2}",
    ])
    func linesMatchACharacterSplit(_ text: String) {
        let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        #expect(LexiconLoader.lines(of: text).map(String.init) == expected)
    }

    /// Lines without quotes take a plain byte split: the cells must be a Character split's.
    @Test(arguments: ["a\tb\tc", "\t\t", "", "café\tnaïve term\tgreen", "x\t", "emoji 👩‍👧\tterm"])
    func unquotedCellsMatchACharacterSplit(_ line: String) throws {
        let expected = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(try LexiconLoader.fields(of: Substring(line), separator: UInt8(ascii: "\t")).get() == expected)
    }

    @Test func quotedCellsKeepSeparatorsAndDoubledQuotes() throws {
        let cells = try LexiconLoader.fields(of: "\"a,b\",  \"say \"\"no\"\"\"  ,c", separator: UInt8(ascii: ",")).get()
        #expect(cells == ["a,b", "say \"no\"", "c"])
    }
}
