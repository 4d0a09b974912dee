import Foundation
import Testing

@testable import PolicyPressKit

/// `init` and `new`, driven as a clerk or an author would drive them, and the result built.
@Suite struct InitAndNewTests {
    static let academyValues = [
        "--set", "trust=Northshire Learning Trust", "--set", "roles.esafety_governor=Ms Laura Bennett",
        "--set", "policy_names.behaviour=Behaviour Policy", "--set", "policy_names.anti_bullying=Anti-Bullying Policy",
        "--set", "policy_names.disciplinary=Disciplinary Policy", "--set", "policy_names.grievance=Grievance Policy",
    ]

    @Test func initMakesASchoolThatBuildsAtOnce() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let made = try workspace.run(
            ["init", "Content/schools/hillside", "--name", "Hillside <b>*Academy*</b>", "--type", "academy"]
                + Self.academyValues)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(
            made.stdout.contains("Made Content/schools/hillside/school.yml for Hillside <b>*Academy*</b> (academy)."))
        let profile = try #require(workspace.read("Content/schools/hillside/school.yml"))
        #expect(!profile.contains("library:"), "a school inside the library needs no library line")
        #expect(profile.contains("  esafety_governor: \"Ms Laura Bennett\""))

        let built = try workspace.run(["build", "Content/schools/hillside", "--output", "hillside-site"])
        #expect(built.status == 0, "\(built.stderr)")
        let page = try #require(workspace.read("hillside-site/social-networking.html"))
        #expect(page.contains("Hillside &lt;b&gt;*Academy*&lt;/b&gt;"))
        #expect(page.contains("Ms Laura Bennett"))
        #expect(page.contains("Board of Trustees"))
        #expect(try workspace.run(["check", "Content/schools/hillside"]).status == 0)
    }

    @Test func initListsWhatIsMissingAndWritesNothing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run([
            "init", "Content/schools/hillside", "--name", "Hillside", "--type", "academy", "--set", "trust=T",
        ])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "Content/policies/social-networking/02-scope.md:8:1086: error: the new school needs 'policy_names.behaviour'; give it with --set policy_names.behaviour=…"
        )
        #expect(
            lines.contains(
                "Content/policies/social-networking/03-governors.md:6:156: error: the new school needs 'roles.esafety_governor'; give it with --set roles.esafety_governor=…"
            ))
        #expect(lines.last == "5 problems found; no school was made.")
        #expect(!workspace.exists("Content/schools/hillside"))
    }

    @Test func initAsksAtATerminalForWhatItWasNotTold() throws {
        let script = try #require(
            CommandRunner.which("script"), "script (util-linux) is needed to run init at a terminal")
        let workspace = try Workspace()
        defer { workspace.remove() }
        let answers = [
            "Hillside Academy", "academi", "academy", "Northshire Learning Trust", "Behaviour Policy",
            "Anti-Bullying Policy",
            "Disciplinary Policy", "Grievance Policy", "Ms Laura Bennett",
        ]
        let input = workspace.url("answers")
        try (answers.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        // `script` runs init at a terminal of its own, and types into it what it reads: the answers.
        let result = try CommandRunner.run(
            script, ["-qec", "\(TestPaths.binary.path) init Content/schools/hillside", "/dev/null"], in: workspace.root,
            input: input)
        let profile = try #require(
            workspace.read("Content/schools/hillside/school.yml"), "init made no profile: \(result.stdout)")
        #expect(profile.contains("name: \"Hillside Academy\""))
        #expect(profile.contains("type: academy"))
        #expect(profile.contains("trust: \"Northshire Learning Trust\""))
        #expect(profile.contains("  esafety_governor: \"Ms Laura Bennett\""))
        #expect(result.stdout.contains("'academi' is not one of the types."))
        #expect(try workspace.run(["check", "Content/schools/hillside"]).status == 0)
    }

    @Test func initWithoutATerminalNeedsNameAndType() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run(["init", "Content/schools/hillside"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Give the school's --name and --type"))
        #expect(!workspace.exists("Content/schools/hillside"))
    }

    @Test func initNeverReplacesASchool() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = workspace.read("Content/schools/example/school.yml")
        let result = try workspace.run(["init", "Content/schools/example", "--name", "New", "--type", "maintained"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Content/schools/example/school.yml: error: there is already a school here"))
        #expect(workspace.read("Content/schools/example/school.yml") == before)
    }

    @Test func initRefusesAnUnknownTypeOrPolicy() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let type = try workspace.run(["init", "x", "--name", "X", "--type", "Academy"])
        #expect(type.stderr.hasPrefix("--type: error: unknown school type 'Academy' (did you mean 'academy'?)"))
        let policy = try workspace.run([
            "init", "x", "--name", "X", "--type", "academy", "--policy", "social-networkin",
        ])
        #expect(
            policy.stderr.hasPrefix(
                "--policy: error: the library has no policy 'social-networkin' (did you mean 'social-networking'?)"))
        let field = try workspace.run([
            "init", "x", "--name", "X", "--type", "academy", "--set", "roles.head teacher=Y", "--set", "policies=a",
        ])
        #expect(
            field.stderr.hasPrefix(
                """
                --set: error: 'policies' is given with its own option, --policy
                --set: error: 'roles.head teacher' cannot be a profile field
                """), "\(field.stderr)")
        #expect(!workspace.exists("x"))
    }

    /// A school kept in its own folder (its own git repository, say) records where the library is.
    @Test func aSchoolOutsideTheLibraryFindsItAfterwards() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let elsewhere = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let made = try CommandRunner.policypress(
            ["init", "hillside", "--name", "Hillside", "--type", "academy", "--library", workspace.root.path]
                + Self.academyValues, in: elsewhere)
        #expect(made.status == 0, "\(made.stderr)")
        let profile = try #require(
            try? String(contentsOf: elsewhere.appendingPathComponent("hillside/school.yml"), encoding: .utf8))
        let expected = "library: \"../../\(workspace.root.lastPathComponent)\""
        #expect(profile.contains(expected), "\(profile)")
        let school = elsewhere.appendingPathComponent("hillside")
        let built = try CommandRunner.policypress(["build", "--output", "../site"], in: school)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(
            FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("site/social-networking.html").path)
        )

        try profile.replacingOccurrences(of: expected, with: "library: \"../nowhere\"")
            .write(to: school.appendingPathComponent("school.yml"), atomically: true, encoding: .utf8)
        let broken = try CommandRunner.policypress(["check"], in: school)
        #expect(
            broken.stderr.hasPrefix("school.yml:14:11: error: 'library: ../nowhere' does not lead to a policy library"),
            "\(broken.stderr)")
    }

    @Test func newPolicyAndSectionsBuild() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(
            try workspace.run(["new", "policy", "online-safety"]).stdout == """
                Made Content/policies/online-safety/policy.yml
                Made Content/policies/online-safety/01-introduction.md
                Write the policy's text in its sections; add more with: policypress new section online-safety TITLE

                """)
        #expect(try workspace.run(["new", "section", "online-safety", "Roles and responsibilities"]).status == 0)
        #expect(
            try workspace.run([
                "new", "section", "online-safety", "Diocesan schools", "--applies-to", "voluntary-aided",
            ]).status == 0)
        let third = try #require(workspace.read("Content/policies/online-safety/03-diocesan-schools.md"))
        #expect(third.hasPrefix("---\ntitle: \"Diocesan schools\"\norder: 3\napplies_to: [voluntary-aided]\n"))
        // A section numbered by hand past the others: the next one follows it.
        try workspace.write(
            "Content/policies/online-safety/10-annex.md",
            "---\ntitle: Annex\norder: 10\n---\nSee {{ school.website }}.\n")
        #expect(
            try workspace.run(["new", "section", "online-safety", "Review"]).stdout.hasPrefix(
                "Made Content/policies/online-safety/11-review.md"))

        try workspace.write(
            "Content/policies/online-safety/02-roles-and-responsibilities.md",
            try #require(workspace.read("Content/policies/online-safety/02-roles-and-responsibilities.md"))
                + "The {{ term.governors }} of {{ school.name }} lead on online safety.\n")
        try workspace.edit(
            "Content/schools/example/school.yml", replacing: "  - social-networking",
            with: "  - social-networking\n  - online-safety")
        let built = try workspace.run(["build", "--output", "site"])
        #expect(built.status == 0, "\(built.stderr)")
        let text = try #require(workspace.read("site/online-safety.txt"))
        #expect(text.contains("The Governors of Oakfield Primary School lead on online safety."))
        #expect(text.contains("4. Review"))
        #expect(!text.contains("Diocesan"), "a section for voluntary-aided schools only")
        #expect(!text.contains("never published"), "guidance is never published")
    }

    @Test(arguments: [
        (["new", "policy", "Online_Safety"], "ID: error: 'Online_Safety' cannot be a policy id"),
        (
            ["new", "policy", "social-networking"],
            "Content/policies/social-networking: error: there is already a policy 'social-networking'"
        ),
        (
            ["new", "section", "social-netwrking", "X"],
            "POLICY: error: the library has no policy 'social-netwrking' (did you mean 'social-networking'?)"
        ),
        (
            ["new", "section", "social-networking", "X", "--applies-to", "acadmy"],
            "--applies-to: error: unknown school type 'acadmy' (did you mean 'academy'?)"
        ),
        (["new", "section", "social-networking", " "], "TITLE: error: give the section a title"),
    ])
    func newRefusesWhatCannotWork(_ arguments: [String], expected: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = try FileManager.default.subpathsOfDirectory(atPath: workspace.url("Content").path).sorted()
        let result = try workspace.run(arguments)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(expected), "\(result.stderr)")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: workspace.url("Content").path).sorted() == before)
    }

    @Test(arguments: [
        ("/a/b/c", "/a/b", "c"), ("/a/b", "/a/b/c", ".."), ("/a/x/y", "/a/b/c", "../../x/y"), ("/a", "/a", "."),
        ("/", "/a/b", "../.."),
    ])
    func relativePaths(_ target: String, from: String, expected: String) {
        #expect(Path.relative(target, from: from) == expected)
    }
}
