import Foundation

/// Reads what a site's output folder holds before a build: what is there, the manifest of the site built
/// there last, and every file below it, for the ``SiteWriter`` (which writes without reading).
public struct OutputFolderReader: Sendable {
    /// Where to read.
    public var fileSystem: FileSystem

    /// Makes a reader.
    public init(fileSystem: FileSystem) {
        self.fileSystem = fileSystem
    }

    /// What is at `output` (an absolute path) now.
    public func folder(at output: String) -> OutputFolder {
        let kind = fileSystem.kind(output)
        guard kind == .directory else { return OutputFolder(kind: kind) }
        let marker = (try? fileSystem.read(Path.join(output, SiteWriter.marker))).map {
            SiteManifest(text: String(decoding: $0, as: UTF8.self))
        }
        let entries = (try? fileSystem.entries(of: output)) ?? []
        var folder = OutputFolder(kind: kind, names: entries.map(\.name), manifest: marker ?? SiteManifest())
        add(entries, under: output, prefix: "", to: &folder)
        return folder
    }

    // Every entry of the previous site's folder but the marker: a file someone left there is a change to undo.
    private func add(
        _ entries: [(name: String, kind: FileSystem.Kind?)], under folder: String, prefix: String,
        to output: inout OutputFolder
    ) {
        for (name, kind) in entries where !(prefix.isEmpty && name == SiteWriter.marker) {
            switch kind {
            case .directory:
                let path = Path.join(folder, name)
                add((try? fileSystem.entries(of: path)) ?? [], under: path, prefix: prefix + name + "/", to: &output)
            case .file:
                output.paths.insert(prefix + name)
                output.files.insert(prefix + name)
            case nil:
                output.paths.insert(prefix + name)
            }
        }
    }
}
