import Foundation
import Testing

/// Whole miniature libraries run through the real command: each folder under `Fixtures/cases` holds
/// `input/` (files laid over a copy of the project's Templates), `args` (one argument a line) and
/// `expected/` (stdout, stderr, status, the built `site/` when the command writes one, `written/`, the
/// policies it writes into the library, for `import`, and `schools/`, the files it writes or changes in the
/// school folders, for `approve`; a case without it writes nothing there).
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
        // The stylesheet and the marker's manifest of hashes change with every template edit; they are left out.
        let site = work.appendingPathComponent("site")
        let built = TestPaths.files(under: site).filter { $0 != "style.css" && $0 != ".policypress-site" }
        try Self.check(built, in: site, against: expected.appendingPathComponent("site"), what: "the built site has other files than expected/site")
        // Policies the command wrote into the library (`import`), compared with expected/written.
        let policies = work.appendingPathComponent("Content/policies")
        let input = Set(TestPaths.files(under: folder.appendingPathComponent("input/Content/policies")))
        try Self.check(
            TestPaths.files(under: policies).filter { !input.contains($0) }, in: policies, against: expected.appendingPathComponent("written"),
            what: "the library holds other new files than expected/written")
        // Files the command wrote or changed in the school folders (`approve`), compared with expected/schools.
        let schools = work.appendingPathComponent("Content/schools"), inputSchools = folder.appendingPathComponent("input/Content/schools")
        let changed = TestPaths.files(under: schools).filter { path in
            (try? Data(contentsOf: schools.appendingPathComponent(path))) != (try? Data(contentsOf: inputSchools.appendingPathComponent(path)))
        }
        try Self.check(
            changed, in: schools, against: expected.appendingPathComponent("schools"),
            what: "the school folders hold other new or changed files than expected/schools")
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
