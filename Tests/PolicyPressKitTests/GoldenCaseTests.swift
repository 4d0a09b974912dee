import Foundation
import Testing

/// Whole miniature libraries run through the real command: each folder under `Fixtures/cases` holds
/// `input/` (files laid over a copy of the project's Templates), `args` (one argument a line) and
/// `expected/` (stdout, stderr, status, the built `site/` when the command writes one, `written/`, the
/// policy files it writes or changes in the library, for `import`, and `removed`, those it removes; and
/// `schools/`, the files it writes or changes in the school folders, for `approve`; a case without it writes
/// nothing there).
@Suite struct GoldenCaseTests {
    static let casesFolder = TestPaths.fixtures.appendingPathComponent("cases")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: casesFolder.path)) ?? []).filter { !$0.hasPrefix(".") }
            .sorted()
    }

    @Test(arguments: cases)
    func goldenCase(_ name: String) throws {
        let folder = Self.casesFolder.appendingPathComponent(name)
        let expected = folder.appendingPathComponent("expected")
        let work = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(
            at: work.appendingPathComponent("Templates"), withIntermediateDirectories: true)
        try TestPaths.copyContents(
            of: TestPaths.packageRoot.appendingPathComponent("Templates"),
            into: work.appendingPathComponent("Templates"))
        try TestPaths.copyContents(of: folder.appendingPathComponent("input"), into: work)
        let arguments = try String(contentsOf: folder.appendingPathComponent("args"), encoding: .utf8)
            .split(separator: "\n").map(String.init)

        let result = try CommandRunner.policypress(arguments, in: work)

        Golden.check(result.stdout, against: expected.appendingPathComponent("stdout"))
        Golden.check(result.stderr, against: expected.appendingPathComponent("stderr"))
        Golden.check("\(result.status)\n", against: expected.appendingPathComponent("status"))
        // The stylesheet and the marker's manifest of hashes change with every template edit; they are left out.
        let site = work.appendingPathComponent("site")
        let built = TestPaths.files(under: site).filter { $0 != "style.css" && $0 != ".policypress-site" }
        try Self.check(
            built, in: site, against: expected.appendingPathComponent("site"),
            what: "the built site has other files than expected/site")
        // Policies the command wrote into the library (`import`: new files, and files `--update` changed),
        // compared with expected/written; the files it removed (`--update`) are listed in expected/removed.
        let inputPolicies = folder.appendingPathComponent("input/Content/policies")
        let policies = work.appendingPathComponent("Content/policies")
        let input = TestPaths.files(under: inputPolicies)
        let after = TestPaths.files(under: policies)
        try Self.check(
            Self.changed(after, in: policies, from: inputPolicies), in: policies,
            against: expected.appendingPathComponent("written"),
            what: "the library holds other new or changed files than expected/written")
        let removed = input.filter { !after.contains($0) }
        let goldenRemoved = expected.appendingPathComponent("removed")
        if !removed.isEmpty || FileManager.default.fileExists(atPath: goldenRemoved.path) {
            Golden.check(removed.map { $0 + "\n" }.joined(), against: goldenRemoved)
        }
        // Files the command wrote or changed in the school folders (`approve`), compared with expected/schools.
        let schools = work.appendingPathComponent("Content/schools")
        try Self.check(
            Self.changed(
                TestPaths.files(under: schools), in: schools,
                from: folder.appendingPathComponent("input/Content/schools")),
            in: schools, against: expected.appendingPathComponent("schools"),
            what: "the school folders hold other new or changed files than expected/schools")
    }

    /// The paths of `root` that are new, or hold other bytes, than in the folder `input`.
    static func changed(_ paths: [String], in root: URL, from input: URL) -> [String] {
        paths.filter { path in
            FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
                != FileManager.default.contents(atPath: input.appendingPathComponent(path).path)
        }
    }

    /// Checks the files `paths` of `root` against a golden folder, which must hold those files and no others.
    static func check(_ paths: [String], in root: URL, against golden: URL, what: String) throws {
        if !Golden.recording {
            #expect(paths == TestPaths.files(under: golden), "\(what)")
        }
        for path in paths {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            Golden.check(text, against: golden.appendingPathComponent(path))
        }
    }
}
