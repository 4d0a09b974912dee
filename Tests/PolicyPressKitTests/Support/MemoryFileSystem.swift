import Foundation
@testable import PolicyPressKit

/// A file system held in memory, for tests that need no disk; `failWrites` makes writes under a path fail.
final class MemoryFileSystem: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: Data] = [:]
    private var folders: Set<String> = ["/"]
    /// Writes to paths starting with this fail with "no space left", as a full disk would.
    var failWrites: String?

    init(_ files: [String: String] = [:]) {
        for (path, text) in files { try! write(path, Data(text.utf8)) }
    }

    func text(_ path: String) -> String? {
        lock.withLock { files[path].map { String(decoding: $0, as: UTF8.self) } }
    }

    func allPaths() -> [String] {
        lock.withLock { (Array(files.keys) + Array(folders)).sorted() }
    }

    private func makeParents(_ path: String) {
        var parent = (path as NSString).deletingLastPathComponent
        while !parent.isEmpty, parent != "/", !folders.contains(parent) {
            folders.insert(parent)
            parent = (parent as NSString).deletingLastPathComponent
        }
    }

    func write(_ path: String, _ data: Data) throws {
        try lock.withLock {
            if let prefix = failWrites, path.hasPrefix(prefix) {
                throw FileSystemError(path: path, reason: "no space left on the device")
            }
            makeParents(path)
            files[path] = data
        }
    }

    private func move(from: String, to: String) {
        for key in files.keys where key == from || key.hasPrefix(from + "/") {
            files[to + key.dropFirst(from.count)] = files.removeValue(forKey: key)
        }
        for folder in folders where folder == from || folder.hasPrefix(from + "/") {
            folders.remove(folder)
            folders.insert(to + folder.dropFirst(from.count))
        }
    }

    var fileSystem: FileSystem {
        FileSystem(
            read: { path in
                try self.lock.withLock {
                    guard let data = self.files[path] else {
                        throw FileSystemError(path: path, reason: "no such file or folder")
                    }
                    return data
                }
            },
            list: { path in
                self.lock.withLock {
                    let prefix = path.hasSuffix("/") ? path : path + "/"
                    let children = (Array(self.files.keys) + Array(self.folders)).filter { $0.hasPrefix(prefix) }
                        .map { String($0.dropFirst(prefix.count).split(separator: "/").first ?? "") }
                    return Array(Set(children)).filter { !$0.isEmpty }
                }
            },
            kind: { path in
                self.lock.withLock { self.files[path] != nil ? .file : self.folders.contains(path) ? .directory : nil }
            },
            write: { path, data in try self.write(path, data) },
            makeDirectory: { path in
                self.lock.withLock {
                    self.makeParents(path + "/x")
                }
            },
            remove: { path in
                self.lock.withLock {
                    for key in self.files.keys where key == path || key.hasPrefix(path + "/") {
                        self.files.removeValue(forKey: key)
                    }
                    for folder in self.folders where folder == path || folder.hasPrefix(path + "/") {
                        self.folders.remove(folder)
                    }
                }
            },
            swap: { from, to in
                self.lock.withLock {
                    self.move(from: to, to: to + ".swapping")
                    self.move(from: from, to: to)
                    self.move(from: to + ".swapping", to: from)
                }
            },
            replaceAtomically: { path, data in try self.write(path, data) },
            link: { existing, new in
                guard let data = self.lock.withLock({ self.files[existing] }) else {
                    throw FileSystemError(path: existing, reason: "no such file or folder")
                }
                try self.write(new, data)
            }
        )
    }
}
