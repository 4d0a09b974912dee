import Foundation
import Testing

/// Every page the shipped schools produce, loaded in headless Chromium and checked with axe-core (WCAG 2.1
/// A and AA, and axe's best practices), at 320 pixels wide for sideways scrolling, and with the Nu HTML
/// Checker; and a page with known faults, to show that each check can fail.
@Suite(.serialized) struct BrowserChecksTests {
    struct Report: Decodable {
        struct Violation: Decodable {
            var page: String
            var rule: String
            var help: String
        }
        struct Message: Decodable {
            var message: String
        }
        var pages: Int
        var axe: [Violation]
        var overflow: [String]
        var nu: [Message]
    }

    static var python: URL {
        let venv = TestPaths.packageRoot.appendingPathComponent(".venv-checks/bin/python")
        return FileManager.default.isExecutableFile(atPath: venv.path) ? venv : (CommandRunner.which("python3") ?? venv)
    }

    static func check(_ folders: [URL]) throws -> (Report, CommandResult) {
        let script = TestPaths.packageRoot.appendingPathComponent("scripts/check_pages.py")
        let result = try CommandRunner.run(Self.python, [script.path] + folders.map(\.path), in: TestPaths.packageRoot)
        guard let report = try? JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8)) else {
            Issue.record("the page checks did not run (run scripts/setup.sh): \(result.stderr)")
            throw CancellationError()
        }
        return (report, result)
    }

    @Test func everyShippedPagePassesEveryCheck() throws {
        let work = try Workspace(keepingRegisters: true)
        defer { work.remove() }
        var folders: [URL] = []
        for school in ShippedSchoolsTests.schools {
            for (suffix, extra) in [("", [String]()), ("-published", ["--approved-only"])] {
                let output = "sites/\(school)\(suffix)"
                let build = try work.run(
                    ["build", "Content/schools/\(school)", "--output", output, "--today", "2026-11-24"] + extra)
                #expect(build.status == 0, "\(build.stderr)")
                folders.append(work.url(output))
            }
        }
        // The index of a whole trust's build, too.
        #expect(try work.run(["build", "Content/schools", "--output", "trust", "--today", "2026-11-24"]).status == 0)
        let trustIndex = work.url("trust-index")
        try FileManager.default.createDirectory(at: trustIndex, withIntermediateDirectories: true)
        for name in ["index.html", "style.css"] {
            try FileManager.default.copyItem(at: work.url("trust/\(name)"), to: trustIndex.appendingPathComponent(name))
        }
        folders.append(trustIndex)
        folders.append(try Self.tablesPage(in: work))
        folders.append(try Self.redlinePages(in: work))
        folders.append(try Self.standaloneRedline())
        let (report, result) = try Self.check(folders)
        // Index, accessibility statement, policy pages and the changes page, across all four types.
        #expect(report.pages >= 16)
        #expect(report.axe.isEmpty, "\(report.axe.map { "\($0.page): \($0.rule): \($0.help)" })")
        #expect(report.overflow.isEmpty, "\(report.overflow)")
        #expect(report.nu.isEmpty, "\(report.nu.map(\.message))")
        #expect(result.status == 0)
    }

    // The reviewed golden pages of a policy with wide tables, footnotes and in-page links, with today's stylesheet.
    static func tablesPage(in work: Workspace) throws -> URL {
        let golden = GoldenCaseTests.casesFolder.appendingPathComponent(
            "build-tables-footnotes-and-links/expected/site")
        let folder = work.url("tables")
        try FileManager.default.copyItem(at: golden, to: folder)
        try FileManager.default.copyItem(
            at: TestPaths.packageRoot.appendingPathComponent("Templates/style.css"),
            to: folder.appendingPathComponent("style.css"))
        return folder
    }

    // The reviewed golden redline pages (`diff … --format html`), with today's stylesheet.
    static func redlinePages(in work: Workspace) throws -> URL {
        let folder = work.url("redlines")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let cases = GoldenCaseTests.cases.filter { name in
            let args =
                (try? String(
                    contentsOf: GoldenCaseTests.casesFolder.appendingPathComponent("\(name)/args"), encoding: .utf8))
                ?? ""
            return name.hasPrefix("diff-") && args.split(separator: "\n").contains("html")
        }
        #expect(cases.count >= 3, "\(cases)")
        for name in cases {
            let page = GoldenCaseTests.casesFolder.appendingPathComponent("\(name)/expected/stdout")
            try FileManager.default.copyItem(at: page, to: folder.appendingPathComponent("\(name).html"))
        }
        try FileManager.default.copyItem(
            at: TestPaths.packageRoot.appendingPathComponent("Templates/style.css"),
            to: folder.appendingPathComponent("style.css"))
        return folder
    }

    // The redline of two Word documents compared outside any library, which carries its own stylesheet.
    static func standaloneRedline() throws -> URL {
        let folder = try TestPaths.temporaryFolder()
        let word = ImportTests.word
        let result = try CommandRunner.policypress(
            [
                "diff", "--from", word.appendingPathComponent("model-v1.docx").path, "--to",
                word.appendingPathComponent("model-v2.docx").path,
                "--format", "html", "--output", folder.appendingPathComponent("standalone-redline.html").path,
            ], in: folder)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("standalone-redline.html").path))
        return folder
    }

    @Test func aPageWithKnownFaultsFailsEveryCheck() throws {
        let (report, result) = try Self.check([TestPaths.fixtures.appendingPathComponent("faulty-page")])
        #expect(result.status == 1)
        #expect(Set(report.axe.map(\.rule)).isSuperset(of: ["image-alt", "link-name", "label", "heading-order"]))
        #expect(report.overflow.count == 1)
        #expect(report.nu.contains { $0.message.contains("must have an 'alt' attribute") })
        #expect(report.nu.contains { $0.message.contains("Duplicate ID") })
    }
}
