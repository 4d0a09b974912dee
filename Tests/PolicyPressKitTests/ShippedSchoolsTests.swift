import Foundation
import Testing

/// The four fictional schools shipped in Content/schools, one of each type, built with the real library.
@Suite struct ShippedSchoolsTests {
    static let schools = ["example", "st-marys", "hillcrest-academy", "riverside"]

    static func build(_ school: String) throws -> (result: CommandResult, site: URL, work: URL) {
        let work = try TestPaths.temporaryFolder()
        let site = work.appendingPathComponent("site")
        let result = try CommandRunner.policypress(
            ["build", "Content/schools/\(school)", "--output", site.path, "--today", "2026-11-24"],
            in: TestPaths.packageRoot)
        return (result, site, work)
    }

    @Test(arguments: schools)
    func buildMatchesGoldens(_ school: String) throws {
        let (result, site, work) = try Self.build(school)
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(result.status == 0, "\(result.stderr)")
        let golden = TestPaths.fixtures.appendingPathComponent("shipped/\(school)")
        for name in [
            "index.html", "social-networking.html", "social-networking.txt", "accessibility.html", "sitemap.xml",
        ] {
            let text = try String(contentsOf: site.appendingPathComponent(name), encoding: .utf8)
            Golden.check(text, against: golden.appendingPathComponent(name))
        }
    }

    @Test(arguments: schools)
    func noPageShowsAMissingValue(_ school: String) throws {
        let (_, site, work) = try Self.build(school)
        defer { try? FileManager.default.removeItem(at: work) }
        for file in TestPaths.files(under: site) {
            let text = try String(contentsOf: site.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("Optional(") && !text.contains(" nil") && !text.contains(">nil<"), "\(file)")
        }
    }

    @Test(arguments: schools)
    func everyEditionUsesItsOwnWords(_ school: String) throws {
        let (result, site, work) = try Self.build(school)
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: site.appendingPathComponent("social-networking.html"), encoding: .utf8)
        let text = try String(contentsOf: site.appendingPathComponent("social-networking.txt"), encoding: .utf8)
        for edition in [html, text] {
            #expect(!edition.contains("School/Academy"))
            #expect(!edition.contains("{{"))
            #expect(!edition.contains(":::"))
            #expect(!edition.contains("be that a maintained, Academy, Voluntary Aided, or Trust"))
        }
        for markup in ["**", "__", "](", "`", "\n#", "<p>", "&amp;"] {
            #expect(!text.contains(markup), "the text edition holds Markdown or HTML: \(markup)")
        }
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 72 || !$0.contains(" ") })
    }

    @Test(arguments: [
        ("example", "Oakfield Primary School", "Governors", "the local authority"),
        ("st-marys", "St Mary's Catholic Primary School", "Governors", "the Governing Body, as the employer"),
        ("hillcrest-academy", "Hillcrest Academy", "Trustees", "the academy trust"),
        ("riverside", "Riverside Academy", "Trustees", "the Trust, as the employer"),
    ])
    func typeWordsReachThePage(school: String, name: String, governors: String, employer: String) throws {
        let (_, site, work) = try Self.build(school)
        defer { try? FileManager.default.removeItem(at: work) }
        let text = try String(contentsOf: site.appendingPathComponent("social-networking.txt"), encoding: .utf8)
        let oneLine = text.replacingOccurrences(of: "\n", with: " ")
        #expect(oneLine.contains("volunteers and \(governors) representing \(name)"))
        #expect(oneLine.contains("(\(employer)"))
        #expect(text.contains("3. \(governors)\n"))
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let first = try Self.build("example"), second = try Self.build("example")
        defer {
            try? FileManager.default.removeItem(at: first.work)
            try? FileManager.default.removeItem(at: second.work)
        }
        let files = TestPaths.files(under: first.site)
        #expect(files == TestPaths.files(under: second.site))
        #expect(files.contains("index.html"))
        for file in files {
            let a = try Data(contentsOf: first.site.appendingPathComponent(file))
            let b = try Data(contentsOf: second.site.appendingPathComponent(file))
            #expect(a == b, "\(file) differs between two builds")
        }
    }

    @Test func checkFindsNoProblemInAnyShippedSchool() throws {
        let result = try CommandRunner.policypress(["check", "--all"], in: TestPaths.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        for school in Self.schools {
            #expect(result.stdout.contains("Content/schools/\(school):"))
        }
    }

    @Test func buildWithNoArgumentsBuildsTheExampleSchool() throws {
        let workspace = try Workspace(keepingRegisters: true)
        defer { workspace.remove() }
        let work = workspace.root
        let result = try CommandRunner.policypress(["build", "--today", "2026-11-24"], in: work)
        #expect(result.status == 0, "\(result.stderr)")
        let index = try String(contentsOf: work.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(index.contains("Oakfield Primary School"))
        #expect(index.contains("<time datetime=\"2026-03-12\">12 March 2026</time>"))
    }

    @Test(arguments: [
        ("example", "approved"), ("st-marys", "overdue"), ("hillcrest-academy", "changed since approval"),
        ("riverside", "never approved"),
    ])
    func theShippedSchoolsShowEveryState(school: String, state: String) throws {
        let result = try CommandRunner.policypress(
            ["status", "Content/schools/\(school)", "--today", "2026-11-24", "--format", "csv"],
            in: TestPaths.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("social-networking,Social Networking Policy,\(state),"))
    }
}
