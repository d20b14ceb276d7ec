import ArgumentParser
import Foundation
import TriageIO
import TriageStore

/// The inputs of a `triage code`, opened and hashed before anything is written.
struct InputSet {
    var sources: [any NarrativeSource]
    var runInputs: [RunInput]

    /// All input bytes, for progress; nil when an input is standard input.
    var totalBytes: Int64? {
        var total: Int64 = 0
        for input in runInputs {
            guard let bytes = input.bytes else { return nil }
            total += bytes
        }
        return total
    }

    /// Opens every input and (for a stored run) hashes every file; a missing file stops the
    /// command here. `duplicates`, when given, checks ids across all the inputs.
    static func open(
        _ paths: [String], format: NarrativeInputFormat?, hashing: Bool = true, duplicates: DuplicateTracker?
    ) throws -> InputSet {
        var set = InputSet(sources: [], runInputs: [])
        let options = NarrativeInputOptions(duplicates: duplicates)
        for path in paths {
            do throws(InputError) {
                set.sources.append(try NarrativeInput.open(path: path, format: format, options: options))
            } catch {
                Console.error(error.description)
                throw ExitCode.failure
            }
            let formatName = (format ?? NarrativeInputFormat.inferred(from: path) ?? .csv).rawValue
            if path == "-" || !hashing {
                set.runInputs.append(RunInput(path: path, format: formatName, bytes: hashing ? nil : Self.size(of: path)))
            } else {
                let (hash, bytes) = try storeCall { () throws(StoreError) in try ContentHash.file(path: path) }
                set.runInputs.append(RunInput(path: path, format: formatName, sha256: hash, bytes: bytes))
            }
        }
        return set
    }

    /// The size of a file in bytes, for progress; nil for standard input or when unknown.
    static func size(of path: String) -> Int64? {
        guard path != "-", let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return (attributes[.size] as? NSNumber)?.int64Value
    }
}
