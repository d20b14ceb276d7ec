import Foundation
import Testing
import TriageCore
@testable import TriageIO

/// The XML format: the documented schema, streaming, and no DTD or entity ever loaded.
struct XMLReaderTests {
    func read(_ xml: String) throws -> (path: String, all: ReadAll) {
        let folder = try TempFolder()
        let path = try folder.write("in.xml", xml)
        return (path, ReadAll(try NarrativeInput.open(path: path)))
    }

    @Test func theSampleGivesTheSameRecordsAsTheCSV() throws {
        let source = try NarrativeInput.open(path: Fixture.path("triages.xml"))
        #expect(source is NarrativeXMLReader)
        let all = ReadAll(source)
        let csv = ReadAll(try NarrativeCSVReader(path: Fixture.path("triages.csv"))).records
        #expect(all.rejections.isEmpty)
        #expect(all.thrown == nil)
        #expect(all.records == csv)
        #expect(all.records.map { $0.location?.line } == [5, 6, 7, 11])
    }

    @Test func idsDefaultFromTheTriageAndExtraAttributesAreDimensions() throws {
        let (_, all) = try read("""
            <triages>
              <triage id="T1" worker="Sam" locality="East">
                <narrative level="Yellow">boxed</narrative>
                <narrative>first note</narrative>
                <narrative source="phone">second note</narrative>
                <narrative id="own-id" level="red"><![CDATA[score < 5 & "quoted"]]> and &amp; more</narrative>
              </triage>
            </triages>
            """)
        #expect(all.records.map(\.narrativeID) == ["T1-yellow", "T1-text", "T1-text-2", "own-id"])
        #expect(all.records.map(\.triageID) == ["T1", "T1", "T1", "T1"])
        #expect(all.records[2].dimensions.map(\.name) == ["locality", "source", "worker"])
        #expect(all.records[2].dimensions.map(\.value) == ["East", "phone", "Sam"])
        #expect(all.records[3].text == "score < 5 & \"quoted\" and & more")
        #expect(all.records[0].level == .yellow)
        #expect(all.records[1].level == nil)
    }

    @Test func aMalformedDocumentKeepsTheNarrativesBeforeTheErrorAndSaysWhere() throws {
        let (path, all) = try read("""
            <triages>
              <triage id="T1"><narrative level="yellow">one</narrative><narrative level="red">two</narrative></triage>
              <triage id="T2"><narrative level="green">three</narr></triage>
              <triage id="T3"><narrative level="green">never read</narrative></triage>
            </triages>
            """)
        #expect(all.records.map(\.narrativeID) == ["T1-yellow", "T1-red"])
        #expect(all.thrown == nil)
        #expect(all.rejections.count == 1)
        let message = try #require(all.messages.first)
        #expect(message.hasPrefix("\(path):3:"))
        #expect(message.contains("error: the XML is not well-formed: a closing tag does not match the element it closes"))
        #expect(all.rejections.first?.record == "<triage id=\"T2\"><narrative level=\"green\">three</narrative></triage>")
        let location = try #require(all.rejections.first?.error.location)
        #expect(location.line == 3)
        #expect(location.column > 0)
    }

    @Test func aDocumentCutShortIsReported() throws {
        let (path, all) = try read("<triages><triage id=\"T1\"><narrative>one</narrative></triage>\n<triage id=\"T2\"><narrative>tw")
        #expect(all.records.map(\.narrativeID) == ["T1-text"])
        #expect(all.rejections.count == 1)
        #expect(all.messages.first?.hasPrefix("\(path):2:") == true)
    }

    @Test func recordProblemsAreRejectionsAndReadingGoesOn() throws {
        let (path, all) = try read("""
            <triages>
              <triage case="C1"><narrative level="yellow">no triage id</narrative></triage>
              <triage id="T2" stage="review"><narrative level="yellow">bad stage</narrative></triage>
              <triage id="T3" date="2024-02-30"><narrative level="yellow">bad date</narrative></triage>
              <triage id="T4"><narrative level="amber">bad level</narrative><narrative level="red">   </narrative></triage>
              <triage id="T5"><narrative>has <b>markup</b></narrative></triage>
              <triage id="T6"></triage>
              <note>not a triage</note>
              <triage id="T8">stray text<narrative level="green">fine</narrative><extra/></triage>
            </triages>
            """)
        #expect(all.records.map(\.narrativeID) == ["T8-green"])
        #expect(all.messages == [
            "\(path):2: error: required field 'id (of <triage>)' is missing; add it",
            "\(path):3: error: unknown stage 'review'; use assessment or closure",
            "\(path):4: error: date '2024-02-30' is not a date in the form YYYY-MM-DD (or DD/MM/YYYY); correct it or leave it empty",
            "\(path):5: error: unknown level 'amber'; use blue, green, yellow, orange, red, or leave it empty for free text",
            "\(path):5: error: the narrative is empty; remove the record or fill in the narrative",
            "\(path):6: error: the narrative contains an element <b>; write a '<' in text as &lt; or wrap the text in <![CDATA[ … ]]>",
            "\(path):7: error: no narrative has any text (every level box is empty); fill in a box or remove the triage",
            "\(path):8: error: unexpected element <note> inside <triages>; only <triage> elements belong there",
            "\(path):9: error: text outside a <narrative> element; put narrative text inside <narrative>…</narrative>",
            "\(path):9: error: unexpected element <extra> inside <triage>; only <narrative> elements belong there",
        ])
    }

    @Test func aTenMegabyteNarrativeIsRejectedAndTheNextOneRead() throws {
        let folder = try TempFolder()
        let big = String(repeating: "long text ", count: (10 << 20) / 10)
        let path = try folder.write("big.xml", "<triages>\n<triage id=\"T1\"><narrative level=\"red\">\(big)</narrative>\n<narrative level=\"blue\">short</narrative></triage></triages>")
        let all = ReadAll(try NarrativeInput.open(path: path))
        #expect(all.records.map(\.narrativeID) == ["T1-blue"])
        #expect(all.messages == ["\(path):2: error: field 'narrative' is 10485760 bytes, over the limit of 1048576; split the narrative or check for a missing closing quote"])
    }

    // MARK: No DTD, no entity, ever.

    /// A file holding a secret that an external entity would pull in.
    func secretFile(_ folder: TempFolder) throws -> String {
        try folder.write("secret.txt", "SECRET-7d41-DO-NOT-LEAK")
    }

    @Test func anXXEPayloadIsRefusedAndTheFileNeverRead() throws {
        let folder = try TempFolder()
        let secret = try secretFile(folder)
        let path = try folder.write("xxe.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- harmless comment -->
            <!DOCTYPE triages [ <!ENTITY xxe SYSTEM "file://\(secret)"> ]>
            <triages><triage id="T1"><narrative level="red">leak: &xxe;</narrative></triage></triages>
            """)
        let error = #expect(throws: InputError.self) { try NarrativeInput.open(path: path) }
        #expect(error?.description == "\(path):3:1: error: the XML has a document type declaration (<!DOCTYPE …>), which is refused so that no external entity or DTD is ever loaded; remove the declaration and any entities it defines")
        #expect(error?.description.contains("SECRET") == false)
    }

    @Test func aDoctypeAfterALongPrologIsStillRefusedBeforeAnyRecord() throws {
        let folder = try TempFolder()
        let secret = try secretFile(folder)
        let padding = "<!-- " + String(repeating: "padding ", count: 200_000) + " -->\n"
        let path = try folder.write("late.xml", """
            <?xml version="1.0"?>
            \(padding)<!DOCTYPE triages SYSTEM "file://\(secret)">
            <triages><triage id="T1"><narrative level="red">text</narrative></triage></triages>
            """)
        let all = ReadAll(try NarrativeInput.open(path: path))
        #expect(all.records.isEmpty)
        #expect(all.rejections.isEmpty)
        #expect(all.thrown == .doctypeNotAllowed(SourceLocation(file: path, line: 3, column: 1)))
    }

    @Test func aBillionLaughsPayloadIsRefused() throws {
        let (folder, laughs) = (try TempFolder(), """
            <?xml version="1.0"?>
            <!doctype lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <triages><triage id="T1"><narrative>&lol2;</narrative></triage></triages>
            """)
        let file = try folder.write("lol.xml", laughs)
        #expect(throws: InputError.doctypeNotAllowed(SourceLocation(file: file, line: 2, column: 1))) {
            try NarrativeInput.open(path: file)
        }
    }

    @Test func evenPastTheGuardTheParserResolvesNoExternalEntity() throws {
        // Defence in depth: feed the parser a DOCTYPE directly, as if the guard had missed it.
        let folder = try TempFolder()
        let secret = try secretFile(folder)
        let path = try folder.write("xxe.xml", """
            <!DOCTYPE triages [ <!ENTITY xxe SYSTEM "file://\(secret)"> ]>
            <triages><triage id="T1"><narrative level="red">before &xxe; after</narrative></triage></triages>
            """)
        var clear = XMLPrologGuard()
        Array("<a".utf8).withUnsafeBufferPointer { clear.scan($0) }
        #expect(clear.verdict == .clear)
        let handoff = XMLHandoff()
        let reader = try ByteReader(path: path)
        XMLParseJob(path: path, reader: reader, prolog: clear, maxFieldBytes: 1 << 20, handoff: handoff).run()
        var seen: [String] = []
        while let batch = handoff.take() {
            for item in batch {
                switch item {
                case .result(.record(let record)): seen.append(record.text)
                case .result(.rejected(let error, let record)): seen.append(error.description + record)
                case .fatal(let error): seen.append(error.description)
                }
            }
        }
        #expect(!seen.isEmpty)
        #expect(seen.allSatisfy { !$0.contains("SECRET") })
    }

    @Test func anUndefinedEntityIsAWellFormednessError() throws {
        let (path, all) = try read("<triages><triage id=\"T1\"><narrative>a &nope; b</narrative></triage></triages>")
        #expect(all.records.isEmpty)
        #expect(all.messages.first?.hasPrefix("\(path):1:") == true)
        #expect(all.messages.first?.contains("an undefined entity") == true)
    }

    // MARK: Documents that cannot be read at all.

    @Test func anEmptyDocumentOrAnotherRootThrows() throws {
        let (emptyPath, empty) = try read("")
        #expect(empty.thrown?.description == "\(emptyPath):1:1: error: the input has no <triages> element (it is empty); see docs/input-formats.md for the XML layout")
        let (otherPath, other) = try read("<records><triage id=\"T1\"/></records>")
        #expect(other.thrown?.description == "\(otherPath):1:9: error: the root element is <records> but must be <triages>; see docs/input-formats.md")
        #expect(other.records.isEmpty)
    }

    @Test func utf16IsRefused() throws {
        let folder = try TempFolder()
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "<triages/>".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let path = try folder.write("u16.xml", bytes: bytes)
        let error = #expect(throws: InputError.self) { try NarrativeInput.open(path: path) }
        #expect(error?.description == "\(path):1:1: error: the XML is UTF-16 or UTF-32; re-save it as UTF-8")
    }

    @Test func manyNarrativesStreamThroughInOrder() throws {
        let folder = try TempFolder()
        var xml = "<triages>\n"
        for i in 0..<5_000 {
            xml += "<triage id=\"T\(i)\" stage=\"closure\"><narrative level=\"green\">note \(i)</narrative><narrative level=\"red\">risk \(i)</narrative></triage>\n"
        }
        xml += "</triages>\n"
        let path = try folder.write("many.xml", xml)
        let source = try NarrativeInput.open(path: path)
        let all = ReadAll(source)
        #expect(all.records.count == 10_000)
        #expect(all.rejections.isEmpty)
        #expect(all.records[9_999].narrativeID == "T4999-red")
        #expect(all.records[9_999].location?.line == 5_001)
        #expect(source.bytesRead == xml.utf8.count)
    }

    @Test func abandoningAReaderPartWayStopsItsParser() throws {
        let folder = try TempFolder()
        var xml = "<triages>\n"
        for i in 0..<20_000 { xml += "<triage id=\"T\(i)\"><narrative>n</narrative></triage>\n" }
        let path = try folder.write("stop.xml", xml + "</triages>")
        var source: (any NarrativeSource)? = try NarrativeInput.open(path: path)
        #expect(try source?.next() != nil)
        source = nil  // the parser thread sees the cancellation and ends; nothing hangs
        #expect(source == nil)
    }
}
