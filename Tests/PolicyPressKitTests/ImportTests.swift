import Foundation
import Testing

/// `import` on the Word fixtures (Fixtures/word, made by scripts/make-word-fixtures.py; their README says
/// what each holds): the sections and title each gives, the report's lines, a clean `check` of every
/// imported policy, and every refusal writing nothing.
@Suite struct ImportTests {
    static let word = TestPaths.fixtures.appendingPathComponent("word")
    static let safeguarding = [
        "Introduction", "Scope", "Roles and responsibilities", "Responding to a concern", "Training",
        "Monitoring and review",
    ]
    static let behaviour = ["Purpose", "Principles", "Suspension and permanent exclusion", "Review"]
    static let socialNetworking = ["Purpose", "Expectations of staff", "Breaches of this policy", "Review"]

    /// Each fixture, the title it gives, and its sections' titles in order.
    static let fixtures: [(file: String, title: String, sections: [String])] = [
        ("model-styled.docx", "Child Protection and Safeguarding Policy", safeguarding),
        ("model-styled-toc.docx", "Child Protection and Safeguarding Policy", safeguarding),
        ("model-styled.html", "Child Protection and Safeguarding Policy", safeguarding),
        ("model-styled.rst", "Child Protection and Safeguarding Policy", safeguarding),
        ("sources/safeguarding.md", "Child Protection and Safeguarding Policy", safeguarding),
        // pandoc reads no title from OpenDocument or RTF: the title, subtitle and author are kept as a preamble.
        ("model-styled.odt", "Imported Policy", ["Preamble"] + safeguarding),
        ("model-styled.rtf", "Imported Policy", ["Preamble"] + safeguarding),
        ("behaviour-styled.docx", "Behaviour Policy", behaviour),
        ("sources/behaviour.md", "Behaviour Policy", behaviour),
        ("social-networking-styled.docx", "Social Networking Policy for Staff", socialNetworking),
        ("sources/social-networking.md", "Social Networking Policy for Staff", socialNetworking),
        (
            "no-heading-styles.docx", "Anti-Bullying Policy",
            [
                "Preamble", "Purpose", "Scope", "DEFINITION OF BULLYING", "Roles and responsibilities",
                "Reporting and responding to bullying", "Monitoring and review",
            ]
        ),
        ("table-footnote-image-comment.docx", "Online Safety Policy", ["Introduction", "Responsibilities", "Review"]),
        (
            "word-toc.docx", "Staff Code of Conduct",
            ["Introduction", "Professional behaviour", "Confidentiality", "Review"]
        ),
        (
            "word-toc-sdt.docx", "Staff Code of Conduct",
            ["Introduction", "Professional behaviour", "Confidentiality", "Review"]
        ),
        (
            "model-v1.docx", "Charging and Remissions Policy",
            ["Introduction", "Educational visits", "Music tuition", "Review"]
        ),
    ]

    /// The `title:` values of a policy folder's section files, in order.
    static func sectionTitles(_ work: Workspace, _ id: String) -> [String] {
        let folder = work.url("Content/policies/\(id)")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".md")
        }.sorted()
        return names.compactMap { name in
            work.read("Content/policies/\(id)/\(name)")?.split(separator: "\n").first { $0.hasPrefix("title: ") }
                .map { String($0.dropFirst("title: ".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
    }

    @Test func everyFixtureImportsWithItsSectionsAndChecksClean() throws {
        let work = try Workspace()
        defer { work.remove() }
        var ids: [String] = []
        for (index, fixture) in Self.fixtures.enumerated() {
            let id = "imported-\(index)"
            let result = try work.run(["import", Self.word.appendingPathComponent(fixture.file).path, "--id", id])
            #expect(result.status == 0, "\(fixture.file): \(result.stderr)")
            #expect(Self.sectionTitles(work, id) == fixture.sections, "\(fixture.file)")
            let title = fixture.title == "Imported Policy" ? "Imported \(index) Policy" : fixture.title
            #expect(
                work.read("Content/policies/\(id)/policy.yml")?.contains("title: \"\(title)\"") == true,
                "\(fixture.file)")
            // A cell of one paragraph (as RTF and web pages give every cell) is one line already: nothing was joined.
            #expect(
                result.stdout.contains("joined into one line") == (fixture.file == "table-footnote-image-comment.docx"),
                "\(fixture.file)")
            ids.append(id)
        }
        // Every imported policy, adopted by the example school, passes check and builds with no raw HTML.
        let profile = "Content/schools/example/school.yml"
        try work.edit(
            profile, replacing: "  - social-networking",
            with: (["  - social-networking"] + ids.map { "  - \($0)" }).joined(separator: "\n"))
        let check = try work.run(["check", "Content/schools/example", "--today", "2026-12-01"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stderr.isEmpty, "\(check.stderr)")
        let build = try work.run(["build", "Content/schools/example", "--output", "site", "--today", "2026-12-01"])
        #expect(build.status == 0)
        let page = try #require(work.read("site/imported-0.txt"))
        #expect(
            page.contains("Oakfield Primary School is committed to safeguarding"),
            "the blank for the school's name is filled in")
    }

    @Test func theReportSaysWhatWasLeftOutAndWhy() throws {
        let work = try Workspace()
        defer { work.remove() }
        let file = Self.word.appendingPathComponent("table-footnote-image-comment.docx").path
        let result = try work.run(["import", file, "--id", "online-safety"])
        #expect(result.status == 0)
        for line in [
            "online-safety: 3 sections", "1 table, 1 footnote",
            "before the first heading: a picture was left out ('Oakfield Primary School crest')",
            "in 'Responsibilities': table 1, row 2 from the top, column 2: the cell held several lines, paragraphs or a list, joined into one line",
            "in 'Responsibilities': table 1, row 3 from the top, column 2: the cell held several lines, paragraphs or a list, joined into one line",
            "in 'Review': a comment was left out ('Should this be every two years, to match…')",
        ] {
            #expect(result.stdout.contains(line), "\(line)\n\(result.stdout)")
        }
        let responsibilities = try #require(work.read("Content/policies/online-safety/02-responsibilities.md"))
        #expect(
            responsibilities.contains(
                "Leads the online safety curriculum. Checks the filtering and monitoring reports each week."))

        let styled = try work.run([
            "import", Self.word.appendingPathComponent("no-heading-styles.docx").path, "--id", "anti-bullying",
        ])
        #expect(
            styled.stdout.contains(
                "'4.1 The Headteacher' stands alone in bold or capitals, so it was taken as a heading inside a section")
        )
        #expect(
            styled.stdout.contains(
                "'Anti-Bullying Policy' stands first, in bold, above the numbered headings, so it was taken as the title"
            ))
        #expect(!styled.stdout.contains("'Note:"), "a paragraph that only starts in bold is not a heading")
        let roles = try #require(work.read("Content/policies/anti-bullying/05-roles-and-responsibilities.md"))
        #expect(roles.contains("### The Headteacher") && roles.contains("### Staff"))

        let notes = try work.run([
            "import", Self.word.appendingPathComponent("model-styled.docx").path, "--id", "safeguarding",
        ])
        #expect(
            notes.stdout.contains(
                "in 'Roles and responsibilities': '[Name]' is a place to fill in: replace it with the school's words, or a variable (4 times)"
            ))
        let scope = try #require(work.read("Content/policies/safeguarding/02-scope.md"))
        #expect(
            scope.contains(
                "guidance: \"Amend this section as appropriate. Change these titles to match the names of your own policies.\""
            ))
        #expect(
            scope.components(separatedBy: "Amend this section").count == 2,
            "the note is in the guidance alone, not in the text")
    }

    @Test func refusedFilesWriteNothingAndTheOthersStillImport() throws {
        let work = try Workspace()
        defer { work.remove() }
        let before = KillTests.contents(work.url("Content"))
        let refusals = [
            ("tracked-changes.docx", "it holds 4 tracked changes not yet accepted or rejected"),
            ("hostile/not-a-zip.docx", "the file is not a Word document inside"),
            ("hostile/empty.docx", "the file is empty (0 bytes)"),
            (
                "hostile/looks-like-doc.doc",
                "it is an old Word document (.doc): open it in Word and save it as a Word Document (.docx)"
            ),
            ("hostile/encrypted.docx", "the file is password-protected"),
            ("hostile/truncated.docx", "the file is not a Word document inside"),
        ]
        for (file, message) in refusals {
            let result = try work.run(["import", Self.word.appendingPathComponent(file).path])
            #expect(result.status == 1, "\(file)")
            #expect(result.stdout.contains("\(file): refused: \(message)"), "\(file): \(result.stdout)")
            #expect(KillTests.contents(work.url("Content")) == before, "\(file) wrote something")
        }
        let dry = try work.run(["import", Self.word.appendingPathComponent("model-v1.docx").path, "--dry-run"])
        #expect(dry.status == 0 && dry.stdout.contains("Nothing was written (--dry-run)."))
        #expect(KillTests.contents(work.url("Content")) == before)

        let batch = try work.run([
            "import", Self.word.appendingPathComponent("hostile/empty.docx").path,
            Self.word.appendingPathComponent("model-v1.docx").path,
        ])
        #expect(batch.status == 1)
        #expect(
            Self.sectionTitles(work, "model-v1") == ["Introduction", "Educational visits", "Music tuition", "Review"])
        let again = try work.run(["import", Self.word.appendingPathComponent("model-v1.docx").path])
        #expect(again.status == 1)
        #expect(
            again.stdout.contains(
                "the library already has a policy 'model-v1', which is never replaced: give another with --id"))
        let usage = try work.run(["import", "a.docx", "b.docx", "--id", "x"])
        #expect(usage.status == 64)
    }

    @Test func aZipBombIsRefusedQuickly() throws {
        let work = try Workspace()
        defer { work.remove() }
        let bomb = work.url("bomb.docx")
        let made = try CommandRunner.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", TestPaths.packageRoot.appendingPathComponent("scripts/make-word-fixtures.py").path,
                "--zip-bomb", bomb.path,
            ],
            in: work.root)
        #expect(made.status == 0, "\(made.stderr)")
        let started = Date()
        let result = try work.run(["import", bomb.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("far more than any policy document"), "\(result.stdout)")
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(!work.exists("Content/policies/bomb"))
    }

    @Test func twoWordVersionsAreComparedWithoutImportingThem() throws {
        let work = try Workspace()
        defer { work.remove() }
        let before = KillTests.contents(work.url("Content"))
        let v1 = Self.word.appendingPathComponent("model-v1.docx").path
        let changed = try work.run([
            "diff", "--from", v1, "--to", Self.word.appendingPathComponent("model-v2.docx").path,
        ])
        #expect(changed.status == 1, "\(changed.stderr)")
        #expect(changed.stdout.contains("1 section changed; 1 word added, 1 removed."))
        #expect(changed.stdout.contains("at least [-two-] {+four+} weeks"))
        let same = try work.run([
            "diff", "--from", v1, "--to", Self.word.appendingPathComponent("model-v1-copy.docx").path,
        ])
        #expect(same.status == 0)
        #expect(same.stdout.contains("No changes."))
        let refused = try work.run([
            "diff", "--from", v1, "--to", Self.word.appendingPathComponent("hostile/empty.docx").path,
        ])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("cannot be compared: the file is empty (0 bytes)"))
        #expect(try work.run(["diff", "--from", "approved", "--to", v1]).status == 64)
        let unified = try work.run([
            "diff", "--from", v1, "--to", Self.word.appendingPathComponent("model-v2.docx").path, "--format", "unified",
        ])
        #expect(unified.status == 1)
        #expect(
            unified.stdout.contains("\n-Parents will be told in writing at least two weeks before any visit"),
            "\(unified.stdout)")
        #expect(unified.stdout.contains("\n+Parents will be told in writing at least four weeks before any visit"))
        let page = try work.run([
            "diff", "--from", v1, "--to", Self.word.appendingPathComponent("model-v2.docx").path, "--format", "html",
        ])
        #expect(page.status == 1, "\(page.stderr)")
        #expect(
            page.stdout.contains("at least <del><span class=\"visually-hidden\">[removed: </span>two<"),
            "\(page.stdout)")
        #expect(page.stdout.contains("<ins><span class=\"visually-hidden\">[added: </span>four<"))
        #expect(page.stdout.contains("<dt>Summary</dt><dd>1 section changed; 1 word added, 1 removed.</dd>"))
        #expect(
            page.stdout.contains("<html lang=\"en-GB\">") && page.stdout.contains("<style>\n"),
            "the library's stylesheet is in the page")
        #expect(!page.stdout.contains("href=\"index.html\""), "no links to a site that is not there")
        let samePage = try work.run(["diff", "--from", v1, "--to", v1, "--format", "html"])
        #expect(samePage.status == 0)
        #expect(samePage.stdout.contains("<dt>Summary</dt><dd>No changes.</dd>"), "\(samePage.stdout)")
        #expect(KillTests.contents(work.url("Content")) == before, "comparing writes nothing")
    }

    /// Outside any library the page of two documents' changes carries a stylesheet of its own: the screen
    /// readers' labels are hidden from sight, and the marks are coloured.
    @Test func twoDocumentsComparedOutsideALibraryGiveAPageWithItsOwnStylesheet() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try CommandRunner.policypress(
            [
                "diff", "--from", Self.word.appendingPathComponent("model-v1.docx").path, "--to",
                Self.word.appendingPathComponent("model-v2.docx").path,
                "--format", "html",
            ], in: folder)
        #expect(page.status == 1, "\(page.stderr)")
        let style =
            page.stdout.components(separatedBy: "<style>\n").dropFirst().first?.components(separatedBy: "</style>")
            .first ?? ""
        #expect(style.contains(".visually-hidden {"), "\(page.stdout.prefix(600))")
        #expect(style.contains("del {") && style.contains("ins {"))
        #expect(!style.contains("site-header"), "the page's own stylesheet, not a library's")
    }

    @Test func aSchoolsOwnWordsBecomeVariablesAndServeAnotherSchool() throws {
        let work = try Workspace()
        defer { work.remove() }
        let file = Self.word.appendingPathComponent("no-heading-styles.docx").path
        let result = try work.run(["import", file, "--id", "anti-bullying", "--school", "Content/schools/example"])
        #expect(result.status == 0, "\(result.stderr)")
        for line in [
            "Content/policies/anti-bullying/01-preamble.md:5:1: 'Oakfield Primary School' became {{ school.name }}",
            "Content/policies/anti-bullying/05-roles-and-responsibilities.md:7:22: 'Mrs Priya Shah' became {{ school.roles.headteacher }}",
            "Content/policies/anti-bullying/05-roles-and-responsibilities.md:7:5: 'Headteacher' became {{ term.head }}",
            "'Governing Body' was left as it is: it could be {{ term.governing_body }} or {{ term.local_governing_body }}",
            "Content/policies/anti-bullying/07-monitoring-and-review.md:9:9: 'Mr Tom Evans' became {{ school.roles.chair }}",
        ] {
            #expect(result.stdout.contains(line), "\(line)\n\(result.stdout)")
        }
        // Each place the report gives is where the variable stands in the file written.
        let roles = try #require(work.read("Content/policies/anti-bullying/05-roles-and-responsibilities.md")).split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(roles[6].dropFirst(21).hasPrefix("{{ school.roles.headteacher }}"))
        #expect(!result.stdout.contains("'school' became"), "a term in small letters is too common a word to replace")

        try work.edit(
            "Content/schools/hillcrest-academy/school.yml", replacing: "policies:\n",
            with: "policies:\n  - anti-bullying\n")
        let build = try work.run([
            "build", "Content/schools/hillcrest-academy", "--output", "site", "--today", "2026-12-01",
        ])
        #expect(build.status == 0, "\(build.stderr)")
        let words = try #require(work.read("site/anti-bullying.txt")).split(whereSeparator: \.isWhitespace).joined(
            separator: " ")
        #expect(words.contains("The Principal, Ms Sarah Okafor, makes sure"), "\(words)")
        #expect(words.contains("Hillcrest Academy is committed to providing"))
        #expect(!words.contains("Oakfield") && !words.contains("Priya Shah") && !words.contains("Tom Evans"))
    }

    @Test func theTextsOwnFactsGoIntoPolicyYmlAndTheApprovalIsOnlyPrinted() throws {
        let work = try Workspace()
        defer { work.remove() }
        let behaviour = try work.run([
            "import", Self.word.appendingPathComponent("behaviour-styled.docx").path, "--id", "behaviour",
        ])
        #expect(
            behaviour.stdout.contains(
                "Content/policies/behaviour/04-review.md:5:91: 'every two years': review_cycle is 2 years in policy.yml"
            ))
        #expect(
            behaviour.stdout.contains(
                "Content/policies/behaviour/04-review.md:5:17: the text records an approval of this document; once a school adopts the policy, record it as the school's baseline with: policypress approve behaviour SCHOOL_DIR --document \(Self.word.appendingPathComponent("behaviour-styled.docx").path) --date 2025-02-04 --by \"Board of Trustees\""
            ))
        #expect(
            behaviour.stdout.contains(
                "Content/policies/behaviour/02-principles.md:5:109: 'School/Academy' names two kinds of school"))
        let metadata = try #require(work.read("Content/policies/behaviour/policy.yml"))
        #expect(
            metadata.contains("review_cycle: 2 years") && metadata.contains("approver: \"{{ term.governing_body }}\""))
        #expect(!work.exists("Content/schools/example/register.yml"), "the approval is printed, never recorded")

        let social = try work.run([
            "import", Self.word.appendingPathComponent("social-networking-styled.docx").path, "--id", "social-staff",
        ])
        #expect(social.stdout.contains("review_cycle is 2 years"))
        #expect(!social.stdout.contains("policypress approve"), "an approval with a [date] blank records no day")
    }
}
