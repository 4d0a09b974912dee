import Foundation
import Testing

/// Whole miniature libraries run through the real command: each folder under `Fixtures/cases` holds
/// `input/` (files laid over a copy of the project's Templates), `args` (one argument a line) and
/// `expected/` (stdout, stderr, status, the built `site/` when the command writes one, `written/`, the
/// policy files it writes or changes in the library, for `import`, and `removed`, those it removes).
@Suite struct GoldenCaseTests {
    static let casesFolder = TestPaths.fixtures.appendingPathComponent("cases")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: casesFolder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test(arguments: cases)
    func goldenCase(_ name: String) throws {
        let folder = Self.casesFolder.appendingPathComponent(name)
        let expected = folder.appendingPathComponent("expected")
        let work = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work.appendingPathComponent("Templates"), withIntermediateDirectories: true)
        try TestPaths.copyContents(of: TestPaths.packageRoot.appendingPathComponent("Templates"), into: work.appendingPathComponent("Templates"))
        try TestPaths.copyContents(of: folder.appendingPathComponent("input"), into: work)
        let arguments = try String(contentsOf: folder.appendingPathComponent("args"), encoding: .utf8)
            .split(separator: "\n").map(String.init)

        let result = try CommandRunner.policypress(arguments, in: work)

        Golden.check(result.stdout, against: expected.appendingPathComponent("stdout"))
        Golden.check(result.stderr, against: expected.appendingPathComponent("stderr"))
        Golden.check("\(result.status)\n", against: expected.appendingPathComponent("status"))
        let site = work.appendingPathComponent("site")
        // The stylesheet and the marker's manifest of hashes change with every template edit; they are left out.
        let built = TestPaths.files(under: site).filter { $0 != "style.css" && $0 != ".policypress-site" }
        let goldenSite = expected.appendingPathComponent("site")
        if !Golden.recording {
            #expect(built == TestPaths.files(under: goldenSite), "the built site has other files than expected/site")
        }
        for path in built {
            let text = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
            Golden.check(text, against: goldenSite.appendingPathComponent(path))
        }
        // Policies the command wrote into the library (`import`: new files, and files `--update` changed),
        // compared with expected/written; the files it removed (`--update`) are listed in expected/removed.
        let inputPolicies = folder.appendingPathComponent("input/Content/policies")
        let policies = work.appendingPathComponent("Content/policies")
        let input = TestPaths.files(under: inputPolicies)
        let after = TestPaths.files(under: policies)
        let written = after.filter { path in
            !input.contains(path) || FileManager.default.contents(atPath: inputPolicies.appendingPathComponent(path).path)
                != FileManager.default.contents(atPath: policies.appendingPathComponent(path).path)
        }
        let goldenWritten = expected.appendingPathComponent("written")
        if !Golden.recording {
            #expect(written == TestPaths.files(under: goldenWritten), "the library holds other new or changed files than expected/written")
        }
        for path in written {
            let text = try String(contentsOf: policies.appendingPathComponent(path), encoding: .utf8)
            Golden.check(text, against: goldenWritten.appendingPathComponent(path))
        }
        let removed = input.filter { !after.contains($0) }
        let goldenRemoved = expected.appendingPathComponent("removed")
        if !removed.isEmpty || FileManager.default.fileExists(atPath: goldenRemoved.path) {
            Golden.check(removed.map { $0 + "\n" }.joined(), against: goldenRemoved)
        }
    }
}
