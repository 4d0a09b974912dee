import Foundation

extension FileSystem {
    /// This file system as it would look with `files` (absolute paths) written: reads and listings see them
    /// and the folders holding them, and nothing is written anywhere. For checking a file before making it.
    public func overlaying(_ files: [String: Data]) -> FileSystem {
        var entries: [String: Set<String>] = [:]
        for path in files.keys {
            var child = path
            while child != "/" {
                let parent = Path.parent(child)
                entries[parent, default: []].insert(Path.name(child))
                child = parent
            }
        }
        let base = self, folders = entries
        let refuse: @Sendable (String) throws -> Void = { path in
            throw FileSystemError(path: path, reason: "nothing is written while checking")
        }
        var overlay = FileSystem(
            read: { path in try files[path] ?? base.read(path) },
            list: { path in
                let added = folders[path] ?? []
                let existing = base.kind(path) == .directory ? try base.list(path) : []
                return Array(added.union(existing))
            },
            kind: { path in files[path] != nil ? .file : folders[path] != nil ? .directory : base.kind(path) },
            write: { path, _ in try refuse(path) },
            makeDirectory: refuse,
            remove: refuse,
            swap: { path, _ in try refuse(path) },
            replaceAtomically: { path, _ in try refuse(path) },
            link: { path, _ in try refuse(path) })
        overlay.isSymbolicLink = { path in files[path] == nil && folders[path] == nil && base.isSymbolicLink(path) }
        return overlay
    }
}
