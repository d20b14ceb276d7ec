import Crypto
public import TriageCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SHA-256 content hashes (lower-case hex) that identify lexicons, inputs and narratives,
/// so the same work is recognised when it is asked for again.
public enum ContentHash {
    /// SHA-256 of `text`'s UTF-8 bytes.
    public static func sha256(_ text: String) -> String {
        hex(SHA256.hash(data: Array(text.utf8)))
    }

    /// SHA-256 of the resolved lexicon: a canonical text of every field that can change
    /// coding (codes, terms, exclusions, ignore phrases, level cues, context rules, name and
    /// version), after includes are resolved. Where the lexicon was read from, line numbers,
    /// descriptions and examples are left out, so moving or commenting a lexicon file keeps
    /// its hash, while any change to a term or rule gives a new one.
    public static func lexicon(_ lexicon: Lexicon) -> String {
        var text = ""
        CanonicalText.append(lexicon, to: &text)
        return sha256(text)
    }

    /// SHA-256 of a file's bytes and its size, read in 1 MiB blocks.
    /// - Throws: ``StoreError/unreadable(path:reason:)``.
    public static func file(path: String) throws(StoreError) -> (sha256: String, bytes: Int64) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var total: Int64 = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            total += Int64(n)
        }
        return (hex(hasher.finalize()), total)
    }

    /// The key of `triage code` work: the lexicon's hash and each input's format and hash.
    /// Nil when an input has no hash (standard input), which is never recognised again.
    public static func workKey(kind: RunKind, lexicon: LexiconIdentity, inputs: [RunInput]) -> String? {
        var text = "\(kind.rawValue)\n\(lexicon.hash)\n"
        for input in inputs {
            guard let hash = input.sha256 else { return nil }
            text += "\(input.format) \(hash)\n"
        }
        return sha256(text)
    }

    /// The `content_hash` that tells two stored contents of one `narrative_id` apart: the
    /// ``XXH64`` of every field of `record` (not its location), each followed by a 0x1F
    /// separator, as a signed integer. It is compared only between the contents of one
    /// `narrative_id`, so 64 bits make a false match practically impossible.
    static func narrative(_ record: NarrativeRecord) -> Int64 {
        var scratch: [UInt8] = []
        return narrative(record, scratch: &scratch)
    }

    /// ``narrative(_:)`` with a buffer to reuse from one narrative to the next.
    static func narrative(_ record: NarrativeRecord, scratch: inout [UInt8]) -> Int64 {
        scratch.removeAll(keepingCapacity: true)
        func field(_ text: String) {
            scratch.append(contentsOf: text.utf8)
            scratch.append(0x1F)
        }
        field(record.narrativeID)
        field(record.triageID)
        field(record.caseID)
        field(record.stage?.rawValue ?? "")
        field(record.date)
        field(record.level?.rawValue ?? "")
        field(record.text)
        for dimension in record.dimensions {
            field(dimension.name)
            field(dimension.value)
        }
        return Int64(bitPattern: scratch.withUnsafeBytes { XXH64.hash($0) })
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A deterministic text of any value built from structs, enums, arrays, optionals and
/// scalars, by reflection, so fields added to the lexicon model later are hashed too.
/// Strings, numbers and terms are written without a `Mirror`, and type names are looked up
/// once per type: several times faster on a 5,000-term lexicon (measured).
enum CanonicalText {
    /// Stored properties that do not change coding.
    static let skipped: Set<String> = ["location", "source", "description", "examples"]

    static func append(_ value: Any, to text: inout String) {
        var typeNames: [ObjectIdentifier: String] = [:]
        append(value, to: &text, typeNames: &typeNames, shortcuts: true)
    }

    private static func append(
        _ value: Any, to text: inout String, typeNames: inout [ObjectIdentifier: String], shortcuts: Bool
    ) {
        if let string = value as? String {
            scalar(string, &text)
            return
        }
        if shortcuts, let term = value as? Term {
            self.term(term, &text)
            return
        }
        if let number = value as? Int {
            scalar(String(number), &text)
            return
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            if let child = mirror.children.first {
                append(child.value, to: &text, typeNames: &typeNames, shortcuts: shortcuts)
            } else {
                text += "nil;"
            }
        case .collection, .tuple:
            text += "["
            for child in mirror.children {
                if let label = child.label, !label.hasPrefix(".") { text += label + "=" }
                append(child.value, to: &text, typeNames: &typeNames, shortcuts: shortcuts)
            }
            text += "]"
        case .set, .dictionary:
            var parts: [String] = []
            for child in mirror.children {
                var part = ""
                append(child.value, to: &part, typeNames: &typeNames, shortcuts: shortcuts)
                parts.append(part)
            }
            text += "{" + parts.sorted().joined() + "}"
        case .enum:
            text += typeName(value, &typeNames) + "." + caseName(value, mirror) + "("
            for child in mirror.children { append(child.value, to: &text, typeNames: &typeNames, shortcuts: shortcuts) }
            text += ")"
        case .struct, .class:
            text += typeName(value, &typeNames) + "{"
            for child in mirror.children {
                guard let label = child.label, !skipped.contains(label) else { continue }
                text += label + "="
                append(child.value, to: &text, typeNames: &typeNames, shortcuts: shortcuts)
            }
            text += "}"
        default:
            scalar(String(describing: value), &text)
        }
    }

    /// A term, the bulk of a lexicon, written as reflection would write it but several times
    /// faster (a test compares the two, so a field added to `Term` is not missed).
    static func term(_ term: Term, _ text: inout String) {
        // A term with routes or yields of its own (rare) is written by reflection.
        guard term.routes == nil, term.yieldsTo.isEmpty else {
            text += reflecting(term)
            return
        }
        switch term.pattern {
        case .phrase(let phrase):
            text += "Term{pattern=Pattern.phrase("
            scalar(phrase, &text)
        case .regex(let source):
            text += "Term{pattern=Pattern.regex("
            scalar(source, &text)
        }
        text += ")routes=nil;yieldsTo=[]}"
    }

    /// ``append(_:to:)`` by reflection alone, without the shortcut for terms (for tests).
    static func reflecting(_ value: Any) -> String {
        var text = ""
        var typeNames: [ObjectIdentifier: String] = [:]
        append(value, to: &text, typeNames: &typeNames, shortcuts: false)
        return text
    }

    private static func scalar(_ scalar: String, _ text: inout String) {
        text += "\(scalar.unicodeScalars.count):\(scalar);"
    }

    private static func typeName(_ value: Any, _ names: inout [ObjectIdentifier: String]) -> String {
        let type = type(of: value)
        if let name = names[ObjectIdentifier(type)] { return name }
        let name = String(describing: type)
        names[ObjectIdentifier(type)] = name
        return name
    }

    private static func caseName(_ value: Any, _ mirror: Mirror) -> String {
        if let label = mirror.children.first?.label { return label }
        return String(describing: value)
    }
}
