import Dispatch

/// A value worked out on another thread, started at once: ``value`` waits for it. Lets a
/// run compile its lexicon while it opens, hashes and starts reading its inputs.
///
/// `@unchecked Sendable`: `result` is written once, before the group is left, and read
/// only after waiting on the group.
final class Pending<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var result: Value?

    init(_ make: @escaping @Sendable () -> Value) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = make()
            group.leave()
        }
    }

    /// The value, once worked out.
    var value: Value {
        group.wait()
        return result!
    }
}
