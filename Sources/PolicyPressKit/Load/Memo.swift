import Foundation

/// Results worked out once and then shared, by key, by every school a library serves; safe to use from
/// several threads at once (two threads may both work out a missing result; the results are the same).
public final class Memo<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    /// Makes an empty memo.
    public init() {}

    /// The result for `key`, worked out by `make` the first time it is asked for.
    public func value(for key: String, _ make: () -> Value) -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let value = make()
        lock.withLock { values[key] = value }
        return value
    }
}
