import Foundation
import Testing

/// `import` on documents shaped like real ones (Fixtures/real-shaped, made by scripts/make-real-fixtures.py;
/// its README says what each holds and what a correct import gives), run as a user runs it: every document
/// of the folder in one command, then `check` and `build` of a school adopting them all.
@Suite(.serialized) struct RealShapedImportTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("real-shaped")

    /// Each document, the id its file name gives, its format, and its sections' titles in order.
    static let documents: [(file: String, id: String, sections: [String])] = [
        (
            "word-as-word.docx", "word-as-word",
            [
                "Preamble", "Introduction", "Definitions", "Roles and responsibilities", "Responding to a concern",
                "Online safety",
                "Monitoring and review",
            ]
        ),
        ("lists-that-touch.docx", "lists-that-touch", ["Introduction", "First aid", "Medicines", "Review"]),
        (
            "school-tables.docx", "school-tables",
            ["Introduction", "Responsibilities", "Fire safety", "Risk assessment", "Contacts", "Review"]
        ),
        (
            "google-docs.docx", "google-docs",
            ["Preamble", "Aims", "Roles and responsibilities", "Attendance", "Safeguarding", "Review"]
        ),
        (
            "libreoffice.docx", "libreoffice",
            [
                "Preamble", "Introduction", "Who can complain", "The three stages", "Time limits",
                "Unreasonable complaints", "Review",
            ]
        ),
        (
            "public-body-model.docx", "public-body-model",
            [
                "Preamble", "Summary", "Aims", "Legislation and statutory responsibilities",
                "Roles and responsibilities", "Equal opportunities",
                "Being notified that a child has a medical condition", "Individual healthcare plans",
                "Managing medicines", "Emergency procedures",
                "Monitoring arrangements", "Links with other policies",
                "Annex A: Being notified that a child has a medical condition",
            ]
        ),
        (
            "preschool-site/content/policies/safeguarding.md", "safeguarding",
            [
                "Preamble", "Our Designated Safeguarding Lead", "What to do if you are worried",
                "Allegations against staff", "Review",
            ]
        ),
        (
            "preschool-site/content/policies/sickness-and-medicines.md", "sickness-and-medicines",
            ["Preamble", "When to keep your child at home", "Medicines"]
        ),
        ("preschool-site/content/policies/admissions.md", "admissions", ["Admissions", "Review"]),
        (
            "preschool-site/content/policies/complaints.md", "complaints",
            ["Preamble", "Talking to us first", "Making a complaint", "Ofsted"]
        ),
    ]

    static var nursery: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("nursery").path)) ?? [])
            .filter { $0.hasSuffix(".docx") }.sorted().map { "nursery/" + $0 }
    }

    /// One workspace for the suite: every document imported in one command, adopted by the example school.
    static let imported: (work: Workspace, result: CommandResult, ids: [String])? = {
        guard let work = try? Workspace() else { return nil }
        let files = documents.map(\.file) + nursery
        guard let result = try? work.run(["import"] + files.map { folder.appendingPathComponent($0).path }) else {
            return nil
        }
        let ids =
            (try? FileManager.default.contentsOfDirectory(atPath: work.url("Content/policies").path))?.filter {
                $0 != "social-networking"
            }.sorted() ?? []
        try? work.edit(
            "Content/schools/example/school.yml", replacing: "  - social-networking",
            with: (["social-networking"] + ids).map { "  - \($0)" }.joined(separator: "\n"))
        return (work, result, ids)
    }()

    @Test func everyDocumentImportsOrIsRefusedWithItsReasonAndTheSchoolChecksClean() throws {
        let (work, result, ids) = try #require(Self.imported)
        // The one nursery policy with changes not accepted is refused, and the others are imported.
        #expect(result.status == 1)
        #expect(
            result.stdout.contains("12 Fire Safety and Evacuation.docx: refused: it holds 2 tracked changes"),
            "\(result.stdout)")
        #expect(ids.count == Self.documents.count + Self.nursery.count - 1, "\(ids)")
        let check = try work.run(["check", "Content/schools/example", "--today", "2026-12-01"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stderr.contains("error:"), "\(check.stderr)")
        let build = try work.run(["build", "Content/schools/example", "--output", "site", "--today", "2026-12-01"])
        #expect(build.status == 0, "\(build.stderr)")
        // No raw HTML, no separator, no Hugo or Liquid markup in anything written.
        for id in ids {
            for name in try FileManager.default.contentsOfDirectory(atPath: work.url("Content/policies/\(id)").path)
            where name.hasSuffix(".md") {
                let text = try #require(work.read("Content/policies/\(id)/\(name)"))
                for marker in ["<!--", "<span", "<div", "<table", "<br", "{{<", "{%", "{:"] {
                    #expect(!text.contains(marker), "\(id)/\(name) holds \(marker)")
                }
            }
        }
    }

    @Test(arguments: documents)
    func eachDocumentGivesItsSections(_ document: (file: String, id: String, sections: [String])) throws {
        let (work, _, _) = try #require(Self.imported)
        #expect(ImportTests.sectionTitles(work, document.id) == document.sections, "\(document.file)")
    }

    /// Links inside a document lead to the heading they led to in it, whichever bookmark they used.
    @Test func linksInsideADocumentLeadToTheirHeadings() throws {
        let (work, result, _) = try #require(Self.imported)
        func section(_ id: String, _ start: String) -> String {
            let folder = work.url("Content/policies/\(id)")
            let name =
                ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).first {
                    $0.hasPrefix(start)
                } ?? ""
            return work.read("Content/policies/\(id)/\(name)") ?? ""
        }
        // A hyperlink to a paragraph's bookmark whose words are a heading's; a contents entry's _Toc bookmark.
        #expect(section("word-as-word", "05-").contains("[abuse](#abuse)"), "\(section("word-as-word", "05-"))")
        #expect(section("word-as-word", "04-").contains("(#responding-to-a-concern)"))
        // Google's bookmark on a heading, and its other spelling of the same id.
        #expect(
            section("google-docs", "03-").contains("(#safeguarding)")
                && section("google-docs", "03-").contains("(#attendance)"))
        // LibreOffice's __RefHeading bookmark.
        #expect(section("libreoffice", "04-").contains("(#time-limits)"))
        // An annex's heading after a page break, and a web page's heading id that differs from its words.
        #expect(
            section("public-body-model", "07-").contains(
                "(#annex-a-being-notified-that-a-child-has-a-medical-condition)"))
        #expect(section("safeguarding", "01-").contains("(#what-to-do-if-you-are-worried)"))
        // A link to the title leads to the top of the page.
        #expect(section("03-promoting-positive-behaviour", "04-").contains("[Back to top](#main)"))
        // A link to a bookmark on an ordinary paragraph keeps its words and is reported.
        #expect(
            result.stdout.contains(
                "in 'The three stages': the link 'Ask for it in time' led to a bookmark ('Ask_for_stage_3') that is not on a heading"
            ))
        #expect(result.stdout.contains("the link 'tell the DSL' led to a place named in a Word field ('\\l')"))
        // Links to files that will not be published are reported (and warned of by check).
        #expect(
            result.stdout.contains(
                "the link 'Eve Marsh' leads to '/staff/eve.html', a file that is not part of the policy"))
        #expect(
            result.stdout.contains(
                "the link 'Accessibility plan' leads to 'accessibility-plan.docx', a file that is not part of the policy"
            ))
    }

    /// What pandoc does not read of a Word file is put back or reported; a website's own markup is reported.
    @Test func nothingIsLostInSilence() throws {
        let (work, result, _) = try #require(Self.imported)
        #expect(
            result.stdout.contains(
                "a text box ('Key point: governing boards must make arrangements to…') was kept as a quote after the paragraph it stands by"
            ))
        let summary = try #require(work.read("Content/policies/public-body-model/02-summary.md"))
        #expect(
            summary.contains("> Key point: governing boards must make arrangements to support pupils"), "\(summary)")
        #expect(result.stdout.contains("3 symbols in a symbol font (such as a Wingdings tick) were left out"))
        #expect(
            result.stdout.contains(
                "the page header ('Oakfield Primary School Child Protection and Safeguarding Policy', header1.xml) was not imported"
            ))
        #expect(result.stdout.contains("the website's markup '{{< callout type=\"warning\" >}}' was left out"))
        #expect(result.stdout.contains("the page's front matter (+++ … +++) was left out"))
        // A merged cell is repeated in each row it covered: the nursery's Diarrhoea row says how long.
        let table = try #require(
            work.read("Content/policies/06-sickness-and-exclusion-periods/02-exclusion-periods.md"))
        #expect(table.contains("| Diarrhoea           | 48 hours after the last time"), "\(table)")
        #expect(
            result.stdout.contains(
                "table 1, row 2 from the top, column 2: the cell was merged down over 2 rows, and is repeated in each"))
    }

    /// The words of each document, as pandoc gives them, are in the published text: at least 99 % of them,
    /// less what the report lists as left out (drafting notes, pictures, document properties, Word's contents).
    @Test func atLeast99PercentOfTheWordsArePublished() throws {
        let (work, result, _) = try #require(Self.imported)
        var figures: [String] = []
        for (file, id) in Self.documents.map({ ($0.file, $0.id) }) + Self.nursery.map({ ($0, PolicyIDs.id(for: $0)) })
        where !file.contains("12 Fire") {
            let source = Self.folder.appendingPathComponent(file)
            let report = Self.report(of: file, in: result.stdout)
            var reference = try ImportFidelityTests.reference(
                of: source, format: file.hasSuffix(".md") ? "markdown" : "docx", report: report)
            // What the report lists as not the policy's words: the website's markup (pandoc gave its quotes curled)
            // and front matter, and a first heading repeating the title.
            var leftOut =
                Self.matches(#"the website's markup '(.*?)' was left out"#, in: report)
                + Self.matches(#"the first heading, '(.*?)', repeats the document's title"#, in: report)
            if report.contains("the page's front matter (+++ … +++) was left out"),
                let text = try? String(contentsOf: source, encoding: .utf8)
            {
                leftOut += text.components(separatedBy: "+++").dropFirst().prefix(1)
            }
            for piece in leftOut {
                let unquoted = { (word: String) in word.filter { !"\"“”".contains($0) } }
                for word in ImportFidelityTests.words(piece.replacingOccurrences(of: "…", with: "")).map(unquoted) {
                    if let index = reference.all.firstIndex(where: { unquoted($0) == word }) {
                        reference.all.remove(at: index)
                    }
                }
            }
            // A link's target that was the site's markup (`[fees page]({{< ref "fees.md" >}})`), as pandoc splits it.
            reference.all.removeAll { $0.contains("{{<") || $0.contains(">}}") }
            let built = ImportFidelityTests.words(try #require(work.read("site/\(id).txt"), "\(file)"))
            var counts: [String: Int] = [:]
            for word in built { counts[word, default: 0] += 1 }
            var kept = 0
            var missing: [String] = []
            for word in reference.all {
                if counts[word, default: 0] > 0 {
                    counts[word]! -= 1
                    kept += 1
                } else {
                    missing.append(word)
                }
            }
            let share = reference.all.isEmpty ? 1 : Double(kept) / Double(reference.all.count)
            figures.append(String(format: "%@: %.1f %%", file, share * 100))
            #expect(
                share >= 0.99, "\(file): \(String(format: "%.1f", share * 100)) % kept; missing \(missing.prefix(30))")
        }
        print("Words kept, of pandoc's plain text: " + figures.joined(separator: "; "))
    }

    // The report lines under one file's name in the import's output.
    static func report(of file: String, in output: String) -> String {
        let heading = folder.appendingPathComponent(file).path + ":\n"
        guard let start = output.range(of: heading) else { return "" }
        let rest = output[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n\n")?.lowerBound ?? rest.endIndex)])
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}

/// The id `import` gives a file by its name.
enum PolicyIDs {
    static func id(for file: String) -> String {
        let name = (file as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension.lowercased()
        var id = ""
        for character in stem {
            if character.isLetter || character.isNumber {
                id.append(character)
            } else if !id.isEmpty, id.last != "-" {
                id.append("-")
            }
        }
        return id.hasSuffix("-") ? String(id.dropLast()) : id
    }
}
