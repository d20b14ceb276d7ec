public import TriageCore
import Foundation

/// Renders one coded narrative for a practitioner: the text with every match marked,
/// then a table of codes with level, status and evidence, including why anything was
/// set aside.
public struct PreviewRenderer: Sendable {
    public var style: ANSIStyle
    public var width: Int

    public init(style: ANSIStyle, width: Int = 100) {
        self.style = style
        self.width = width
    }

    /// The terminal text for `coded`, the narrative `text`.
    public func render(_ coded: CodedNarrative, text: String) -> String {
        var out = ""
        let boxNote = coded.box.map { "written in the \($0.rawValue) box" } ?? "free text (no box)"
        out += style.bold("Narrative") + " (\(boxNote))\n"
        out += wrap(highlighted(coded, text: text), indent: "  ") + "\n"
        if !style.enabled && !coded.issues.isEmpty {
            out += style.dim("  [ ] present match   { } match set aside") + "\n"
        }
        out += "\n"
        out += levelLine(coded) + "\n\n"
        if coded.issues.isEmpty {
            out += "No codes found.\n"
            return out
        }
        var table = TextTable(headers: ["Code", "Level", "Status", "Evidence"])
        for issue in coded.issues {
            let evidence = issue.mentions.map(Self.describe).joined(separator: "; ")
            table.add([issue.code.rawValue, issue.level.rawValue, issue.status.rawValue, evidence])
        }
        out += table.render { row, column, cell in
            let issue = coded.issues[row]
            switch column {
            case 1: return style.level(cell, issue.level)
            case 2: return issue.status == .present ? style.bold(cell) : style.dim(cell)
            default: return cell
            }
        }
        let present = coded.presentIssues.count
        out += "\n\(present) present code\(present == 1 ? "" : "s"), \(coded.issues.count - present) set aside.\n"
        if !coded.excluded.isEmpty {
            out += "Blocked look-alikes: " + coded.excluded.map { "\"\($0.text)\" (\($0.code.map { "\($0) exclusion" } ?? "ignore list"))" }
                .joined(separator: ", ") + "\n"
        }
        return out
    }

    /// One mention as evidence: `"rent arrears" @12–24` or `"attendance" negated by "no concerns about"`.
    static func describe(_ mention: Mention) -> String {
        var text = "\"\(mention.text)\""
        if mention.term.lowercased() != mention.text.lowercased() { text += " (\(mention.term))" }
        if let trigger = mention.trigger {
            text += " \(mention.status.rawValue) by \"\(trigger.text)\""
        }
        if let who = mention.experiencer {
            let assumed = mention.experiencerAssumed ? " (assumed: no one named)" : ""
            text += " [\(who.label)\(assumed)\(mention.routedFrom.map { ", from \($0)" } ?? "")]"
        }
        return text
    }

    private func levelLine(_ coded: CodedNarrative) -> String {
        if let box = coded.box { return "Level: " + style.level(box.rawValue, box) + " (the box it was written in)" }
        let present = coded.levelCues.filter { $0.status == .present }
        if let level = coded.inferredLevel, let cue = present.filter({ $0.level == level }).first {
            return "Level: " + style.level(level.rawValue, level) + " (highest level cue: \"\(cue.text)\")"
        }
        if let level = coded.issues.filter({ $0.status == .present }).map(\.level).max() {
            return "Level: " + style.level(level.rawValue, level) + " (no level cue found: the highest default level of its codes)"
        }
        return "Level: each code's default level (no level cue found)"
    }

    /// The narrative with present matches in `[ ]` (or underlined) and set-aside ones in `{ }` (or struck through).
    private func highlighted(_ coded: CodedNarrative, text: String) -> String {
        let mentions = coded.issues.flatMap(\.mentions).sorted { $0.start < $1.start }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var position = 0
        for mention in mentions where mention.start >= position && mention.end <= scalars.count {
            out.append(contentsOf: scalars[position..<mention.start])
            let span = String(String.UnicodeScalarView(scalars[mention.start..<mention.end]))
            let marked: String
            if style.enabled {
                marked = style.status(span, mention.status)
            } else {
                marked = mention.status == .present ? "[\(span)]" : "{\(span)}"
            }
            out.append(contentsOf: marked.unicodeScalars)
            position = mention.end
        }
        out.append(contentsOf: scalars[min(position, scalars.count)...])
        return String(out)
    }

    /// Wraps `text` at `width` columns (counting visible characters, not colour codes).
    private func wrap(_ text: String, indent: String) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = indent
            var visible = indent.count
            for word in paragraph.split(separator: " ") {
                let length = Self.visibleLength(String(word))
                if visible > indent.count && visible + 1 + length > width {
                    lines.append(line)
                    line = indent
                    visible = indent.count
                }
                if visible > indent.count { line += " "; visible += 1 }
                line += word
                visible += length
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    static func visibleLength(_ text: String) -> Int {
        var count = 0
        var inEscape = false
        for character in text {
            if character == "\u{1B}" { inEscape = true; continue }
            if inEscape { if character == "m" { inEscape = false }; continue }
            count += 1
        }
        return count
    }
}
