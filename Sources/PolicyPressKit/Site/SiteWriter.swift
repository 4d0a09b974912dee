import Foundation

/// Publishes a built site to a folder in one step, through a ``SitePublication``: a complete copy is made
/// beside the folder (changed files written, unchanged ones hard-linked) and swapped in, so that a failed or
/// interrupted build leaves the previous site exactly as it was, and a build that changes nothing writes nothing.
///
/// The writer and its publications are the only part of the tool that writes a site.
public struct SiteWriter: Sendable {
    /// The file every built site carries, so that a later build knows the folder is one it may replace; it also
    /// holds the site's manifest (``SiteManifest``).
    public static let marker = ".policypress-site"

    /// Where to write.
    public var fileSystem: FileSystem

    /// Makes a writer.
    public init(fileSystem: FileSystem) {
        self.fileSystem = fileSystem
    }

    /// Starts publishing to `output` (an absolute path); `shown` is the path as the user gave it, for messages.
    /// A folder that PolicyPress did not build is never replaced.
    public func begin(_ output: String, shown: String) throws(Diagnostic) -> SitePublication {
        try checkReplaceable(output, location: SourceLocation(file: shown))
        let marker = Path.join(output, Self.marker)
        let previous = (try? fileSystem.read(marker)).map { SiteManifest(text: String(decoding: $0, as: UTF8.self)) }
        return SitePublication(fileSystem: fileSystem, output: output, previous: previous ?? SiteManifest())
    }

    /// Writes a whole site held in memory to `output`, writing only the files that changed.
    @discardableResult
    public func write(_ site: Site, to output: String, shown: String) throws(Diagnostic) -> SitePublication.Outcome {
        let publication = try begin(output, shown: shown)
        do {
            for path in site.paths { try publication.add(path, site.files[path]!) }
            return try publication.finish()
        } catch {
            publication.abandon()
            throw Self.failure(error, shown: shown)
        }
    }

    /// The error for a site that could not be written.
    public static func failure(_ error: Error, shown: String) -> Diagnostic {
        Diagnostic("the site could not be written, and the previous site is unchanged: \(error)", at: SourceLocation(file: shown))
    }

    private func checkReplaceable(_ output: String, location: SourceLocation) throws(Diagnostic) {
        switch fileSystem.kind(output) {
        case nil:
            return
        case .file:
            throw Diagnostic("the output must be a folder, but this is a file; choose another --output", at: location)
        case .directory:
            let names = (try? fileSystem.list(output)) ?? []
            if names.isEmpty || names.contains(Self.marker) { return }
            throw Diagnostic(
                "refusing to replace this folder: it holds files that PolicyPress did not build (it has no \(Self.marker) file); choose a new or empty folder for --output",
                at: location)
        }
    }
}
