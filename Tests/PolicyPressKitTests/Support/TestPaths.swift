import Foundation

/// Where the tests find the package, its fixtures and the built `policypress` command.
enum TestPaths {
    /// The package's root folder.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/PolicyPressKitTests/Fixtures`.
    static let fixtures = packageRoot.appendingPathComponent("Tests/PolicyPressKitTests/Fixtures")

    /// The `policypress` executable that `swift build` put beside the test bundle.
    static let binary: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
                "policypress"),
            packageRoot.appendingPathComponent(".build/debug/policypress"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }()

    /// A new empty folder for one test, removed by the caller with `removeItem`.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("policypress-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies a folder's contents into another, merging.
    static func copyContents(of source: URL, into target: URL) throws {
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: source.path) {
            let from = source.appendingPathComponent(name), to = target.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            manager.fileExists(atPath: from.path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                try manager.createDirectory(at: to, withIntermediateDirectories: true)
                try copyContents(of: from, into: to)
            } else {
                try? manager.removeItem(at: to)
                try manager.copyItem(at: from, to: to)
            }
        }
    }

    /// Every file below a folder, as sorted paths relative to it.
    static func files(under root: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files.append(path) }
        }
        return files.sorted()
    }
}
