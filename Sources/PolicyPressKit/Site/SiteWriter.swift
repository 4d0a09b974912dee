import Foundation

/// Publishes a built site to a folder in one step: it writes a complete copy beside the folder, then swaps
/// the copy in, so that a failed or interrupted build leaves the previous site exactly as it was.
///
/// The writer is the only part of the tool that writes a site.
public struct SiteWriter: Sendable {
    /// The file every built site carries, so that a later build knows the folder is one it may replace.
    public static let marker = ".policypress-site"

    /// Where to write.
    public var fileSystem: FileSystem

    /// Makes a writer.
    public init(fileSystem: FileSystem) {
        self.fileSystem = fileSystem
    }

    /// Writes `site` to `output` (an absolute path); `shown` is the path as the user gave it, for messages.
    public func write(_ site: Site, to output: String, shown: String) throws(Diagnostic) {
        let location = SourceLocation(file: shown)
        try checkReplaceable(output, location: location)
        let staging = Path.join(Path.parent(output), "." + Path.name(output) + ".building")
        do {
            try fileSystem.remove(staging)
            try fileSystem.makeDirectory(staging)
            for path in site.paths {
                let target = Path.join(staging, path)
                if path.contains("/") { try fileSystem.makeDirectory(Path.parent(target)) }
                try fileSystem.write(target, site.files[path]!)
            }
            try fileSystem.write(Path.join(staging, Self.marker), Data(Self.markerText.utf8))
            try fileSystem.swap(staging, output)
            // After the swap the staging name holds the previous site, if there was one.
            try fileSystem.remove(staging)
        } catch {
            try? fileSystem.remove(staging)
            throw Diagnostic("the site could not be written, and the previous site is unchanged: \(error)", at: location)
        }
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

    private static let markerText = """
        This folder was built by PolicyPress. Each build replaces the whole folder, so do not keep other files here.

        """
}
