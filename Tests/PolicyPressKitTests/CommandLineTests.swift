import Foundation
import Testing

/// The command as a clerk meets it: help, usage errors, and what a failed build leaves behind.
@Suite struct CommandLineTests {
    static let verbs = ["init", "build", "serve", "check", "status", "approve", "diff", "render", "new"]

    @Test(arguments: verbs)
    func everyVerbExplainsItselfWithAnExample(_ verb: String) throws {
        let result = try CommandRunner.policypress([verb, "--help"], in: TestPaths.packageRoot)
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: policypress \(verb)"))
        #expect(result.stdout.contains("Example"))
    }

    /// Help is written to fit 80 columns, so that it is never re-wrapped into ragged lines (the usage line,
    /// which argument-parser writes, aside).
    @Test(arguments: [[]] + verbs.map { [$0] } + [["new", "policy"], ["new", "section"]])
    func helpFitsEightyColumns(_ verb: [String]) throws {
        let result = try CommandRunner.policypress(
            verb + ["--help"], in: TestPaths.packageRoot, environment: ["COLUMNS": "80"])
        for line in result.stdout.split(separator: "\n") where !line.hasPrefix("USAGE:") {
            #expect(line.count <= 80, "\(line)")
        }
        #expect(try CommandRunner.policypress(["--help"], in: TestPaths.packageRoot).stdout.contains("init"))
    }

    /// At a terminal a trust build counts the schools as it goes; in a pipe (a CI log) it prints only its result.
    @Test func progressShowsAtATerminalOnly() throws {
        let script = try #require(CommandRunner.which("script"), "script (util-linux) is needed to run at a terminal")
        let workspace = try Workspace()
        defer { workspace.remove() }
        let atTerminal = try CommandRunner.run(
            script, ["-qec", "\(TestPaths.binary.path) build Content/schools --output trust-a", "/dev/null"],
            in: workspace.root)
        #expect(atTerminal.stdout.contains("\rBuilding schools: 4/4"), "\(atTerminal.stdout.debugDescription)")
        let piped = try workspace.run(["build", "Content/schools", "--output", "trust-b"])
        #expect(!piped.stdout.contains("Building schools") && !piped.stderr.contains("Building schools"))
        #expect(!piped.stderr.contains("\r"))
    }

    @Test(arguments: [
        ["render"], ["render", "a.md", "--to", "pdf"], ["build", "--nonsense"], ["publish"], ["check", "--all", "x"],
    ])
    func usageErrorsExit64WithTheUsage(_ arguments: [String]) throws {
        let result = try CommandRunner.policypress(arguments, in: TestPaths.packageRoot)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Usage: policypress") || result.stderr.contains("USAGE"))
    }

    @Test func aFailedBuildLeavesThePreviousSiteExactlyAsItWas() throws {
        let workspace = try Workspace(keepingRegisters: true)
        defer { workspace.remove() }
        let work = workspace.root
        let first = try CommandRunner.policypress(["build"], in: work)
        #expect(first.status == 0, "\(first.stderr)")
        let site = work.appendingPathComponent("site")
        let before = try TestPaths.files(under: site).map { try Data(contentsOf: site.appendingPathComponent($0)) }

        let section = work.appendingPathComponent("Content/policies/social-networking/02-scope.md")
        let text = try String(contentsOf: section, encoding: .utf8)
        try text.replacingOccurrences(of: "{{ school.name }}", with: "{{ school.nmae }}").write(
            to: section, atomically: true, encoding: .utf8)
        let second = try CommandRunner.policypress(["build"], in: work)

        #expect(second.status == 1)
        #expect(second.stderr.contains("Content/policies/social-networking/02-scope.md:8:84: error:"))
        #expect(second.stderr.contains("unknown variable 'school.nmae' (did you mean 'school.name'?)"))
        #expect(second.stderr.contains("nothing was published"))
        let after = try TestPaths.files(under: site).map { try Data(contentsOf: site.appendingPathComponent($0)) }
        #expect(after == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.path).filter {
            $0.contains("building")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func aRebuildReplacesTheSiteAndDropsOldFiles() throws {
        let workspace = try Workspace(keepingRegisters: true)
        defer { workspace.remove() }
        let work = workspace.root
        #expect(try CommandRunner.policypress(["build"], in: work).status == 0)
        let stray = work.appendingPathComponent("site/old-policy.html")
        try Data("old".utf8).write(to: stray)
        #expect(try CommandRunner.policypress(["build"], in: work).status == 0)
        #expect(!FileManager.default.fileExists(atPath: stray.path))
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("site/index.html").path))
    }

    @Test func buildRefusesToReplaceAFolderItDidNotMake() throws {
        let workspace = try Workspace(keepingRegisters: true)
        defer { workspace.remove() }
        let work = workspace.root
        let result = try CommandRunner.policypress(["build", "--output", "Content"], in: work)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Content: error: refusing to replace this folder"))
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("Content/vocabulary.yml").path))
    }

    @Test func renderFillsInASectionForASchool() throws {
        let result = try CommandRunner.policypress(
            [
                "render", "Content/policies/social-networking/03-governors.md", "--school",
                "Content/schools/hillcrest-academy", "--to", "text",
            ],
            in: TestPaths.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Trustees are responsible for the approval of this Policy"))
        #expect(result.stdout.contains("Mrs\nHelen Marsh") || result.stdout.contains("Mrs Helen Marsh"))
    }

    @Test func renderWithoutASchoolRefusesVariables() throws {
        let result = try CommandRunner.policypress(
            ["render", "Content/policies/social-networking/03-governors.md"], in: TestPaths.packageRoot)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "Content/policies/social-networking/03-governors.md:6:1: error: unknown variable 'term.governors': no school is given, so no values are known; name one with --school DIR"
            ))
    }
}

/// "Today" comes from --today, else SOURCE_DATE_EPOCH, else the clock.
@Suite struct TodayTests {
    @Test func sourceDateEpochStandsInForTheClock() throws {
        // 1 April 2027 00:00 UTC: the example school's review (12 March 2027) is overdue then.
        let result = try CommandRunner.policypress(
            ["status", "--format", "csv"], in: TestPaths.packageRoot, environment: ["SOURCE_DATE_EPOCH": "1806537600"])
        #expect(result.stdout.contains(",overdue,2026-03-12,"))
        let option = try CommandRunner.policypress(
            ["status", "--format", "csv", "--today", "2026-11-24"], in: TestPaths.packageRoot,
            environment: ["SOURCE_DATE_EPOCH": "1806537600"])
        #expect(option.stdout.contains(",approved,2026-03-12,"))
    }

    @Test(arguments: [["--today", "2026-02-30"], ["--today", "tomorrow"], ["--window", "-1"]])
    func aBadDayIsAUsageError(_ arguments: [String]) throws {
        let result = try CommandRunner.policypress(["status"] + arguments, in: TestPaths.packageRoot)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Error:"))
    }

    @Test func aBadSourceDateEpochIsAUsageError() throws {
        let result = try CommandRunner.policypress(
            ["status"], in: TestPaths.packageRoot, environment: ["SOURCE_DATE_EPOCH": "soon"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("SOURCE_DATE_EPOCH must be a whole number of seconds"))
    }
}
