import TriageCore
import Yams

/// Reads a quanteda dictionary saved as YAML: a mapping of category names to lists of
/// glob patterns, nested to any depth. Nested keys become code names joined by `/`
/// (`money/debt`); a key with a single string holds one term.
enum QuantedaYAMLReader {
    static func read(_ text: String, into builder: inout DictionaryBuilder) throws(DictionaryImportError) {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { throw DictionaryImportError.empty(path: builder.path) }
            root = node
        } catch let error as DictionaryImportError {
            throw error
        } catch let error as YamlError {
            let diagnostic = YAMLLexiconReader.diagnostic(for: error, path: builder.path)
            throw .invalidYAML(diagnostic.location ?? SourceLocation(file: builder.path), diagnostic.message)
        } catch {
            throw .invalidYAML(SourceLocation(file: builder.path), "cannot parse YAML: \(error)")
        }
        guard let mapping = root.mapping else {
            throw .invalidYAML(SourceLocation(file: builder.path, line: root.mark?.line ?? 1), "the top level is not a mapping of category names")
        }
        walk(mapping, path: [], into: &builder)
    }

    static func walk(_ mapping: Node.Mapping, path: [String], into builder: inout DictionaryBuilder) {
        for (key, value) in mapping {
            let line = key.mark?.line ?? 0
            guard let name = key.scalar?.string.trimmed, !name.isEmpty else {
                builder.note(.malformedLine, "a key that is not a category name is skipped with everything under it", line: line)
                continue
            }
            if name.contains("/") {
                builder.note(.malformedLine, "category name '\(name)' contains '/', which here separates nested names; written as '\(name.replacingSlashes())'", line: line)
            }
            let here = path + [name.replacingSlashes()]
            if let nested = value.mapping {
                walk(nested, path: here, into: &builder)
                continue
            }
            let category = builder.category(here.joined(separator: "/"), line: line)
            if let sequence = value.sequence {
                for item in sequence {
                    if let term = item.scalar?.string, !term.trimmed.isEmpty {
                        builder.add(term, to: [category], line: item.mark?.line ?? line)
                    } else if item.scalar != nil || item.null != nil {
                        builder.note(.malformedLine, "an empty entry under '\(here.joined(separator: "/"))' is skipped", line: item.mark?.line ?? line)
                    } else {
                        builder.note(.malformedLine, "an entry under '\(here.joined(separator: "/"))' is a list or mapping, not a term; skipped", line: item.mark?.line ?? line)
                    }
                }
            } else if let term = value.scalar?.string, !term.trimmed.isEmpty, value.null == nil {
                builder.add(term, to: [category], line: value.mark?.line ?? line)
            }
        }
    }
}

extension String {
    /// A category name safe to join with `/`: a slash inside a name becomes a hyphen.
    func replacingSlashes() -> String {
        String(map { $0 == "/" ? "-" : $0 })
    }
}
