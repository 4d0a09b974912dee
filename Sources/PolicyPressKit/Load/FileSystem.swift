import Foundation

/// The file system as a small set of closures, passed in so that tests can run on memory alone.
public struct FileSystem: Sendable {
    /// What is at a path.
    public enum Kind: Sendable { case file, directory }

    /// The bytes of a file.
    public var read: @Sendable (_ path: String) throws -> Data
    /// The names (not paths) of the entries in a folder, in no particular order.
    public var list: @Sendable (_ path: String) throws -> [String]
    /// What is at a path, or nil when nothing is.
    public var kind: @Sendable (_ path: String) -> Kind?
    /// Writes a file, creating or replacing it.
    public var write: @Sendable (_ path: String, _ data: Data) throws -> Void
    /// Creates a folder and its parents.
    public var makeDirectory: @Sendable (_ path: String) throws -> Void
    /// Removes a file or a folder with all it holds.
    public var remove: @Sendable (_ path: String) throws -> Void
    /// Puts the folder at `from` in the place of `to` in one step; what was at `to`, if anything, ends up at `from`.
    public var swap: @Sendable (_ from: String, _ to: String) throws -> Void
    /// Replaces a file so that, even if the process dies or the machine stops part way, the file holds
    /// either all of its old bytes or all of its new ones; the new bytes are on disk when it returns.
    public var replaceAtomically: @Sendable (_ path: String, _ data: Data) throws -> Void
    /// Makes `new` a second name for the file at `existing` (a hard link): no bytes are written, and the
    /// file keeps its timestamps.
    public var link: @Sendable (_ existing: String, _ new: String) throws -> Void
    /// Whether the path itself is a symbolic link (not what it points to).
    public var isSymbolicLink: @Sendable (_ path: String) -> Bool = { _ in false }
    /// The entries of a folder with what each is, when the file system can tell both in one reading
    /// (the machine's does); otherwise ``entries(of:)`` asks `kind` of each.
    public var listWithKinds: (@Sendable (_ path: String) throws -> [(name: String, kind: Kind?)])?

    /// Assembles a file system from its operations.
    public init(
        read: @escaping @Sendable (String) throws -> Data,
        list: @escaping @Sendable (String) throws -> [String],
        kind: @escaping @Sendable (String) -> Kind?,
        write: @escaping @Sendable (String, Data) throws -> Void,
        makeDirectory: @escaping @Sendable (String) throws -> Void,
        remove: @escaping @Sendable (String) throws -> Void,
        swap: @escaping @Sendable (String, String) throws -> Void,
        replaceAtomically: @escaping @Sendable (String, Data) throws -> Void,
        link: @escaping @Sendable (String, String) throws -> Void
    ) {
        self.read = read
        self.list = list
        self.kind = kind
        self.write = write
        self.makeDirectory = makeDirectory
        self.remove = remove
        self.swap = swap
        self.replaceAtomically = replaceAtomically
        self.link = link
    }

    /// The entries of a folder, by name, with what each is (following symbolic links, as `kind` does).
    public func entries(of path: String) throws -> [(name: String, kind: Kind?)] {
        if let listWithKinds { return try listWithKinds(path) }
        return try list(path).map { ($0, kind(Path.join(path, $0))) }
    }

    /// Whether a file (not a folder) exists at a path.
    public func isFile(_ path: String) -> Bool { kind(path) == .file }

    /// Whether a folder exists at a path.
    public func isDirectory(_ path: String) -> Bool { kind(path) == .directory }
}
