import Crypto
import Foundation

/// The list of a published site's files with the SHA-256 of each, kept in the site's marker file, so
/// that the next build can tell which files changed without reading them.
public struct SiteManifest: Equatable, Sendable {
    /// Each file's hash, by path relative to the site.
    public var hashes: [String: String]
    /// For each school's folder in the site (`.` for a one-school site), a hash of everything its pages were built from.
    public var inputs: [String: String] = [:]

    /// Wraps hashes.
    public init(hashes: [String: String] = [:], inputs: [String: String] = [:]) {
        self.hashes = hashes
        self.inputs = inputs
    }

    /// The hash of some bytes, as 64 hex digits.
    public static func hash(_ data: Data) -> String {
        SHA256.hash(data: data).hex
    }

    static let header = """
        # This folder was built by PolicyPress. Each build replaces the whole folder, so do not keep other
        # files here. The lines below list each file with its SHA-256, so that a rebuild writes only what changed.

        """

    /// The marker file's text.
    public var text: String {
        SiteManifest.header + inputs.keys.sorted().map { "input \(inputs[$0]!)  \($0)\n" }.joined()
            + hashes.keys.sorted().map { "\(hashes[$0]!)  \($0)\n" }.joined()
    }

    /// Reads a marker file; lines it does not understand (an older marker) are ignored.
    public init(text: String) {
        var hashes: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("input ") && line.count > 72 {
            inputs[String(line.dropFirst(72))] = String(line.dropFirst(6).prefix(64))
        }
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("input ") && line.count > 66 {
            let hash = line.prefix(64)
            if hash.allSatisfy(\.isHexDigit), line.dropFirst(64).hasPrefix("  ") { hashes[String(line.dropFirst(66))] = String(hash) }
        }
        self.hashes = hashes
    }
}
