import Foundation

/// A copy of the project's Content and Templates in a temporary folder, for tests that change or write files.
///
/// The shipped schools' registers are left out unless asked for, so that each test starts from no approvals.
struct Workspace {
    let root: URL

    init(keepingRegisters: Bool = false) throws {
        root = try TestPaths.temporaryFolder()
        for folder in ["Content", "Templates"] {
            let target = root.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try TestPaths.copyContents(of: TestPaths.packageRoot.appendingPathComponent(folder), into: target)
        }
        guard !keepingRegisters else { return }
        let schools = root.appendingPathComponent("Content/schools")
        for school in try FileManager.default.contentsOfDirectory(atPath: schools.path) {
            for name in ["register.yml", "approved"] {
                try? FileManager.default.removeItem(
                    at: schools.appendingPathComponent(school).appendingPathComponent(name))
            }
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func read(_ path: String) -> String? {
        try? String(contentsOf: url(path), encoding: .utf8)
    }

    func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(
            at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url(path), atomically: true, encoding: .utf8)
    }

    /// Replaces text in a file.
    func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try require(read(path))
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    /// Runs `policypress` here.
    func run(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.policypress(arguments, in: root)
    }
}

private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw CocoaError(.fileReadNoSuchFile) }
    return value
}
