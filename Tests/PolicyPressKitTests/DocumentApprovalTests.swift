import Foundation
import Testing

@testable import PolicyPressKit

/// `approve POLICY --document FILE`: the document a school's governors approved last year, before the school
/// kept the policy in PolicyPress, recorded as its last approval, so that the first review shows every change
/// since; through the command, with every refusal writing nothing.
@Suite struct DocumentApprovalTests {
    static let school = "Content/schools/example"
    static let register = "Content/schools/example/register.yml"
    static let kept = "Content/schools/example/approved/social-networking"
    /// Oakfield's policy as approved on 12 March 2025 (Fixtures/word), under the name a clerk would give it.
    static let document = "Social Networking Policy 2025.docx"

    /// A workspace holding the fixtures of Fixtures/word named by the keys' values, under the keys' names.
    static func workspace(_ documents: [String: String] = [document: "oakfield-social-networking-2025.docx"]) throws
        -> Workspace
    {
        let work = try Workspace()
        for (name, fixture) in documents {
            try FileManager.default.copyItem(
                at: TestPaths.fixtures.appendingPathComponent("word").appendingPathComponent(fixture),
                to: work.url(name))
        }
        return work
    }

    static func approve(_ document: String = document, date: String = "2025-03-12", today: String = "2026-02-02")
        -> [String]
    {
        [
            "approve", "social-networking", school, "--document", document, "--date", date, "--by",
            "Full Governing Body", "--minute",
            "FGB/2025/07", "--today", today,
        ]
    }

    /// The kept texts' file names.
    static func keptFiles(_ work: Workspace) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: work.url(kept).path)) ?? []).sorted()
    }

    @Test func theDocumentsTextIsKeptAsImportedAndTheRegisterNamesIt() throws {
        let work = try Self.workspace()
        defer { work.remove() }
        let result = try work.run(Self.approve())
        #expect(result.status == 0, "\(result.stderr)")
        // The register names the document, and no library version: the text was not built from the library.
        let register = try #require(work.read(Self.register))
        #expect(
            register.contains(
                "\n  document: \"Social Networking Policy 2025.docx\"\n  approved: 2025-03-12\n  by: \"Full Governing Body\"\n  minute: \"FGB/2025/07\"\n  next_review: 2026-03-12\n"
            ))
        #expect(!register.contains("library:"))
        // The text alone is kept: a document has no layers.
        let files = Self.keptFiles(work)
        try #require(files.count == 1 && files[0].hasSuffix(".md"), "\(files)")
        let text = try #require(work.read("\(Self.kept)/\(files[0])"))
        #expect(register.contains("  edition: \(files[0].dropLast(3))\n"))
        #expect(EditionText.hash(of: text).hex + ".md" == files[0])
        let parsed = try EditionText.parse(text, file: files[0])
        #expect(parsed.title == "Social Networking Policy")
        #expect(
            parsed.sections.map(\.title) == ["Preamble", "Scope of the Policy", "Governors", "Monitoring and review"])
        #expect(parsed.sections[2].body.contains("A member of the Governing Body, Mr Tom Evans, has taken on the role"))
        #expect(
            parsed.sections[1].body.contains("| Whole School Disciplinary Policy | Mr Tom Evans, Chair of Governors |"))
        // What the clerk is shown: what was recorded, what was kept, and what the import did to the document.
        #expect(
            result.stdout.hasPrefix(
                "Recorded: Social Networking Policy approved by Full Governing Body on 12 March 2025 (minute FGB/2025/07), as the document Social Networking Policy 2025.docx.\nNext review: 12 March 2026.\n"
            ))
        #expect(result.stdout.contains("('Social Networking Policy': 4 sections, 340 words)"))
        #expect(result.stdout.contains("\n    document: \"Social Networking Policy 2025.docx\"\n"))
        #expect(
            result.stdout.contains(
                "\n  the numbers of 5 headings were dropped (1., 2., 3., 3.1, 4.): PolicyPress numbers sections itself")
        )
        #expect(try work.run(["check", Self.school, "--today", "2026-02-02"]).status == 0)
    }

    @Test func statusSchedulesTheNextReviewByThePolicysCycleAndSaysTheDraftDiffers() throws {
        let work = try Self.workspace()
        defer { work.remove() }
        try work.edit(
            "Content/policies/social-networking/policy.yml", replacing: "review_cycle: 12 months",
            with: "review_cycle: 2 years")
        #expect(try work.run(Self.approve()).status == 0)
        let table = try work.run(["status", Self.school, "--today", "2026-02-02"])
        #expect(
            table.stdout.contains(
                "\nSocial Networking Policy  changed since approval  12 March 2025  Full Governing Body  FGB/2025/07  12 March 2027  403\n"
            ), "\(table.stdout)")
        let csv = try work.run(["status", Self.school, "--today", "2027-02-01", "--format", "csv"])
        let row = csv.stdout.split(separator: "\r\n")[1]
        #expect(
            row.hasPrefix(
                "social-networking,Social Networking Policy,review due; changed since approval,2025-03-12,Full Governing Body,FGB/2025/07,2027-03-12,39,"
            ))
        #expect(row.hasSuffix(",Social Networking Policy 2025.docx"))
        let json = try work.run(["status", Self.school, "--today", "2027-04-01", "--format", "json"])
        #expect(json.stdout.contains("\"approved_document\" : \"Social Networking Policy 2025.docx\""))
        #expect(
            json.stdout.contains("\"states\" : [\n        \"overdue\",\n        \"changed since approval\"\n      ]"))
        #expect(try work.run(["status", Self.school, "--today", "2026-02-02", "--fail-on", "changed"]).status == 1)
    }

    @Test func diffShowsEveryChangeSinceTheDocumentAndSaysItWasADocument() throws {
        let work = try Self.workspace()
        defer { work.remove() }
        #expect(try work.run(Self.approve()).status == 0)
        let diff = try work.run(["diff", "social-networking", Self.school, "--today", "2026-02-02"])
        #expect(diff.status == 1)
        let text = diff.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(
            diff.stdout.contains(
                "\nFrom: the document Social Networking Policy 2025.docx, approved on 12 March 2025 (edition "))
        #expect(
            text.contains(
                "The approval of 12 March 2025 was of a document, Social Networking Policy 2025.docx, not of an edition PolicyPress built, so these changes are not put down to the model, the trust or the school."
            ))
        #expect(text.contains("[-Mr Tom Evans,-] {+Ms Laura Bennett,+}"))
        #expect(text.contains("[-4.-] [-Monitoring and review-] (removed)"))
        #expect(
            !diff.stdout.contains("(the school's details changed)") && !diff.stdout.contains("(changed in the model)"))
        let page = try work.run(["diff", "social-networking", Self.school, "--today", "2026-02-02", "--format", "html"])
        #expect(
            page.stdout.contains(
                "<dt>From</dt><dd>the document Social Networking Policy 2025.docx, approved on 12 March 2025 (edition ")
        )
        #expect(
            page.stdout.contains(
                "<p class=\"diff-sources-note\">The approval of 12 March 2025 was of a document, Social Networking Policy 2025.docx,"
            ))
        let only = try work.run(["diff", "social-networking", Self.school, "--today", "2026-02-02", "--only", "school"])
        #expect(only.status == 2)
        #expect(
            only.stderr.contains(
                "the changes cannot be sorted by source, so none can be shown alone; run diff without --only to see them all. The approval of 12 March 2025 was of a document"
            ))
        // The site's changes page says the same.
        #expect(try work.run(["build", Self.school, "--today", "2026-02-02"]).status == 0)
        #expect(
            work.read("site/social-networking-changes.html")?.contains(
                "<dt>From</dt><dd>the document Social Networking Policy 2025.docx, approved on 12 March 2025</dd>")
                == true)
    }

    @Test func buildApprovedOnlyPublishesTheDocumentWithItsStampAndItsPDF() throws {
        let work = try Self.workspace()
        defer { work.remove() }
        #expect(try work.run(Self.approve()).status == 0)
        let build = try work.run(["build", Self.school, "--approved-only", "--pdf", "--today", "2026-02-02"])
        #expect(build.status == 0, "\(build.stderr)")
        let text = try #require(work.read("site/social-networking.txt"))
        #expect(
            text.contains(
                "\nApproved by Full Governing Body on 12 March 2025 (minute FGB/2025/07).\nNext review: March 2026.\n"))
        let words = text.replacingOccurrences(of: "\n", with: " ")
        #expect(
            words.contains("Mr Tom Evans, has taken on") && !words.contains("Laura Bennett"),
            "the document's text, not the draft's")
        #expect(text.contains("\n4. Monitoring and review\n"))
        let page = try #require(work.read("site/social-networking.html"))
        #expect(
            page.contains(
                "<p class=\"approval\">Approved by Full Governing Body on <time datetime=\"2025-03-12\">12 March 2025</time> (minute FGB/2025/07). Next review: <time datetime=\"2026-03-12\">March 2026</time>.</p>"
            ))
        #expect(!page.contains("DRAFT") && !page.contains("Draft"))
        let pdf = try PDFEditionTests.Reading(work.url("site/social-networking.pdf")).pages.joined(separator: "\n")
        #expect(pdf.contains("Approved by Full Governing Body on 12 March 2025 (minute FGB/2025/07)"), "\(pdf)")
        #expect(pdf.contains("Mr Tom Evans") && !pdf.contains("Laura Bennett"))
    }

    @Test func approvingTheEditionAfterwardsSupersedesTheDocument() throws {
        let work = try Self.workspace()
        defer { work.remove() }
        #expect(try work.run(Self.approve()).status == 0)
        let approve = try work.run([
            "approve", "social-networking", Self.school, "--date", "2026-03-04", "--by", "Full Governing Body",
            "--today", "2026-03-05",
        ])
        #expect(approve.status == 0, "\(approve.stderr)")
        #expect(
            approve.stdout.hasPrefix(
                "Recorded: Social Networking Policy approved by Full Governing Body on 4 March 2026.\nNext review: 4 March 2027."
            ))
        let register = try #require(work.read(Self.register))
        #expect(
            register.hasSuffix(
                "  library: \"PolicyPress Example Library 2026.1\"\n  approved: 2026-03-04\n  by: \"Full Governing Body\"\n  next_review: 2027-03-04\n"
            ))
        #expect(
            Self.keptFiles(work).filter { $0.hasSuffix(".layers") }.count == 1,
            "the edition's approval keeps its layers")
        #expect(
            try work.run(["status", Self.school, "--today", "2026-03-05"]).stdout.contains(
                "\nSocial Networking Policy  approved  4 March 2026  Full Governing Body          4 March 2027  364\n"))
        #expect(try work.run(["diff", "social-networking", Self.school, "--today", "2026-03-05"]).status == 0)
        let before = try work.run([
            "diff", "social-networking", Self.school, "--from", "2025-03-12", "--to", "approved",
        ])
        #expect(
            before.status == 1
                && before.stdout.contains(
                    "From: the document Social Networking Policy 2025.docx, approved on 12 March 2025")
        )
        #expect(try work.run(["build", Self.school, "--approved-only", "--today", "2026-03-05"]).status == 0)
        #expect(
            work.read("site/social-networking.txt")?.replacingOccurrences(of: "\n", with: " ").contains(
                "Ms Laura Bennett, has taken on") == true)
    }

    /// The kept text is never resolved again: what looks like a variable, a fence or a blank in a document is
    /// words the governors approved, and is published as they read it.
    @Test func wordsThatLookLikeVariablesFencesOrBlanksStayWords() throws {
        let work = try Workspace()
        defer { work.remove() }
        try work.write(
            "last-year.md",
            """
            ---
            title: Online Safety Policy 2025
            ---

            Approved for {{ school.name }} by the governors.

            # Filtering

            ::: only academy

            The filter blocks *[Add the filter's name]* sites for [school name].

            :::

            # Review

            Reviewed every {{ policy.review_cycle }}; see {{term.setting}}.

            """)
        let approve = try work.run(Self.approve("last-year.md"))
        #expect(approve.status == 0, "\(approve.stderr)")
        #expect(
            approve.stdout.contains(
                "before the first heading: the text before the first heading was kept as a section called 'Preamble'"))
        let kept = try #require(Self.keptFiles(work).first.flatMap { work.read("\(Self.kept)/\($0)") })
        // Kept as Markdown that shows them as words: `\{{` and `\:::`, never read as a variable or a fence.
        #expect(
            kept.hasPrefix(
                "# Online Safety Policy 2025\n\n## Preamble\n\nApproved for \\{{ school.name }} by the governors.\n\n## Filtering\n\n\\::: only academy\n"
            ), "\(kept)")
        #expect(try work.run(["build", Self.school, "--approved-only", "--today", "2026-02-02"]).status == 0)
        let text = try #require(work.read("site/social-networking.txt"))
        for words in [
            "Approved for {{ school.name }} by the governors.", "\n::: only academy\n",
            "[Add the filter’s name] sites for [school name].",
            "Reviewed every {{ policy.review_cycle }}; see {{term.setting}}.", "Online Safety Policy 2025\n",
        ] {
            #expect(text.contains(words), "\(words) in \(text)")
        }
        let page = try #require(work.read("site/social-networking.html"))
        #expect(
            page.contains("<p>Approved for {{ school.name }} by the governors.</p>")
                && page.contains("<p>::: only academy</p>"))
        let diff = try work.run(["diff", "social-networking", Self.school, "--today", "2026-02-02"])
        #expect(
            diff.stdout.contains("[-::: only academy-]") && diff.stdout.contains("\nTitle: ")
                && diff.stdout.contains("2025-]"), "\(diff.stdout)")
    }

    /// A document with no title of its own is kept under the policy's, so that nothing shows as changed that was not.
    @Test func aDocumentWithoutATitleIsKeptUnderThePolicys() throws {
        let work = try Workspace()
        defer { work.remove() }
        try work.write("last-year.md", "# Preamble\n\nOur words.\n\n# Scope of the Policy\n\nEveryone.\n")
        let approve = try work.run(Self.approve("last-year.md"))
        #expect(approve.status == 0, "\(approve.stderr)")
        #expect(
            approve.stdout.contains(
                "('Social Networking Policy', the policy's title, as the document has none: 2 sections, 3 words)"))
        let kept = try #require(Self.keptFiles(work).first.flatMap { work.read("\(Self.kept)/\($0)") })
        #expect(
            kept == "# Social Networking Policy\n\n## Preamble\n\nOur words.\n\n## Scope of the Policy\n\nEveryone.\n")
        #expect(
            !(try work.run(["diff", "social-networking", Self.school, "--today", "2026-02-02"]).stdout.contains(
                "Title:")))
    }

    /// Any format the import reads: the same policy as a Word file, a web page and Markdown is the same text.
    @Test func theSamePolicyInWordHTMLAndMarkdownKeepsTheSameText() throws {
        var editions: [String] = []
        for fixture in ["model-styled.docx", "model-styled.html", "sources/safeguarding.md"] {
            let name = "last-year." + fixture.split(separator: ".").last!
            let work = try Self.workspace([name: fixture])
            defer { work.remove() }
            let approve = try work.run(Self.approve(name))
            #expect(approve.status == 0, "\(fixture): \(approve.stderr)")
            #expect(
                approve.stdout.contains("('Child Protection and Safeguarding Policy': 7 sections"),
                "\(fixture): \(approve.stdout)")
            editions += Self.keptFiles(work)
        }
        #expect(editions.count == 3 && Set(editions).count == 1, "\(editions)")
    }

    @Test(arguments: [
        (
            "tracked-changes.docx", [String](),
            "last-year.docx: error: the document cannot be recorded as approved: it holds 4 tracked changes not yet accepted or rejected, so it is not yet a text anyone approved"
        ),
        (
            "hostile/encrypted.docx", [],
            "last-year.docx: error: the document cannot be recorded as approved: the file is password-protected, or an old Word document renamed"
        ),
        (
            "hostile/looks-like-doc.doc", [],
            "last-year.doc: error: the document cannot be recorded as approved: it is an old Word document (.doc): open it in Word and save it as a Word Document (.docx)"
        ),
        (
            "", ["--document", "missing.docx"],
            "--document: error: there is no file 'missing.docx'; give the document the governors approved"
        ),
        (
            "", ["--document", "Content"],
            "--document: error: 'Content' is a folder; give the document the governors approved"
        ),
        (
            "model-styled.docx", ["--date", "2026-02-03"],
            "--date: error: '2026-02-03' is after today (2026-02-02); record an approval once the meeting has taken place"
        ),
        ("model-styled.docx", ["--date", "2025-02-30"], "--date: error: '2025-02-30' is not a real date"),
        ("model-styled.docx", ["--by", " "], "--by: error: say who approved the policy"),
        (
            "model-styled.docx", ["--review-by", "2025-01-01"],
            "--review-by: error: '--review-by 2025-01-01' must come after the approval date, 2025-03-12"
        ),
        (
            "model-styled.docx", ["e-safety"],
            "e-safety: error: Oakfield Primary School does not adopt this policy; add it under 'policies' in Content/schools/example/school.yml first"
        ),
    ])
    func refusalsWriteNothing(fixture: String, change: [String], message: String) throws {
        let name = fixture.isEmpty ? "" : "last-year." + fixture.split(separator: ".").last!
        let work = try Self.workspace(fixture.isEmpty ? [:] : [name: fixture])
        defer { work.remove() }
        try FileManager.default.createDirectory(
            at: work.url("Content/policies/e-safety"), withIntermediateDirectories: true)
        try TestPaths.copyContents(
            of: work.url("Content/policies/social-networking"), into: work.url("Content/policies/e-safety"))
        var arguments = Self.approve(name)
        if change == ["e-safety"] {
            arguments[1] = "e-safety"
        } else {
            arguments = ApprovalTests.arguments(arguments, changing: change)
        }
        let result = try work.run(arguments)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("nothing was recorded.\n"))
        #expect(!work.exists(Self.register) && !work.exists("Content/schools/example/approved"))
    }

    /// HTML in a web page's paragraph (a styled span) keeps its words, without the tags no page would publish;
    /// and a date before the last approval is refused, the earlier approval staying the last.
    @Test func aStyledSpanKeepsItsWordsAndADateBeforeTheLastApprovalIsRefused() throws {
        let work = try Self.workspace()
        defer { work.remove() }
        try work.write(
            "styled.md", "# Purpose\n\nStaff keep <span style=\"color:red\">their accounts</span> private.\n")
        let styled = try work.run(Self.approve("styled.md", date: "2025-03-12"))
        #expect(styled.status == 0, "\(styled.stderr)")
        let kept = try #require(Self.keptFiles(work).first.flatMap { work.read("\(Self.kept)/\($0)") })
        #expect(kept.contains("Staff keep their accounts private.") && !kept.contains("<span"), "\(kept)")
        let register = try #require(work.read(Self.register))
        let files = Self.keptFiles(work)
        let earlier = try work.run(Self.approve(date: "2025-01-10"))
        #expect(earlier.status == 1)
        #expect(
            earlier.stderr.hasPrefix(
                "--date: error: '2025-01-10' is before this policy's last approval, on 12 March 2025"))
        #expect(work.read(Self.register) == register && Self.keptFiles(work) == files)
    }

    /// The kept text must read back as the title and sections it was made of: one that would not (a second-level
    /// heading inside a section, a code block left open over the next heading) is refused, not kept. A heading
    /// is one line of words, so its runs of white space are one space, as a heading reads back.
    @Test func aTextThatWouldNotReadBackIsRefused() throws {
        let good: [(title: String, body: String)] = [
            ("Purpose", "Words.\n\n### Inside\n\nMore words.\n"), ("Review", "Yearly."),
        ]
        #expect(
            try DocumentApproval.keptText(title: "Policy", sections: good, document: "d.docx")
                == EditionText.markdown(title: "Policy", sections: good))
        let spaced = try DocumentApproval.keptText(
            title: "Online  Safety\u{FEFF} Policy #1 & <2025>", sections: [("Roles:\u{00A0} *who*", "Words.")],
            document: "d.docx")
        #expect(spaced == "# Online Safety Policy \\#1 \\& \\<2025\\>\n\n## Roles\\: \\*who\\*\n\nWords.\n")
        for (sections, place) in [
            ([("Purpose", "Words.\n\n## Sneaked in\n\nMore."), ("Review", "Yearly.")], "the section 'Purpose'"),
            ([("Purpose", "```\ncode left open"), ("Review", "Yearly.")], "the section 'Purpose'"),
        ] {
            #expect(throws: DiagnosticList.self) {
                try DocumentApproval.keptText(title: "Policy", sections: sections, document: "d.docx")
            }
            do {
                _ = try DocumentApproval.keptText(title: "Policy", sections: sections, document: "d.docx")
            } catch {
                #expect(
                    error.diagnostics.map(\.description) == [
                        "d.docx: error: the document cannot be recorded as approved: its text, as imported, does not read back as the same title and sections (it differs at \(place)), so what is kept would not be what was approved; please report this file"
                    ])
            }
        }
    }
}
