import TriageCore
import Yams

/// Turns one YAML file's nodes into lexicon parts, collecting diagnostics with the
/// line and column of each node.
struct YAMLLexiconReader {
    let path: String
    var name: String?
    var version: String?
    var description: String?
    var includes: [(String, SourceLocation)] = []
    var codes: [CodeDefinition] = []
    var cues: [LevelCue] = []
    var ignore: [LocatedPhrase] = []
    var experiencers = ExperiencerRules()
    /// Whether this file set `adult_age:` (the rules' default is 18 either way).
    var setsAdultAge = false
    var context: ContextRules?
    /// `plurals:` as this file set it.
    var plurals: Bool?
    var diagnostics: [LexiconDiagnostic] = []

    init(path: String) {
        self.path = path
    }

    func location(_ node: Node?) -> SourceLocation {
        SourceLocation(file: path, line: node?.mark?.line ?? 0, column: node?.mark?.column ?? 0)
    }

    mutating func error(_ message: String, _ node: Node?) {
        diagnostics.append(LexiconDiagnostic(.error, message, at: location(node)))
    }

    mutating func warning(_ message: String, _ node: Node?) {
        diagnostics.append(LexiconDiagnostic(.warning, message, at: location(node)))
    }

    mutating func readLexicon(text: String) {
        let root: Node
        do {
            // The basic resolver tags every plain scalar as a string: the default one matches
            // each against regular expressions for booleans, numbers and dates (a fifth of
            // reading the context rules, measured with callgrind), and a lexicon's values are
            // words; its few numbers and flags are read from their text (``flag(_:)``).
            guard let node = try Yams.compose(yaml: text, .basic) else {
                error("the file is empty; a lexicon needs at least 'lexicon:' and 'codes:'", nil)
                return
            }
            root = node
        } catch let yamlError as YamlError {
            diagnostics.append(Self.diagnostic(for: yamlError, path: path))
            return
        } catch {
            self.error("cannot parse YAML: \(error)", nil)
            return
        }
        guard let mapping = root.mapping else {
            error("the top level must be a mapping with keys such as 'lexicon:', 'version:' and 'codes:'", root)
            return
        }
        let isContextFile = mapping["context"] != nil
        for (key, value) in mapping {
            let keyName = key.string ?? ""
            switch keyName {
            case "lexicon": name = scalar(value, key: "lexicon")
            case "version": version = scalar(value, key: "version")
            case "description": description = scalar(value, key: "description")
            case "include":
                for item in list(value, key: "include") {
                    if let file = scalar(item, key: "include") { includes.append((file, location(item))) }
                }
            case "codes":
                for item in list(value, key: "codes") { readCode(item) }
            case "level_cues": readCues(value)
            case "ignore":
                ignore += phrases(value, key: "ignore")
            case "experiencers": readExperiencers(value)
            case "plurals":
                if let flag = Self.flag(value) { plurals = flag } else { error("'plurals:' must be true or false", value) }
            case "context", "default_scope", "label_words", "negation", "historical", "hypothetical", "pseudo",
                "terminators", "forward_terminators":
                continue
            default:
                warning("unknown key '\(keyName)' is ignored; expected lexicon, version, description, include, plurals, codes, level_cues, ignore, experiencers\(isContextFile ? ", or context-file keys" : "")", key)
            }
        }
        if isContextFile { context = readContext(mapping) }
    }

    // MARK: Codes

    mutating func readCode(_ node: Node) {
        guard let mapping = node.mapping else {
            error("each code must be a mapping with 'id:', 'name:', 'default_level:' and 'terms:'", node)
            return
        }
        guard let idNode = mapping["id"], let id = scalar(idNode, key: "id") else {
            error("code without 'id:'; give it an id such as FIN", node)
            return
        }
        var definition = CodeDefinition(
            code: Code(id), name: mapping["name"]?.string ?? id, description: mapping["description"]?.string ?? "",
            defaultLevel: .yellow, terms: [], location: location(idNode))
        if let levelNode = mapping["default_level"] {
            definition.defaultLevel = level(levelNode) ?? .yellow
        } else {
            warning("code '\(id)' has no 'default_level:'; using yellow", idNode)
        }
        for (key, value) in mapping {
            switch key.string ?? "" {
            case "id", "name", "description", "default_level": continue
            case "terms":
                for item in list(value, key: "terms") {
                    if let term = readTerm(item, code: id) { definition.terms.append(term) }
                }
            case "exclusions": definition.exclusions = phrases(value, key: "exclusions")
            case "yields_to": definition.yieldsTo = phrases(value, key: "yields_to").map { Code($0.text) }
            case "yield_scope":
                if let scope = YieldScope(rawValue: value.string ?? "") {
                    definition.yieldScope = scope
                } else {
                    error("'yield_scope:' of '\(id)' must be sentence or narrative", value)
                }
            case "routes": definition.routes = readRoutes(value, code: id)
            case "default_experiencer":
                if let who = Experiencer(rawValue: value.string ?? "") {
                    definition.defaultExperiencer = who
                } else {
                    error("'default_experiencer:' of '\(id)' must be one of \(Self.experiencerNames)", value)
                }
            case "when_none_present":
                if let flag = Self.flag(value) {
                    definition.assignedWhenNonePresent = flag
                } else {
                    error("'when_none_present:' of '\(id)' must be true or false", value)
                }
            case "examples":
                for item in list(value, key: "examples") {
                    if let example = readExample(item, code: id) { definition.examples.append(example) }
                }
            default:
                warning("unknown key '\(key.string ?? "")' in code '\(id)' is ignored; expected id, name, description, default_level, terms, exclusions, yields_to, yield_scope, routes, default_experiencer, when_none_present, examples", key)
            }
        }
        codes.append(definition)
    }

    mutating func readTerm(_ node: Node, code: String) -> Term? {
        if let text = node.scalar?.string {
            return Term(.phrase(text), location: location(node))
        }
        if let mapping = node.mapping {
            // `{term: learning disabilit*, routes: {parent: none}}`: the term's own routes;
            // `{term: rows, yields_to: [REL-PAR]}`: codes its mentions give way to.
            let routes = mapping["routes"].map { readRoutes($0, code: code) }
            let yieldsTo = mapping["yields_to"].map { phrases($0, key: "yields_to").map { Code($0.text) } } ?? []
            for (key, _) in mapping where !["regex", "term", "routes", "yields_to"].contains(key.string ?? "") {
                warning("unknown key '\(key.string ?? "")' in a term of '\(code)' is ignored; expected term or regex, routes and yields_to", key)
            }
            if let regex = mapping["regex"]?.string {
                return Term(.regex(regex), routes: routes, yieldsTo: yieldsTo, location: location(mapping["regex"]))
            }
            if let text = mapping["term"]?.string {
                return Term(.phrase(text), routes: routes, yieldsTo: yieldsTo, location: location(mapping["term"]))
            }
        }
        error("a term of '\(code)' must be a phrase, or a mapping with 'regex:' or 'term:' (and optionally 'routes:' and 'yields_to:')", node)
        return nil
    }

    mutating func readExample(_ node: Node, code: String) -> LexiconExample? {
        guard let mapping = node.mapping, let textNode = mapping["text"], let text = textNode.string else {
            error("an example of '\(code)' needs 'text:' and 'expect:' (e.g. expect: {\(code): present})", node)
            return nil
        }
        var expectations: [Code: LexiconExample.Expectation] = [:]
        if let expect = mapping["expect"]?.mapping {
            for (key, value) in expect {
                guard let codeName = key.string, let raw = value.string else { continue }
                if let expectation = LexiconExample.Expectation(rawValue: raw) {
                    expectations[Code(codeName)] = expectation
                } else {
                    error("unknown expectation '\(raw)' for \(codeName); use one of \(LexiconExample.Expectation.allCases.map(\.rawValue).joined(separator: ", "))", value)
                }
            }
        } else {
            error("example without 'expect:'; say what it must produce, e.g. expect: {\(code): present}", node)
        }
        var boxLevel: Level?
        if let levelNode = mapping["level"] { boxLevel = level(levelNode) }
        return LexiconExample(text: text, level: boxLevel, expectations: expectations, location: location(textNode))
    }

    mutating func readCues(_ node: Node) {
        guard let mapping = node.mapping else {
            error("'level_cues:' must map levels to phrase lists, e.g. red: [child protection plan]", node)
            return
        }
        for (key, value) in mapping {
            guard let level = level(key) else { continue }
            for phrase in phrases(value, key: "level_cues.\(level.rawValue)") { cues.append(LevelCue(phrase, level: level)) }
        }
    }

    // MARK: Experiencers

    /// The experiencers a lexicon may name, for messages.
    static let experiencerNames = Experiencer.allCases.map(\.rawValue).joined(separator: ", ")

    /// `experiencers: {adult_age: 18, school_age: 5, child: [...], school_child: [...],
    /// parent: [...], other: [...], outside: [...]}`
    mutating func readExperiencers(_ node: Node) {
        guard let mapping = node.mapping else {
            error("'experiencers:' must map \(Self.experiencerNames) to phrase lists (and may set adult_age, school_age)", node)
            return
        }
        for (key, value) in mapping {
            let name = key.string ?? ""
            if name == "adult_age" {
                if let age = value.int {
                    experiencers.adultAge = age
                    setsAdultAge = true
                } else { error("'adult_age:' must be a whole number", value) }
            } else if name == "school_age" {
                if let age = value.int, age > 0 { experiencers.schoolAge = age } else { error("'school_age:' must be a whole number above 0", value) }
            } else if let who = Experiencer(rawValue: name) {
                experiencers.cues += phrases(value, key: "experiencers.\(name)").map { ExperiencerCue($0, experiencer: who) }
            } else {
                error("unknown experiencer '\(name)'; use \(Self.experiencerNames) (or adult_age, school_age)", key)
            }
        }
        if let school = experiencers.schoolAge, school >= experiencers.adultAge {
            error("'school_age:' (\(school)) must be below 'adult_age:' (\(experiencers.adultAge))", node)
        }
    }

    /// `routes: {child: MH-CHILD, parent: none}`
    mutating func readRoutes(_ node: Node, code: String) -> [Experiencer: Code?] {
        guard let mapping = node.mapping else {
            error("'routes:' of '\(code)' must map \(Self.experiencerNames) to a code (or none)", node)
            return [:]
        }
        var routes: [Experiencer: Code?] = [:]
        for (key, value) in mapping {
            guard let who = Experiencer(rawValue: key.string ?? "") else {
                error("unknown experiencer '\(key.string ?? "")' in routes of '\(code)'; use \(Self.experiencerNames)", key)
                continue
            }
            let target = value.string ?? ""
            routes[who] = (target.isEmpty || target.lowercased() == "none") ? Code?.none : Code(target)
        }
        return routes
    }

    // MARK: Context rules

    mutating func readContext(_ mapping: Node.Mapping) -> ContextRules {
        var rules = ContextRules(name: mapping["context"]?.string ?? "context", version: mapping["version"]?.string ?? "0")
        if let node = mapping["default_scope"] {
            if let scope = node.int { rules.defaultScope = scope } else { error("'default_scope:' must be a whole number of words", node) }
        }
        if let node = mapping["label_words"] {
            if let words = node.int { rules.labelWords = words } else { error("'label_words:' must be a whole number", node) }
        }
        for kind in TriggerKind.allCases {
            guard let node = mapping[kind.rawValue] else { continue }
            guard let directions = node.mapping else {
                error("'\(kind.rawValue):' must have 'forward:', 'backward:' or 'both:' lists", node)
                continue
            }
            for (key, value) in directions {
                guard let direction = TriggerDirection(rawValue: key.string ?? "") else {
                    error("unknown direction '\(key.string ?? "")'; use forward, backward or both", key)
                    continue
                }
                for item in list(value, key: "\(kind.rawValue).\(direction.rawValue)") {
                    if let phrase = item.scalar?.string {
                        rules.triggers.append(ContextTrigger(LocatedPhrase(phrase, location: location(item)), kind: kind, direction: direction))
                    } else if let entry = item.mapping, let phraseNode = entry["phrase"], let phrase = phraseNode.string {
                        var scope: Int?
                        if let scopeNode = entry["scope"] {
                            scope = scopeNode.int
                            if scope == nil { error("'scope:' must be a whole number of words", scopeNode) }
                        }
                        var labelOnly = false
                        if let flagNode = entry["label_only"] {
                            if let flag = Self.flag(flagNode) { labelOnly = flag } else { error("'label_only:' must be true or false", flagNode) }
                        }
                        rules.triggers.append(ContextTrigger(
                            LocatedPhrase(phrase, location: location(phraseNode)), kind: kind, direction: direction, scope: scope,
                            labelOnly: labelOnly))
                    } else {
                        error("a trigger must be a phrase or a mapping {phrase: ..., scope: N, label_only: true}", item)
                    }
                }
            }
        }
        if let node = mapping["pseudo"] { rules.pseudoTriggers = phrases(node, key: "pseudo") }
        if let node = mapping["terminators"] { rules.terminators = phrases(node, key: "terminators") }
        if let node = mapping["forward_terminators"] { rules.forwardTerminators = phrases(node, key: "forward_terminators") }
        return rules
    }

    // MARK: Helpers

    mutating func scalar(_ node: Node, key: String) -> String? {
        if let text = node.scalar?.string { return text }
        error("'\(key):' must be a single value", node)
        return nil
    }

    /// A plain `true` or `false` (or YAML 1.1's `yes`, `no`, `on`, `off`); nil for anything else.
    static func flag(_ node: Node) -> Bool? {
        guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any else { return nil }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    mutating func list(_ node: Node, key: String) -> [Node] {
        if let sequence = node.sequence { return Array(sequence) }
        if node.scalar?.string == "" || node.null != nil { return [] }
        error("'\(key):' must be a list (lines starting with '- ')", node)
        return []
    }

    mutating func phrases(_ node: Node, key: String) -> [LocatedPhrase] {
        list(node, key: key).compactMap { item in
            if let text = item.scalar?.string { return LocatedPhrase(text, location: location(item)) }
            error("each entry of '\(key):' must be a phrase", item)
            return nil
        }
    }

    mutating func level(_ node: Node) -> Level? {
        let raw = (node.string ?? "").lowercased()
        if let level = Level(rawValue: raw) { return level }
        error("unknown level '\(node.string ?? "")'; use one of blue, green, yellow, orange, red", node)
        return nil
    }

    static func diagnostic(for error: YamlError, path: String) -> LexiconDiagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return LexiconDiagnostic(.error, "invalid YAML: \(detail); check indentation and quote terms that contain ': ' or start with a special character",
                at: SourceLocation(file: path, line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return LexiconDiagnostic(.error, "duplicate keys \(duplicates.joined(separator: ", ")); each key may appear once per mapping",
                at: SourceLocation(file: path, line: context.mark.line, column: context.mark.column))
        default:
            return LexiconDiagnostic(.error, "invalid YAML: \(error)", at: SourceLocation(file: path))
        }
    }
}
