import Foundation

#if canImport(Glibc)
    import Glibc

    @_silgen_name("renameat2")
    private func renameat2(
        _ oldDirectory: Int32, _ old: UnsafePointer<CChar>, _ newDirectory: Int32, _ new: UnsafePointer<CChar>,
        _ flags: UInt32
    ) -> Int32
#endif

/// An error from the operating system, with the path it concerns.
public struct FileSystemError: Error, CustomStringConvertible, Sendable {
    /// The path the operation was working on.
    public var path: String
    /// What went wrong, in words.
    public var reason: String

    /// Makes an error about a path.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// "path: reason".
    public var description: String { "\(path): \(reason)" }
}

extension FileSystem {
    /// The machine's real file system.
    public static let local: FileSystem = {
        var fileSystem = localOperations
        fileSystem.isSymbolicLink = { path in
            var status = stat()
            return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
        }
        fileSystem.listWithKinds = { path in try entries(of: path) }
        return fileSystem
    }()

    // A folder's entries as readdir(3) gives them: most say whether they are a file or a folder, so that
    // reading a built site's 6,400 files does not stat each one; a link or an unknown type is asked of stat.
    private static func entries(of path: String) throws -> [(name: String, kind: Kind?)] {
        guard let folder = opendir(path) else {
            throw FileSystemError(path: path, reason: String(cString: strerror(errno)))
        }
        defer { closedir(folder) }
        var found: [(name: String, kind: Kind?)] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(cString: $0.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): found.append((name, .file))
            case Int32(DT_DIR): found.append((name, .directory))
            default: found.append((name, localOperations.kind(Path.join(path, name))))
            }
        }
        return found
    }

    private static let localOperations = FileSystem(
        read: { path in
            do {
                return try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw FileSystemError(path: path, reason: reason(error, fallback: "cannot be read"))
            }
        },
        list: { path in
            do {
                return try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw FileSystemError(path: path, reason: reason(error, fallback: "cannot be listed"))
            }
        },
        kind: { path in
            // stat(2) follows links, as FileManager's fileExists does, without building a URL on every call:
            // a rebuild asks this of every file of the previous site.
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            return status.st_mode & S_IFMT == S_IFDIR ? .directory : .file
        },
        write: { path, data in
            // Plain open/write/close: site files are published by renaming their folder, so each one needs
            // no flush of its own (Foundation's writer flushes every file, which made builds slow).
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw FileSystemError(path: path, reason: String(cString: strerror(errno))) }
            defer { close(descriptor) }
            try data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 && errno == EINTR { continue }
                    guard written > 0 else {
                        throw FileSystemError(path: path, reason: String(cString: strerror(errno)))
                    }
                    offset += written
                }
            }
        },
        makeDirectory: { path in
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw FileSystemError(path: path, reason: reason(error, fallback: "cannot be created"))
            }
        },
        remove: { path in
            guard FileManager.default.fileExists(atPath: path) else { return }
            do {
                try FileManager.default.removeItem(atPath: path)
            } catch {
                throw FileSystemError(path: path, reason: reason(error, fallback: "cannot be removed"))
            }
        },
        swap: { from, to in
            #if canImport(Glibc)
                let exchange: UInt32 = 1 << 1  // RENAME_EXCHANGE
                if FileManager.default.fileExists(atPath: to) {
                    guard renameat2(AT_FDCWD, from, AT_FDCWD, to, exchange) == 0 else {
                        throw FileSystemError(path: to, reason: String(cString: strerror(errno)))
                    }
                    return
                }
            #endif
            guard rename(from, to) == 0 else {
                throw FileSystemError(path: to, reason: String(cString: strerror(errno)))
            }
        },
        replaceAtomically: { path, data in try AtomicFile.replace(path, with: data) },
        link: { existing, new in
            guard Glibc.link(existing, new) == 0 else {
                throw FileSystemError(path: new, reason: String(cString: strerror(errno)))
            }
        }
    )

    private static func reason(_ error: Error, fallback: String) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue))
        }
        switch nsError.code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file or folder"
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
        case NSFileWriteOutOfSpaceError: return "no space left on the device"
        default: return fallback
        }
    }
}
