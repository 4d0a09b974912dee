import Foundation
import Testing

/// Compares output with a golden file; `POLICYPRESS_RECORD=1` re-records goldens instead, and the
/// recording run fails so that nothing passes silently. Read re-recorded goldens in the diff before committing.
enum Golden {
    /// Whether this run re-records.
    static var recording: Bool { ProcessInfo.processInfo.environment["POLICYPRESS_RECORD"] == "1" }

    /// Checks (or records) `actual` against the file at `url`.
    static func check(_ actual: String, against url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        if recording {
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            Issue.record(
                "re-recorded \(url.path); run again without POLICYPRESS_RECORD", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "missing golden file \(url.path); record it with POLICYPRESS_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        #expect(
            actual == expected, "differs from \(url.lastPathComponent):\n\(firstDifference(actual, expected))",
            sourceLocation: sourceLocation)
    }

    /// The first line where two texts differ, for a readable failure.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, e.count) {
            let left = index < a.count ? String(a[index]) : "<end>"
            let right = index < e.count ? String(e[index]) : "<end>"
            if left != right { return "line \(index + 1):\n  actual:   \(left)\n  expected: \(right)" }
        }
        return "(no line differs)"
    }
}
