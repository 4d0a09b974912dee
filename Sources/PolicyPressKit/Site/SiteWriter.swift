import Foundation

/// Publishes a built site to a folder in one step, through a ``SitePublication``: a complete copy is made
/// beside the folder (changed files written, unchanged ones hard-linked) and swapped in, so that a failed or
/// interrupted build leaves the previous site exactly as it was, and a build that changes nothing writes nothing.
///
/// The writer and its publications are the only part of the tool that writes a site, and they read nothing:
/// what the output folder held before is read beforehand and handed in as an ``OutputFolder``.
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

    /// Starts publishing to `output` (an absolute path), which holds `existing`; `shown` is the path as the
    /// user gave it, for messages. A folder that PolicyPress did not build is never replaced.
    public func begin(_ output: String, shown: String, over existing: OutputFolder) throws(Diagnostic)
        -> SitePublication
    {
        try checkReplaceable(existing, location: SourceLocation(file: shown))
        return SitePublication(fileSystem: fileSystem, output: output, existing: existing)
    }

    /// Writes a whole site held in memory to `output`, which holds `existing`, writing only the files that changed.
    @discardableResult
    public func write(_ site: Site, to output: String, shown: String, over existing: OutputFolder) throws(Diagnostic)
        -> SitePublication.Outcome
    {
        let publication = try begin(output, shown: shown, over: existing)
        do {
            try publication.add(site)
            return try publication.finish()
        } catch {
            publication.abandon()
            throw Self.failure(error, shown: shown)
        }
    }

    /// The error for a site that could not be written.
    public static func failure(_ error: Error, shown: String) -> Diagnostic {
        Diagnostic(
            "the site could not be written, and the previous site is unchanged: \(error)",
            at: SourceLocation(file: shown))
    }

    private func checkReplaceable(_ existing: OutputFolder, location: SourceLocation) throws(Diagnostic) {
        switch existing.kind {
        case nil:
            return
        case .file:
            throw Diagnostic("the output must be a folder, but this is a file; choose another --output", at: location)
        case .directory:
            if existing.names.isEmpty || existing.names.contains(Self.marker) { return }
            throw Diagnostic(
                "refusing to replace this folder: it holds files that PolicyPress did not build (it has no \(Self.marker) file); choose a new or empty folder for --output",
                at: location)
        }
    }
}
