import Crypto
import Foundation

/// The list of a published site's files with the SHA-256 of each, kept in the site's marker file, so
/// that the next build can tell which files changed without reading them.
public struct SiteManifest: Equatable, Sendable {
    /// Each file's hash, by path relative to the site.
    public var hashes: [String: String]
    /// For each school's folder in the site (`.` for a one-school site), a hash of everything its pages were built from.
    public var inputs: [String: String] = [:]
    /// For each school's folder, the school's name as its pages show it, so that a rebuild which carries the
    /// pages over can name the school without reading its profile again.
    public var names: [String: String] = [:]
    /// For each PDF, a hash of the page and settings it was printed from, so that the next build can carry
    /// it over rather than print it again.
    public var prints: [String: String] = [:]

    /// Wraps hashes.
    public init(
        hashes: [String: String] = [:], inputs: [String: String] = [:], names: [String: String] = [:],
        prints: [String: String] = [:]
    ) {
        self.hashes = hashes
        self.inputs = inputs
        self.names = names
        self.prints = prints
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
            + prints.keys.sorted().map { "print \(prints[$0]!)  \($0)\n" }.joined()
            + names.keys.sorted().filter { Self.canName($0, names[$0]!) }.map { "name \($0)\t\(names[$0]!)\n" }.joined()
            + hashes.keys.sorted().map { "\(hashes[$0]!)  \($0)\n" }.joined()
    }

    /// Reads a marker file; lines it does not understand (an older marker) are ignored.
    ///
    /// Each line is `HASH  PATH`, `input HASH  FOLDER` or `print HASH  PATH`, with 64 hex digits; it is read on its bytes, since a
    /// rebuild with nothing changed reads one line for every file of every school's site.
    public init(text: String) {
        var hashes: [String: String] = [:]
        for line in text.lineSlices where !line.utf8.starts(with: "#".utf8) {
            if line.utf8.starts(with: "name ".utf8), let tab = line.firstIndex(of: "\t") {
                names[String(line[line.index(line.startIndex, offsetBy: 5)..<tab])] = String(
                    line[line.index(after: tab)...])
            } else if line.utf8.starts(with: "input ".utf8) {
                if let (hash, folder) = Self.entry(line.dropFirst(6)) { inputs[folder] = hash }
            } else if line.utf8.starts(with: "print ".utf8) {
                if let (hash, path) = Self.entry(line.dropFirst(6)) { prints[path] = hash }
            } else if let (hash, path) = Self.entry(line) {
                hashes[path] = hash
            }
        }
        self.hashes = hashes
    }

    // A name line is `name FOLDER<tab>NAME`: a folder with a tab, or either with a line break, is left out
    // (and its school's profile read again on the next build).
    private static func canName(_ folder: String, _ name: String) -> Bool {
        !folder.contains("\t") && !folder.contains("\n") && !name.contains("\n") && !name.contains("\r")
    }

    // 64 hex digits, two spaces and a path that is not empty.
    private static func entry(_ line: Substring) -> (hash: String, path: String)? {
        let bytes = line.utf8
        guard bytes.count > 66 else { return nil }
        let hashEnd = bytes.index(bytes.startIndex, offsetBy: 64)
        let isHex = bytes[..<hashEnd].allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
        }
        guard isHex, bytes[hashEnd...].starts(with: "  ".utf8) else { return nil }
        return (String(line[..<hashEnd]), String(line[bytes.index(hashEnd, offsetBy: 2)...]))
    }
}
