import Foundation
import Testing
import TriageCore
import TriageReport

/// What each format promises beyond its golden file: width, quoting, escaping, shape.
struct ReportFormatTests {
    /// A report whose data carries hostile and awkward text.
    static func hostileReport(suppress: Int? = nil) throws -> ProgressReport {
        let names = ["=HYPERLINK(\"http://evil.example\",\"x\")", "<script>alert('x')</script> & \"co\"",
                     "North | West *bold* [link](http://e.example)", String(repeating: "Very long locality name ", count: 8)]
        let triages = ReportFixtures.triages.enumerated().map { index, triage in
            var copy = triage
            copy.dimensions["locality"] = names[index % names.count]
            return copy
        }
        return try ReportFixtures.report(
            ReportOptions(breakdown: .column("locality"), suppression: Suppression(threshold: suppress)), triages: triages,
            inputs: ["/a/very/long/path/" + String(repeating: "to/", count: 40) + "narratives.csv", "second.csv"])
    }

    @Test(arguments: [nil, 3])
    func textFitsA100ColumnTerminal(suppress: Int?) throws {
        let text = ReportRenderer.render(try Self.hostileReport(suppress: suppress), as: .text)
        let widest = text.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest <= 100)
        #expect(text.contains("Triages with issues  Assessment    %  Closure    %  Difference"))
    }

    @Test func textNeutralisesControlCharactersFromTheData() throws {
        var triages = ReportFixtures.triages
        triages[0].dimensions["locality"] = "North\u{1B}[2J\u{1B}[31mEvil\nside"
        let text = ReportRenderer.render(
            try ReportFixtures.report(ReportOptions(breakdown: .column("locality")), triages: triages), as: .text)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("North?[2J?[31mEvil side: "))
    }

    @Test func textColoursLevelsOnlyWhenAsked() throws {
        let report = try ReportFixtures.report()
        #expect(!ReportRenderer.render(report, as: .text).contains("\u{1B}["))
        let coloured = ReportRenderer.render(report, as: .text, style: ANSIStyle(enabled: true))
        #expect(coloured.contains("\u{1B}[1;34mblue (self-help)\u{1B}[0m"))
    }

    /// RFC 4180 fields of one CSV text, for checking what was written.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if quoted {
                if c == "\"" {
                    let next = text.index(after: index)
                    if next < text.endIndex, text[next] == "\"" { field.append("\""); index = next } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.append(c)
            }
            index = text.index(after: index)
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    @Test func csvIsRectangularQuotedAndGuarded() throws {
        let csv = ReportRenderer.render(try Self.hostileReport(), as: .csv)
        let rows = Self.parseCSV(csv)
        #expect(rows.first == ReportCSVRenderer.header)
        #expect(rows.allSatisfy { $0.count == ReportCSVRenderer.header.count })
        #expect(csv.hasSuffix("\r\n"))
        let groups = Set(rows.dropFirst().map { $0[1] }.filter { !$0.isEmpty })
        // The formula is neutralised; the other awkward values survive quoting unchanged.
        #expect(groups.contains("'=HYPERLINK(\"http://evil.example\",\"x\")"))
        #expect(groups.contains("<script>alert('x')</script> & \"co\""))
        #expect(!rows.contains { $0.contains { $0.hasPrefix("=") || $0.hasPrefix("+") || $0.hasPrefix("@") } })
        // Negative exact changes stay numbers.
        let yellow = try #require(rows.first { $0[0] == "levels" && $0[2] == "yellow" })
        #expect(Double(yellow[9]).map { $0 < 0 } == true)
    }

    @Test func csvFieldQuoting() {
        #expect(ReportCSVField.quoted("plain") == "plain")
        #expect(ReportCSVField.quoted("a,b") == "\"a,b\"")
        #expect(ReportCSVField.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(ReportCSVField.quoted("two\nlines") == "\"two\nlines\"")
        #expect(ReportCSVField.quoted("=1+1") == "'=1+1")
        #expect(ReportCSVField.quoted("+44 1234") == "'+44 1234")
        #expect(ReportCSVField.quoted("@SUM(A1)") == "'@SUM(A1)")
        #expect(ReportCSVField.quoted("-2+3,x") == "\"'-2+3,x\"")
        #expect(ReportCSVField.quoted("-71.16") == "-71.16")
        #expect(ReportCSVField.quoted("<5") == "<5")
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let json = ReportRenderer.render(try ReportFixtures.report(ReportOptions(breakdown: .month)), as: .json)
        #expect(json.hasPrefix("{\n  \"stages\": {\n    \"assessment\": {\n      \"triages\": 12\n    },"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["stages", "levels", "codes", "matrix", "pairs", "breakdown", "provenance"])
        let levels = try #require(object["levels"] as? [[String: Any]])
        #expect(levels.map { $0["level"] as? String } == ["blue", "green", "yellow", "orange", "red"])
        let yellow = levels[2]
        // 7 of 12 at assessment (58.33%), 2 of 9 at closure (22.22%): −39/63 = −61.9%.
        #expect((yellow["assessment"] as? [String: Any])?["count"] as? Int == 7)
        #expect((yellow["assessment"] as? [String: Any])?["percent"] as? Double == 58.33)
        #expect((yellow["closure"] as? [String: Any])?["percent"] as? Double == 22.22)
        #expect(yellow["change_percent"] as? Double == -61.9)
        #expect(yellow["difference"] as? String == "62% decrease in need at extra help level")
        let pairs = try #require(object["pairs"] as? [String: Any])
        #expect(pairs["families"] as? Int == 8)
        let breakdown = try #require(object["breakdown"] as? [String: Any])
        #expect(breakdown["by"] as? String == "month")
        let provenance = try #require(object["provenance"] as? [String: Any])
        #expect((provenance["lexicon"] as? [String: Any])?["hash"] as? String == "9f2c4e0a7b1d3c5e8f6a2b4d6c8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e")
    }

    @Test func jsonShowsSuppressedCountsAsStringsAndWithheldFiguresAsNull() throws {
        let json = ReportRenderer.render(try ReportFixtures.report(ReportOptions(suppression: Suppression(threshold: 3))), as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let red = try #require((object["levels"] as? [[String: Any]])?[4])
        let assessment = try #require(red["assessment"] as? [String: Any])
        #expect(assessment["count"] as? String == "<3")
        #expect(assessment["percent"] is NSNull)
        #expect(red["change_percent"] is NSNull)
        #expect(red["difference"] as? String == "Withheld (small numbers)")
        #expect((object["provenance"] as? [String: Any])?["suppression"] as? Int == 3)
    }

    @Test func markdownEscapesDataText() throws {
        let md = ReportRenderer.render(try Self.hostileReport(), as: .md)
        #expect(md.contains("### North \\| West \\*bold\\* \\[link\\](http://e.example)"))
        #expect(md.contains("### &lt;script&gt;alert('x')&lt;/script&gt; &amp; \"co\""))
        #expect(!md.contains("<script>"))
        #expect(md.contains("| Triages with blue issues (self-help) |"))
    }

    @Test func htmlIsSelfContainedAndEscapesDataText() throws {
        let html = ReportRenderer.render(try Self.hostileReport(suppress: 3), as: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"))
        #expect(html.contains("=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)"))
        // Nothing is fetched: no src, href, url() to anything but the page's own patterns, no @import.
        #expect(!html.contains("src="))
        #expect(!html.contains("href="))
        #expect(!html.contains("@import"))
        #expect(html.components(separatedBy: "url(").dropFirst().allSatisfy { $0.hasPrefix("#hatch-") })
        #expect(html.contains("Content-Security-Policy"))
        #expect(html.contains("@page { size: A4"))
        // The chart: ten bars (two per level) labelled with values and stages.
        #expect(html.contains(">assess.</text>") && html.contains(">closure</text>"))
        #expect(html.contains("Suppression"))
    }

    @Test func htmlChartDrawsOneBarPerShownShareInTheLevelColours() throws {
        let svg = ReportChartSVG.render(try ReportFixtures.report().table.levels, totals: StageTotals(assessment: .value(12), closure: .value(9)))
        let bars = svg.components(separatedBy: "<rect x=").dropFirst().filter { $0.contains("stroke-width=\"1.2\"") }
        #expect(bars.count == 10)
        for level in Level.allCases {
            #expect(svg.contains("fill=\"url(#hatch-\(level.rawValue))\""))
            #expect(svg.contains("fill=\"\(ReportPalette.fill(level))\" stroke="))
            #expect(svg.contains(">\(level.rawValue)</text>"))
        }
    }

    @Test func paletteMeetsWCAGAA() {
        for (foreground, background) in ReportPalette.textPairs {
            #expect(ReportPalette.contrast(foreground, background) >= 4.5, "\(foreground) on \(background)")
        }
        // Bars and swatches are outlined: the outline must stand out from the page (3:1 for graphics).
        #expect(ReportPalette.contrast(ReportPalette.outline, ReportPalette.page) >= 3)
        #expect(abs(ReportPalette.contrast("#000000", "#ffffff") - 21) < 0.01)
        #expect(abs(ReportPalette.contrast("#777777", "#ffffff") - 4.48) < 0.01)
    }
}
