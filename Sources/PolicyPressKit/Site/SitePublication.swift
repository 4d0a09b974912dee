import Foundation

/// One build's publication of a site, file by file, safe to feed from several threads at once.
///
/// Files come in as they are built. While each matches the previous site (by the manifest's hash), nothing is
/// written. At the first difference a staging folder is made beside the output: unchanged files are hard-linked
/// into it from the previous site (so they keep their bytes and timestamps) and changed ones written. `finish`
/// then swaps the staging folder in with one rename, so that an interrupted build leaves the previous site whole.
public final class SitePublication: @unchecked Sendable {
    /// What a publication did.
    public struct Outcome: Equatable, Sendable {
        /// Files written (new or changed).
        public var written: Int
        /// Files carried over unchanged from the previous site.
        public var unchanged: Int
        /// Files of the previous site left out of the new one.
        public var removed: Int
    }

    private let fileSystem: FileSystem
    private let output: String
    private let staging: String
    private let previous: SiteManifest
    private let existing: OutputFolder
    /// The previous site's paths by their first folder, so that a school's files are found without scanning all.
    private let previousByFolder: [String: [String]]
    private let lock = NSLock()
    private var current = SiteManifest()
    private var staged = false
    private var written = 0
    /// Folders of the staging site already made, so that each is made once, not once per file.
    private var madeFolders: Set<String> = []

    init(fileSystem: FileSystem, output: String, existing: OutputFolder) {
        self.fileSystem = fileSystem
        self.output = output
        self.staging = Path.join(Path.parent(output), "." + Path.name(output) + ".building")
        self.previous = existing.manifest
        self.existing = existing
        current.hashes.reserveCapacity(existing.manifest.hashes.count)
        previousByFolder = Dictionary(grouping: existing.manifest.hashes.keys) { path in
            path.firstIndex(of: "/").map { String(path[..<$0]) } ?? ""
        }
    }

    // The previous site's paths under a folder (`.` is the whole site).
    private func previousPaths(under prefix: String) -> [String] {
        prefix == "." ? Array(previous.hashes.keys) : previousByFolder[prefix] ?? []
    }

    /// Adds a file to the new site.
    public func add(_ path: String, _ data: Data) throws {
        let hash = SiteManifest.hash(data)
        let unchanged = previous.hashes[path] == hash && existing.files.contains(path)
        let isStaged: Bool = try lock.withLock {
            current.hashes[path] = hash
            if !unchanged && !staged { try stage() }
            if !unchanged { written += 1 }
            return staged
        }
        guard isStaged else { return }
        let target = Path.join(staging, path)
        try makeParent(of: path)
        if unchanged {
            try fileSystem.link(Path.join(output, path), target)
        } else {
            try fileSystem.write(target, data)
        }
    }

    /// Carries over a school's pages unchanged, without building them, when everything they were built
    /// from is as it was (`input` is a hash of all of it); says whether it could.
    public func reuse(under prefix: String, input: String) throws -> Bool {
        guard previous.inputs[prefix] == input, !previousPaths(under: prefix).isEmpty else {
            return false
        }
        try keep(under: prefix)
        record(input, name: previous.names[prefix], under: prefix)
        return true
    }

    /// Adds every file of a site built in memory, under the folder `prefix` if given, with what its PDFs
    /// were printed from.
    public func add(_ site: Site, under prefix: String? = nil) throws {
        let place = { (path: String) in prefix.map { $0 + "/" + path } ?? path }
        for path in site.paths { try add(place(path), site.files[path]!) }
        lock.withLock {
            for (path, input) in site.prints { current.prints[place(path)] = input }
        }
    }

    /// The school's name as the previous site showed the pages under a folder, if it was noted.
    public func previousName(under prefix: String) -> String? {
        previous.names[prefix]
    }

    /// Notes what a school's freshly built pages were built from, and the school's name, so that the next
    /// build can reuse them.
    public func record(_ input: String, name: String?, under prefix: String) {
        lock.withLock {
            current.inputs[prefix] = input
            current.names[prefix] = name
        }
    }

    /// The number of files the previous site had under a folder.
    public func previousCount(under prefix: String, suffix: String) -> Int {
        previousPaths(under: prefix).filter { $0.hasSuffix(suffix) }.count
    }

    /// Carries files of the previous site under a folder into the new one unchanged (a school whose build
    /// failed keeps its last good pages).
    public func keep(under prefix: String) throws {
        let paths = previousPaths(under: prefix)
        // Noted all at once: if the staging folder is made later, it links them in itself.
        let isStaged = lock.withLock {
            for path in paths {
                current.hashes[path] = previous.hashes[path]
                current.prints[path] = previous.prints[path]
            }
            return staged
        }
        guard isStaged else { return }
        for path in paths {
            try makeParent(of: path)
            try fileSystem.link(Path.join(output, path), Path.join(staging, path))
        }
    }

    // Called with the lock held: the first difference makes the staging folder and links in what came before.
    private func stage() throws {
        try fileSystem.remove(staging)
        try fileSystem.makeDirectory(staging)
        madeFolders = []
        staged = true
        // A file the previous site lists but someone deleted from the folder is written, not linked.
        for path in current.hashes.keys
        where previous.hashes[path] == current.hashes[path] && existing.files.contains(path) {
            let target = Path.join(staging, path)
            try makeStagingParent(of: path)
            try fileSystem.link(Path.join(output, path), target)
        }
    }

    // Makes the staging folder that will hold `path`, unless this publication made it already.
    private func makeParent(of path: String) throws {
        try lock.withLock { try makeStagingParent(of: path) }
    }

    // The same, for a caller that holds the lock already.
    private func makeStagingParent(of path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        guard !madeFolders.contains(folder) else { return }
        try fileSystem.makeDirectory(Path.join(staging, folder))
        madeFolders.insert(folder)
    }

    /// Publishes the new site (nothing at all when it equals the previous one) and says what changed.
    public func finish() throws -> Outcome {
        try lock.withLock {
            let removed = previous.hashes.keys.filter { current.hashes[$0] == nil }.count
            let unchanged = current.hashes.count - written
            // A file someone left in the previous site's folder is a change to undo.
            if !staged && removed == 0 && current.inputs == previous.inputs && current.names == previous.names
                && current.prints == previous.prints && existing.kind == .directory
                && existing.paths == Set(current.hashes.keys)
            {
                return Outcome(written: 0, unchanged: unchanged, removed: 0)
            }
            if !staged { try stage() }
            try fileSystem.write(Path.join(staging, SiteWriter.marker), Data(current.text.utf8))
            try fileSystem.swap(staging, output)
            // After the swap the staging name holds the previous site, if there was one.
            try fileSystem.remove(staging)
            return Outcome(written: written, unchanged: unchanged, removed: removed)
        }
    }

    /// Gives up: removes the staging folder and leaves the previous site as it was.
    public func abandon() {
        lock.withLock { try? fileSystem.remove(staging) }
    }
}
