import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Replaces a file the way a register must be replaced: write a temporary file beside it, flush it to
/// disk, rename it over the old one, and flush the folder, so that no moment shows a partial file.
enum AtomicFile {
    /// Replaces `path` with `data`; on any failure the old file is untouched and the temporary file removed.
    static func replace(_ path: String, with data: Data) throws {
        let folder = Path.parent(path)
        let temporary = Path.join(folder, ".\(Path.name(path)).\(getpid()).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        // Problems are reported against the file the user named, not the temporary one.
        guard descriptor >= 0 else { throw error(path) }
        do {
            try data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 && errno == EINTR { continue }
                    guard written > 0 else { throw error(path) }
                    offset += written
                }
            }
            guard fsync(descriptor) == 0 else { throw error(path) }
            guard close(descriptor) == 0 else {
                unlink(temporary)
                throw error(path)
            }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let failure = error(path)
            unlink(temporary)
            throw failure
        }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    private static func error(_ path: String) -> FileSystemError {
        FileSystemError(path: path, reason: String(cString: strerror(errno)))
    }
}
