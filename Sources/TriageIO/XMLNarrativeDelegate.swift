import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TriageCore

/// Turns the parser's events into narratives and rejections, on the parser thread.
final class XMLNarrativeDelegate: NSObject, XMLParserDelegate {
    private let path: String
    private let maxFieldBytes: Int
    private let handoff: XMLHandoff
    private var batch: [XMLHandoff.Item] = []
    private static let batchSize = 128

    private struct Triage {
        var attributes: [String: String]
        var line: Int
        var narratives = 0
        var freeText = 0
    }

    private struct Narrative {
        var attributes: [String: String]
        var line: Int
        var text = ""
        var bytes = 0
        var markup: String?
    }

    private var depth = 0
    private var skipUntilDepth: Int?
    private var rootSeen = false
    private var rootClosed = false
    private var failed = false
    private var stopped = false
    private var triage: Triage?
    private var narrative: Narrative?
    private var strayTextReported = false

    init(path: String, maxFieldBytes: Int, handoff: XMLHandoff) {
        self.path = path
        self.maxFieldBytes = maxFieldBytes
        self.handoff = handoff
    }

    // MARK: Results

    private func location(_ parser: XMLParser, line: Int? = nil) -> SourceLocation {
        SourceLocation(file: path, line: line ?? parser.lineNumber)
    }

    private func emit(_ item: XMLHandoff.Item, _ parser: XMLParser?) {
        batch.append(item)
        if batch.count >= Self.batchSize { flush(parser) }
    }

    private func flush(_ parser: XMLParser?) {
        guard !batch.isEmpty, !stopped else { return }
        if !handoff.put(batch) {
            stopped = true
            parser?.abortParsing()
        }
        batch.removeAll(keepingCapacity: true)
    }

    private func reject(_ error: InputError, _ record: String, _ parser: XMLParser) {
        emit(.result(.rejected(error, record: record)), parser)
    }

    /// Sends what is left, and a closing error if the document ended without one.
    func finish(stream: XMLFeedStream) {
        if let (line, column) = stream.doctype {
            // The stream stopped at a DOCTYPE, in the prolog: whatever the parser said of the
            // cut-off document is beside the point.
            batch.removeAll { if case .result(.record) = $0 { false } else { true } }
            batch.append(.fatal(.doctypeNotAllowed(SourceLocation(file: path, line: line, column: column))))
        } else if !failed && !stopped {
            let end = SourceLocation(file: path, line: 1, column: 1)
            if let error = stream.readError {
                batch.append(.fatal(.readFailed(path: path, reason: error)))
            } else if !rootSeen {
                batch.append(.fatal(.malformed(end, reason:
                    "the input has no <triages> element (it is empty); see docs/input-formats.md for the XML layout")))
            } else if !rootClosed {
                batch.append(.result(.rejected(
                    .malformed(SourceLocation(file: path), reason: "the document ends before </triages>; the file may be cut short"),
                    record: "")))
            }
        }
        stopped = false
        flush(nil)
    }

    // MARK: Parser events

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        depth += 1
        strayTextReported = false
        if skipUntilDepth != nil || failed { return }
        switch depth {
        case 1:
            rootSeen = true
            if elementName != "triages" {
                failed = true
                batch.append(.fatal(.malformed(
                    SourceLocation(file: path, line: parser.lineNumber, column: parser.columnNumber),
                    reason: "the root element is <\(elementName)> but must be <triages>; see docs/input-formats.md")))
                parser.abortParsing()
            }
        case 2:
            if elementName == "triage" {
                triage = Triage(attributes: attributeDict, line: parser.lineNumber)
            } else {
                skipUntilDepth = depth
                reject(.malformed(location(parser), reason:
                    "unexpected element <\(elementName)> inside <triages>; only <triage> elements belong there"),
                       XMLFragment.element(elementName, attributeDict), parser)
            }
        case 3:
            if elementName == "narrative" {
                narrative = Narrative(attributes: attributeDict, line: parser.lineNumber)
                triage?.narratives += 1
            } else {
                skipUntilDepth = depth
                reject(.malformed(location(parser), reason:
                    "unexpected element <\(elementName)> inside <triage>; only <narrative> elements belong there"),
                       XMLFragment.element(elementName, attributeDict), parser)
            }
        default:
            if narrative != nil && narrative?.markup == nil { narrative?.markup = elementName }
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        defer {
            depth -= 1
            strayTextReported = false
        }
        if failed { return }
        if let skip = skipUntilDepth {
            if depth == skip { skipUntilDepth = nil }
            return
        }
        switch depth {
        case 1:
            rootClosed = true
        case 2:
            if let triage, triage.narratives == 0 {
                reject(.noNarratives(location(parser, line: triage.line)), XMLFragment.element("triage", triage.attributes), parser)
            }
            triage = nil
        case 3:
            if let narrative { finishNarrative(narrative, parser) }
            narrative = nil
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        addText(string, parser)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        addText(String(decoding: CDATABlock, as: UTF8.self), parser)
    }

    private func addText(_ string: String, _ parser: XMLParser) {
        if skipUntilDepth != nil || failed { return }
        if narrative != nil {
            let count = string.utf8.count
            narrative?.bytes += count
            if let bytes = narrative?.bytes, bytes <= maxFieldBytes { narrative?.text += string }
            return
        }
        if !strayTextReported && !RecordFields.isBlank(string) {
            strayTextReported = true
            reject(.malformed(location(parser), reason:
                "text outside a <narrative> element; put narrative text inside <narrative>…</narrative>"),
                   String(string.prefix(200)), parser)
        }
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard !failed else { return }
        failed = true
        let code = (parseError as NSError).code
        let at = SourceLocation(file: path, line: parser.lineNumber, column: parser.columnNumber)
        let reason = "the XML is not well-formed: \(Self.describe(code)); the narratives before this point were read, "
            + "nothing after it — fix the document here and read it again"
        if rootSeen {
            var record = ""
            if let narrative, let triage {
                record = XMLFragment.narrative(triage.attributes, narrative.attributes, narrative.text)
            }
            batch.append(.result(.rejected(.malformed(at, reason: reason), record: record)))
        } else {
            batch.append(.fatal(.malformed(at, reason: reason)))
        }
        parser.abortParsing()
    }

    // MARK: Narratives

    private func finishNarrative(_ narrative: Narrative, _ parser: XMLParser) {
        let at = location(parser, line: narrative.line)
        let triageAttributes = triage?.attributes ?? [:]
        let fragment = { XMLFragment.narrative(triageAttributes, narrative.attributes, narrative.text) }
        if let markup = narrative.markup {
            reject(.malformed(at, reason:
                "the narrative contains an element <\(markup)>; write a '<' in text as &lt; or wrap the text in <![CDATA[ … ]]>"),
                   fragment(), parser)
            return
        }
        if narrative.bytes > maxFieldBytes {
            reject(.fieldTooLong(at, field: "narrative", bytes: narrative.bytes, limit: maxFieldBytes), fragment(), parser)
            return
        }
        for (name, value) in triageAttributes.merging(narrative.attributes, uniquingKeysWith: { $1 })
        where value.utf8.count > maxFieldBytes {
            reject(.fieldTooLong(at, field: name, bytes: value.utf8.count, limit: maxFieldBytes), fragment(), parser)
            return
        }
        guard let rawTriageID = triageAttributes["id"] else {
            reject(.missingField(at, field: "id (of <triage>)"), fragment(), parser)
            return
        }
        let triageID = rawTriageID.trimmingCharacters()
        if triageID.isEmpty {
            reject(.emptyField(at, field: "id (of <triage>)"), fragment(), parser)
            return
        }
        let level = (narrative.attributes["level"] ?? "").trimmingCharacters()
        var id = (narrative.attributes["id"] ?? "").trimmingCharacters()
        if narrative.attributes["id"] == nil {
            if level.isEmpty {
                triage?.freeText += 1
                let n = triage?.freeText ?? 1
                id = n == 1 ? "\(triageID)-text" : "\(triageID)-text-\(n)"
            } else {
                id = "\(triageID)-\(level.lowercased())"
            }
        }
        var dimensions: [String: String] = [:]
        for (name, value) in triageAttributes where !["id", "case", "stage", "date"].contains(name) {
            dimensions[name] = value.trimmingCharacters()
        }
        for (name, value) in narrative.attributes where name != "id" && name != "level" {
            dimensions[name] = value.trimmingCharacters()
        }
        let result = RecordFields.check(
            narrativeID: id, triageID: triageID, caseID: (triageAttributes["case"] ?? "").trimmingCharacters(),
            stage: (triageAttributes["stage"] ?? "").trimmingCharacters(),
            date: (triageAttributes["date"] ?? "").trimmingCharacters(), level: level,
            text: narrative.text.trimmingCharacters(),
            dimensions: dimensions.keys.sorted().map { (name: $0, value: dimensions[$0] ?? "") }, location: at)
        switch result {
        case .failure(let error):
            reject(error, fragment(), parser)
        case .success(let record):
            emit(.result(.record(record)), parser)
        }
    }

    /// What a libxml2 error code means, in words.
    static func describe(_ code: Int) -> String {
        switch code {
        case 4: "the document is empty or does not start with an element"
        case 5: "the document ends too early, or has content after its closing root tag"
        case 9: "a character that XML does not allow (invalid UTF-8, a NUL byte or a control character)"
        case 23: "an entity reference is missing its ';'"
        case 26: "an undefined entity (only &lt; &gt; &amp; &quot; &apos; and numeric references are allowed)"
        case 38: "a '<' inside an attribute value (write it as &lt;)"
        case 39, 40, 41: "a malformed attribute (values must be quoted, as name=\"value\")"
        case 42: "an attribute given twice on one element"
        case 68: "a name was expected (an element name after '<', or '&' not followed by an entity name)"
        case 73: "a '>' was expected to close a tag"
        case 76: "a closing tag does not match the element it closes"
        case 77: "a tag is not finished (the document may be cut short)"
        default: "libxml2 error \(code)"
        }
    }
}
