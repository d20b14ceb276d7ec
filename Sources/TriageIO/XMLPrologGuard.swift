/// Watches the bytes before an XML document's root element for a document type
/// declaration, so that one is refused before the parser ever sees it: no DTD, internal
/// subset or entity declaration (external or internal, such as "billion laughs") reaches
/// libxml2.
///
/// It reads the prolog as XML defines it — white space, the XML declaration, processing
/// instructions and comments — across any chunking, and stops at the first `<` that
/// begins something else (the root element, or an error the parser will report).
struct XMLPrologGuard {
    enum Verdict: Equatable {
        /// Still in the prolog.
        case undecided
        /// The prolog ended without a document type declaration.
        case clear
        /// A `<!DOCTYPE` starts at this line and column.
        case doctype(line: Int, column: Int)
    }

    private(set) var verdict = Verdict.undecided
    private var line = 1
    private var column = 0
    private var tagLine = 1
    private var tagColumn = 0

    private enum State {
        case text
        case lessThan
        case instruction(sawQuestionMark: Bool)
        case bang(matched: Int)
        case comment(dashes: Int)
    }

    private var state = State.text
    private static let doctype = Array("DOCTYPE".utf8)

    /// Reads `bytes`, the next bytes of the document; does nothing once decided.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            guard verdict == .undecided else { return }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 0
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            switch state {
            case .text:
                if byte == UInt8(ascii: "<") {
                    state = .lessThan
                    tagLine = line
                    tagColumn = column
                }
            case .lessThan:
                if byte == UInt8(ascii: "?") {
                    state = .instruction(sawQuestionMark: false)
                } else if byte == UInt8(ascii: "!") {
                    state = .bang(matched: 0)
                } else {
                    verdict = .clear
                }
            case .instruction(let sawQuestionMark):
                if byte == UInt8(ascii: ">") && sawQuestionMark {
                    state = .text
                } else {
                    state = .instruction(sawQuestionMark: byte == UInt8(ascii: "?"))
                }
            case .bang(let matched):
                if matched == 0 && byte == UInt8(ascii: "-") {
                    state = .bang(matched: -1)
                } else if matched == -1 {
                    if byte == UInt8(ascii: "-") { state = .comment(dashes: 0) } else { verdict = .clear }
                } else if matched >= 0 && matched < Self.doctype.count && (byte & 0xDF) == Self.doctype[matched] {
                    if matched + 1 == Self.doctype.count {
                        verdict = .doctype(line: tagLine, column: tagColumn)
                    } else {
                        state = .bang(matched: matched + 1)
                    }
                } else {
                    verdict = .clear  // `<![CDATA[` or a typo: the parser reports it
                }
            case .comment(let dashes):
                if byte == UInt8(ascii: "-") {
                    state = .comment(dashes: dashes + 1)
                } else if byte == UInt8(ascii: ">") && dashes >= 2 {
                    state = .text
                } else {
                    state = .comment(dashes: 0)
                }
            }
        }
    }
}
