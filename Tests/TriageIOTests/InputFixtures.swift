import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import TriageCore
@testable import TriageIO

/// A private temporary folder with the files a test writes; removed when it goes.
final class TempFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("triage-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `text` (as UTF-8) to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    /// Writes `bytes` to `name` and returns its path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let path = url.appendingPathComponent(name).path
        // Plain POSIX writes: no fsync, so hundreds of small files stay fast.
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            guard n > 0 else { throw CocoaError(.fileWriteUnknown) }
            offset += n
        }
        return path
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// Everything one source gave.
struct ReadAll {
    var records: [NarrativeRecord] = []
    var rejections: [(error: InputError, record: String)] = []
    /// The error that ended reading early, if any.
    var thrown: InputError?

    var messages: [String] { rejections.map(\.error.description) }
    var count: Int { records.count + rejections.count }

    init(_ source: any NarrativeSource) {
        while true {
            do throws(InputError) {
                guard let result = try source.next() else { return }
                switch result {
                case .record(let record): records.append(record)
                case .rejected(let error, let record): rejections.append((error, record))
                }
            } catch {
                thrown = error
                return
            }
        }
    }

    func record(_ id: String) -> NarrativeRecord? { records.first { $0.narrativeID == id } }
}

/// The shipped sample inputs under `Fixtures/`.
enum Fixture {
    static func path(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return url.path
    }
}

extension String {
    /// The text repeated to at least `bytes` UTF-8 bytes.
    func repeated(toBytes bytes: Int) -> String {
        String(repeating: self, count: bytes / max(utf8.count, 1) + 1)
    }
}
