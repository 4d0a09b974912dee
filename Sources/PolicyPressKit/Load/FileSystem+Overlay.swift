import Foundation

extension FileSystem {
    /// This file system as it would look with `files` (absolute paths) written, and with the folders in
    /// `replaced` holding nothing but what `files` puts in them: reads and listings see the files and the
    /// folders holding them, what a replaced folder held is hidden (a replaced folder given no files is not
    /// there at all), and nothing is written anywhere. For checking a file before making it, and for reading
    /// a school as it was, with the files an approval kept in place of today's.
    public func overlaying(_ files: [String: Data], replacing replaced: Set<String> = []) -> FileSystem {
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
        let hidden: @Sendable (String) -> Bool = { path in
            files[path] == nil && folders[path] == nil && replaced.contains { path == $0 || path.hasPrefix($0 + "/") }
        }
        let refuse: @Sendable (String) throws -> Void = { path in
            throw FileSystemError(path: path, reason: "nothing is written while checking")
        }
        var overlay = FileSystem(
            read: { path in
                if let data = files[path] { return data }
                guard !hidden(path) else { throw FileSystemError(path: path, reason: "no such file or folder") }
                return try base.read(path)
            },
            list: { path in
                let added = folders[path] ?? []
                let existing = base.kind(path) == .directory && !hidden(path) ? try base.list(path) : []
                return Array(added.union(existing.filter { !hidden(Path.join(path, $0)) }))
            },
            kind: { path in
                files[path] != nil ? .file : folders[path] != nil ? .directory : hidden(path) ? nil : base.kind(path)
            },
            write: { path, _ in try refuse(path) },
            makeDirectory: refuse,
            remove: refuse,
            swap: { path, _ in try refuse(path) },
            replaceAtomically: { path, _ in try refuse(path) },
            link: { path, _ in try refuse(path) })
        overlay.isSymbolicLink = { path in
            files[path] == nil && folders[path] == nil && !hidden(path) && base.isSymbolicLink(path)
        }
        return overlay
    }
}
