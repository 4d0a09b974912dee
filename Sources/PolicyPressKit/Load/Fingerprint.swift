import Crypto
import Foundation

/// A hash of everything in a folder (names and bytes), so that a rebuild can tell that nothing a school's
/// pages depend on has changed without building them.
struct Fingerprint {
    private var hasher = SHA256()

    /// Adds text, such as a setting.
    mutating func add(_ text: String) {
        hasher.update(data: Data((text + "\u{0}").utf8))
    }

    /// Adds bytes, with their length, so that two pieces never read as one.
    mutating func add(_ data: Data) {
        add("\(data.count)")
        hasher.update(data: data)
    }

    /// Adds the whole policy library: vocabulary, policies and everything else in `Content/` but the schools,
    /// and the templates.
    mutating func add(library project: Project, fileSystem: FileSystem) {
        add(folder: project.root + "/Content", fileSystem: fileSystem, skipping: "schools")
        add(folder: project.templatesFolder, fileSystem: fileSystem)
    }

    /// Adds the trust folder a school's `school.yml` names, if it names one: the trust's values and amendments
    /// are part of what the school's pages are built from. The profile is parsed only when it mentions a trust folder.
    mutating func add(trustOfSchoolIn school: String, fileSystem: FileSystem) {
        let file = Path.join(school, "school.yml")
        guard let data = try? fileSystem.read(file),
            let trust = TrustReader.folder(inProfile: data, file: file, bySchoolIn: school)
        else { return }
        add(trust)
        add(folder: trust, fileSystem: fileSystem)
    }

    /// Adds every file below a folder, in name order (leaving out one entry, if named, and with `hidden` false
    /// the names that start with a dot, such as an editor's swap files); a missing folder adds nothing.
    mutating func add(folder: String, fileSystem: FileSystem, skipping skipped: String? = nil, hidden: Bool = true) {
        for name in ((try? fileSystem.list(folder)) ?? []).sorted()
        where name != skipped && (hidden || !name.hasPrefix(".")) {
            let path = Path.join(folder, name)
            add(name)
            if fileSystem.isDirectory(path) {
                add(folder: path, fileSystem: fileSystem, hidden: hidden)
            } else if let data = try? fileSystem.read(path) {
                hasher.update(data: data)
            }
        }
    }

    /// The hash, as 64 hex digits.
    func finish() -> String {
        hasher.finalize().hex
    }
}
