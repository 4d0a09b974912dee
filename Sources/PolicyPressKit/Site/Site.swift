import Foundation

/// A built site held in memory: each file's path relative to the site folder, and its bytes.
public struct Site: Sendable, Hashable {
    /// The files by relative path.
    public var files: [String: Data]
    /// For each PDF, a hash of what it was printed from (``PrintedPDF/input``).
    public var prints: [String: String]

    /// Wraps files.
    public init(files: [String: Data] = [:], prints: [String: String] = [:]) {
        self.files = files
        self.prints = prints
    }

    /// The relative paths, sorted.
    public var paths: [String] { files.keys.sorted() }

    /// How many policies the site publishes: each has one plain-text edition.
    public var policyCount: Int { files.keys.filter { $0.hasSuffix(".txt") }.count }

    /// A file's text, for tests and previews.
    public func text(_ path: String) -> String? {
        files[path].map { String(decoding: $0, as: UTF8.self) }
    }
}
