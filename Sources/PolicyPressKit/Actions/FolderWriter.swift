import Foundation

/// Writes files into a folder (a policy's amendments, an imported policy, a policy updated in place) so that,
/// whenever the process stops, the folder is either as it was or has every new file: the new folder is made
/// beside it (a copy of the old, or of the entries of it to keep, with the new files written) and swapped in
/// in one step, as the site is.
///
/// The copy is made in a hidden folder beside it, which readers pass over; one left by a process that
/// stopped part way is removed by the next write.
struct FolderWriter {
    /// Where to write.
    var fileSystem: FileSystem

    /// The hidden folder a new `folder` is made in.
    static func staging(for folder: String) -> String {
        Path.join(Path.parent(folder), ".\(Path.name(folder)).partial")
    }

    /// Writes `contents` (paths relative to `folder`, such as `02-scope.md` or `.base/02-scope.md`) into
    /// `folder`, keeping every other file it holds.
    func write(_ contents: [String: Data], into folder: String) throws {
        try swapIn(folder, with: contents) { staging in
            if fileSystem.isDirectory(folder) { try copy(folder, to: staging) }
        }
    }

    /// Makes `folder`, which must exist, hold exactly `contents` and the entries of it named in `keeping`
    /// (files or folders, such as `policy.yml`), as they are now: every other entry goes.
    func replace(_ folder: String, with contents: [String: Data], keeping kept: [String]) throws {
        guard fileSystem.isDirectory(folder) else {
            throw FileSystemError(path: folder, reason: "there is no such folder")
        }
        try swapIn(folder, with: contents) { staging in
            for name in kept.sorted() {
                try copy(name, fileSystem.kind(Path.join(folder, name)), from: folder, to: staging)
            }
        }
    }

    // Makes the new folder at the staging place (what `start` puts there, then `contents`), and swaps it in.
    private func swapIn(_ folder: String, with contents: [String: Data], start: (_ staging: String) throws -> Void)
        throws
    {
        let staging = Self.staging(for: folder)
        try fileSystem.remove(staging)
        try fileSystem.makeDirectory(staging)
        try start(staging)
        for (path, data) in contents.sorted(by: { $0.key < $1.key }) {
            let target = Path.join(staging, path)
            try fileSystem.makeDirectory(Path.parent(target))
            // A copied file of the same name is replaced whole; the new bytes are on disk before the swap.
            try fileSystem.replaceAtomically(target, data)
        }
        try fileSystem.swap(staging, folder)
        // What is at `staging` now is the old folder, if there was one.
        try fileSystem.remove(staging)
    }

    /// Makes `folder`, which must not exist, holding `contents`.
    func create(_ folder: String, with contents: [String: Data]) throws {
        guard fileSystem.kind(folder) == nil else { throw FileSystemError(path: folder, reason: "it already exists") }
        try fileSystem.makeDirectory(Path.parent(folder))
        try write(contents, into: folder)
    }

    private func copy(_ folder: String, to target: String) throws {
        for (name, kind) in try fileSystem.entries(of: folder) {
            try copy(name, kind, from: folder, to: target)
        }
    }

    // One entry of `folder`, a file or a folder with all it holds, copied into `target`.
    private func copy(_ name: String, _ kind: FileSystem.Kind?, from folder: String, to target: String) throws {
        let from = Path.join(folder, name), to = Path.join(target, name)
        switch kind {
        case .directory:
            try fileSystem.makeDirectory(to)
            try copy(from, to: to)
        case .file:
            try fileSystem.write(to, try fileSystem.read(from))
        case nil:
            break
        }
    }
}
