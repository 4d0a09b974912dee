import Foundation
import Testing

@testable import PolicyPressKit

/// `build --pdf`: each policy's PDF, read back with Poppler's `pdfinfo` and `pdftotext` as a reader would.
@Suite(.serialized) struct PDFEditionTests {
    /// What Poppler reads of a PDF.
    struct Reading {
        var info: [String: String]
        var tags: [String]
        /// Each page's text, in the order the page draws it (`-raw`), the running header and footer left out.
        var pages: [String]
        /// Each page's running header and footer, as drawn.
        var margins: [String]

        init(_ pdf: URL, engine: String = "typst") throws {
            let folder = pdf.deletingLastPathComponent()
            let infoText = try ChromiumPrinterTests.tool("pdfinfo", [pdf.path], in: folder)
            info = Dictionary(
                infoText.split(separator: "\n").compactMap { line in
                    line.firstIndex(of: ":").map {
                        (String(line[..<$0]), line[line.index(after: $0)...].trimmingCharacters(in: .whitespaces))
                    }
                }, uniquingKeysWith: { first, _ in first })
            tags = try ChromiumPrinterTests.tool("pdfinfo", ["-struct-text", pdf.path], in: folder).split(
                separator: "\n"
            )
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0 != "NonStruct" }
            pages = []
            margins = []
            for page in 1...(Int(info["Pages"] ?? "0") ?? 0) {
                var lines = try ChromiumPrinterTests.tool(
                    "pdftotext", ["-raw", "-f", "\(page)", "-l", "\(page)", pdf.path, "-"], in: folder
                )
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter {
                    !$0.isEmpty
                }
                // Chromium draws the margins after the page, the header's line then the footer's; Typst draws the
                // header first and the footer last.
                let footer = lines.popLast() ?? ""
                let header = (engine == "chromium" ? lines.popLast() : lines.isEmpty ? nil : lines.removeFirst()) ?? ""
                margins.append(header + "\n" + footer)
                pages.append(lines.joined(separator: "\n"))
            }
        }
    }

    /// The words of a text, as a reader would count them: a word broken at a hyphen at the end of a line is one word.
    static func words(_ text: String) -> [String] {
        let joined = text.replacingOccurrences(of: #"(\w)-[ \t]*\n\s*(\w)"#, with: "$1-$2", options: .regularExpression)
        let pattern = try! NSRegularExpression(pattern: #"[\w’']+(?:-[\w’']+)*"#)
        return pattern.matches(in: joined, range: NSRange(joined.startIndex..., in: joined)).map {
            String(joined[Range($0.range, in: joined)!]).lowercased()
        }
    }

    static func build(_ arguments: [String], engine: String = "typst", in workspace: Workspace) throws -> CommandResult
    {
        try CommandRunner.policypress(
            ["build"] + arguments + ["--pdf", "--pdf-engine", engine, "--today", "2026-11-24"], in: workspace.root)
    }

    static let engines = ["typst", "chromium"]

    @Test(arguments: ShippedSchoolsTests.schools, engines)
    func everyShippedSchoolsPDFIsTaggedTitledAndHoldsTheTextEditionsWords(_ school: String, engine: String) throws {
        let workspace = try Workspace(keepingRegisters: true)
        defer { workspace.remove() }
        let result = try Self.build(["Content/schools/\(school)", "--output", "site"], engine: engine, in: workspace)
        #expect(result.status == 0, "\(result.stderr)")
        let site = workspace.url("site")
        let text = try #require(workspace.read("site/social-networking.txt"))
        let lines = text.split(separator: "\n").map(String.init)
        let title = lines[0], schoolName = lines[2]
        let reading = try Reading(site.appendingPathComponent("social-networking.pdf"), engine: engine)

        #expect(reading.info["Tagged"] == "yes")
        #expect(reading.info["Title"] == "\(title) – \(schoolName)")
        #expect(reading.info["Author"] == schoolName)
        #expect(reading.info["Page size"]?.hasSuffix("(A4)") == true, "\(reading.info)")
        #expect(reading.info["CreationDate"] != nil)
        // The headings, in the order of the text edition: the title, the contents (on the web page, which
        // Chromium prints), then each section.
        let headings = reading.tags.filter { $0.hasPrefix("H1") || $0.hasPrefix("H2") }
        let sectionTitles = lines.filter {
            $0.range(of: #"^\d+\. \S"#, options: .regularExpression) != nil && !$0.hasPrefix("  ")
        }
        #expect(headings.count == (engine == "chromium" ? 2 : 1) + sectionTitles.count, "\(headings)")
        if engine == "typst" {
            // Typst names each heading's words in its tag.
            #expect(headings.first?.contains(title) == true, "\(headings)")
            #expect(
                zip(headings.suffix(sectionTitles.count), sectionTitles).allSatisfy { $0.contains($1) }, "\(headings)")
        }
        let bytes = try Data(contentsOf: site.appendingPathComponent("social-networking.pdf"))
        let raw = String(decoding: bytes, as: UTF8.self)
        #expect(raw.range(of: #"/Lang ?\(en-GB\)"#, options: .regularExpression) != nil)
        if engine == "typst" { #expect(raw.contains("pdfuaid:part>1<"), "Typst claims PDF/UA-1") }
        #expect(raw.contains("/Outlines "), "the sections are bookmarks")
        #expect(raw.contains("/DisplayDocTitle true"), "a reader shows the title, not the file name")
        #expect(
            !reading.tags.contains { $0.contains("ﬁ") || $0.contains("ﬂ") },
            "no ligature stands for two letters in the tags")
        #expect(
            Self.words(reading.pages.joined(separator: "\n")) == Self.words(text),
            "the PDF's words differ from the text edition's")

        let isDraft = text.contains("DRAFT – NOT THE APPROVED POLICY")
        for (number, margin) in reading.margins.enumerated() {
            #expect(margin.hasPrefix(schoolName) && margin.contains(title), "page \(number + 1): \(margin)")
            #expect(margin.hasSuffix("Page \(number + 1) of \(reading.pages.count)"), "page \(number + 1): \(margin)")
            #expect(margin.contains(RunningHeader.draftMarking) == isDraft, "page \(number + 1): \(margin)")
        }
        // Page one carries the approval, as the text edition states it.
        if let approval = lines.firstIndex(where: { $0.hasPrefix("Approved by") || $0.hasPrefix("Last approved by") }) {
            #expect(
                Self.words(reading.pages[0]).starts(with: Self.words(lines[0...approval + 1].joined(separator: "\n"))))
        }

        let index = try #require(workspace.read("site/index.html"))
        let pdfSize = try Data(contentsOf: site.appendingPathComponent("social-networking.pdf")).count
        let described =
            "PDF, \(reading.pages.count) \(reading.pages.count == 1 ? "page" : "pages"), \((pdfSize + 512) / 1024) KB"
        #expect(
            index.contains(#"<a href="social-networking.pdf" type="application/pdf" download>"#)
                && index.contains(described), "\(described)")
        #expect(workspace.read("site/social-networking.html")?.contains(described) == true)
        if let sitemap = workspace.read("site/sitemap.xml") { #expect(sitemap.contains("social-networking.pdf</loc>")) }
    }

    @Test(arguments: engines)
    func aDraftIsMarkedOnEveryPageAndTheApprovedOnlySiteCarriesTheStamp(engine: String) throws {
        let workspace = try Workspace(keepingRegisters: true)
        defer { workspace.remove() }
        // Hillcrest's draft differs from its approved text; make it long enough for several pages.
        let section = "Content/policies/social-networking/03-governors.md"
        let long = (1...40).map {
            "Paragraph \($0) of a long section, so that the policy runs over several pages of A4."
        }.joined(separator: "\n\n")
        let table =
            "| Duty holder | Duty |\n|---|---|\n"
            + (1...70).map { "| Holder \($0) | Duty \($0) of the long table |" }.joined(separator: "\n")
        let headings = (1...12).map {
            "### Heading \($0)\n\n"
                + String(repeating: "Words under the heading, enough for a few lines of text on the page. ", count: 8)
        }.joined(separator: "\n\n")
        try workspace.write(
            section, (workspace.read(section) ?? "") + "\n\n" + long + "\n\n" + table + "\n\n" + headings + "\n")
        for (folder, flags) in [("draft", [String]()), ("approved", ["--approved-only"])] {
            let result = try Self.build(
                ["Content/schools/hillcrest-academy", "--output", folder] + flags, engine: engine, in: workspace)
            #expect(result.status == 0, "\(result.stderr)")
            let reading = try Reading(workspace.url("\(folder)/social-networking.pdf"), engine: engine)
            if folder == "draft" {
                #expect(reading.pages.count >= 3, "\(reading.pages.count) pages")
                #expect(
                    reading.margins.allSatisfy { $0.components(separatedBy: RunningHeader.draftMarking).count == 3 },
                    "\(reading.margins)")
                // The page's banner, or the text edition's notice.
                #expect(
                    reading.pages[0].contains(
                        engine == "chromium" ? "Draft – not the approved policy." : "DRAFT – NOT THE APPROVED POLICY."))
                #expect(reading.pages.joined().contains("Paragraph 40 of a long section"))
                // The table's header row is printed again at the top of each page it runs on to.
                let tablePages = reading.pages.filter { $0.contains("of the long table") }
                #expect(tablePages.count >= 2, "the table runs over \(tablePages.count) pages")
                #expect(
                    tablePages.allSatisfy { page in
                        page.split(separator: "\n").first { $0.contains("Holder") || $0.contains("Duty holder") }
                            == "Duty holder Duty"
                    })
                // No heading stands alone at the foot of a page.
                for (number, page) in reading.pages.enumerated() {
                    let last = page.split(separator: "\n").last.map(String.init) ?? ""
                    #expect(
                        last.range(of: #"^(Heading \d+|\d+\. .*)$"#, options: .regularExpression) == nil,
                        "page \(number + 1) ends with the heading '\(last)'")
                }
            } else {
                #expect(!reading.margins.joined().contains("DRAFT"))
                #expect(
                    !reading.pages.joined().contains("Paragraph 40 of a long section"),
                    "the approved text is printed, not the draft")
                let stamp = try #require(reading.pages[0].split(separator: "\n").first { $0.hasPrefix("Approved by") })
                #expect(
                    stamp.contains(" on ")
                        && Self.words(reading.pages[0]).joined(separator: " ").contains("next review"), "\(stamp)")
            }
        }
    }

    @Test(arguments: engines)
    func twoBuildsGiveTheSameBytesAndARebuildPrintsOnlyWhatChanged(engine name: String) throws {
        let workspace = try Workspace(keepingRegisters: true)
        defer { workspace.remove() }
        let settings = ReviewSettings(today: try #require(Day(year: 2026, month: 11, day: 24)))
        let action = BuildAction(fileSystem: .local, workingDirectory: workspace.root.path)
        let typst = TypstPrinter(processes: 1), chromium = SitePrinter(browsers: 1)
        defer {
            typst.finish()
            chromium.finish()
        }
        let engine: PDFEdition.Engine = name == "typst" ? .typst(typst) : .chromium(chromium)
        let printer = (printed: { name == "typst" ? typst.printed : chromium.printed }, ())
        func build(_ output: String) throws -> Data {
            _ = try action.build(
                school: "Content/schools/example", library: nil, output: output, settings: settings, engine: engine)
            return try Data(contentsOf: workspace.url("\(output)/social-networking.pdf"))
        }
        let first = try build("one")
        #expect(printer.printed() == 1)
        let second = try build("two")
        #expect(printer.printed() == 2)
        #expect(first == second, "two builds give the same PDF bytes")

        let manifest = try #require(workspace.read("one/.policypress-site"))
        #expect(
            manifest.split(separator: "\n").contains {
                $0.hasPrefix("print ") && $0.hasSuffix("  social-networking.pdf")
            }, "\(manifest)")
        _ = try build("one")
        #expect(printer.printed() == 2, "a page that has not changed is not printed again")

        // Someone deleted the PDF from the published folder: it is printed again.
        try FileManager.default.removeItem(at: workspace.url("one/social-networking.pdf"))
        #expect(try build("one") == first)
        #expect(printer.printed() == 3)

        try workspace.edit(
            "Content/schools/example/school.yml", replacing: "Oakfield Primary School", with: "Oakfield Primary Academy"
        )
        let renamed = try build("one")
        #expect(printer.printed() == 4)
        #expect(renamed != first)
    }

    @Test(arguments: engines)
    func theTableAndFootnoteFixtureKeepsEveryWord(engine: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let fixture = TestPaths.fixtures.appendingPathComponent("word/table-footnote-image-comment.docx")
        let imported = try CommandRunner.policypress(
            ["import", fixture.path, "--id", "online-safety"], in: workspace.root)
        #expect(imported.status == 0, "\(imported.stderr)")
        try workspace.edit(
            "Content/schools/example/school.yml", replacing: "policies:\n", with: "policies:\n  - online-safety\n")
        let result = try Self.build(["Content/schools/example", "--output", "site"], engine: engine, in: workspace)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try #require(workspace.read("site/online-safety.txt"))
        let reading = try Reading(workspace.url("site/online-safety.pdf"), engine: engine)
        // The text edition sets a table's columns side by side and a section's notes after it, as Typst does;
        // the web page Chromium prints sets the notes at the end, under a heading. The words are the same,
        // each as many times.
        var pdfWords = Self.words(reading.pages.joined(separator: "\n"))
        if engine == "chromium" {
            #expect(pdfWords.firstIndex(of: "notes").map { pdfWords.remove(at: $0) } != nil, "the notes' heading")
        }
        #expect(pdfWords.sorted() == Self.words(text).sorted(), "the PDF's words differ from the text edition's")
        #expect(reading.tags.contains { $0.hasPrefix("Table") }, "the table is tagged as one")
        #expect(reading.tags.contains { $0.hasPrefix("TH") }, "with its header cells")
    }

    @Test(arguments: engines)
    func thePackHoldsEveryPolicyAfterAContentsPage(engine: String) throws {
        let workspace = try Workspace(keepingRegisters: true)
        defer { workspace.remove() }
        let fixture = TestPaths.fixtures.appendingPathComponent("word/table-footnote-image-comment.docx")
        #expect(
            try CommandRunner.policypress(["import", fixture.path, "--id", "online-safety"], in: workspace.root).status
                == 0)
        try workspace.edit(
            "Content/schools/example/school.yml", replacing: "policies:\n", with: "policies:\n  - online-safety\n")
        let usage = try CommandRunner.policypress(["build", "Content/schools/example", "--pack"], in: workspace.root)
        #expect(usage.status == 64 && usage.stderr.contains("--pack needs --pdf"), "\(usage.stderr)")

        let result = try Self.build(
            ["Content/schools/example", "--output", "site", "--pack"], engine: engine, in: workspace)
        #expect(result.status == 0, "\(result.stderr)")
        let pack = try Reading(workspace.url("site/policy-pack.pdf"), engine: engine)
        let policies = try ["online-safety", "social-networking"].map {
            try Reading(workspace.url("site/\($0).pdf"), engine: engine)
        }
        // A contents page, then each policy from a page of its own, as long as its own PDF.
        #expect(pack.pages.count == 1 + policies.reduce(0) { $0 + $1.pages.count })
        #expect(
            pack.pages[0].contains(
                "Contents\n1. Online Safety Policy: draft, never approved\n2. Social Networking Policy: approved; approval of 12 March 2026"
            ), "\(pack.pages[0])")
        var page = 1
        for policy in policies {
            for own in policy.pages {
                #expect(Self.words(pack.pages[page]) == Self.words(own), "pack page \(page + 1)")
                page += 1
            }
        }
        #expect(
            pack.margins.allSatisfy {
                $0.contains(RunningHeader.packDraftMarking) && $0.contains("Oakfield Primary School")
            })
        #expect(
            pack.info["Title"] == "Policies – Oakfield Primary School"
                && pack.info["Author"] == "Oakfield Primary School")
        // Each policy's headings and notes keep names of their own in the page Chromium prints, so that its
        // links stay within it.
        if engine == "chromium" { try Self.expectOwnDestinations(in: workspace) }
        let index = try #require(workspace.read("site/index.html"))
        #expect(
            index.contains(
                #"<a href="policy-pack.pdf" type="application/pdf" download>All 2 policies in one PDF</a> (PDF, \#(pack.pages.count) pages,"#
            ))
    }

    private static func expectOwnDestinations(in workspace: Workspace) throws {
        let destinations = try ChromiumPrinterTests.tool(
            "pdfinfo", ["-dests", workspace.url("site/policy-pack.pdf").path], in: workspace.root)
        for name in ["online-safety--fn-1", "online-safety--introduction", "social-networking--preamble"] {
            #expect(destinations.contains("\"\(name)\""), "\(destinations)")
        }
    }

    @Test func linksToTheSiteWorkFromTheDownloadedPDFAndShowTheirAddressesAsTheTextEditionDoes() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        try """
        <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Links</title>
        <style>main a[href^="http"]::after { content: " <" attr(href) ">"; }</style></head>
        <body><main><p>See the <a href="behaviour.html">Behaviour Policy</a>, the <a href="https://www.gov.uk/guidance">guidance</a>,
        <a href="https://www.gov.uk/">https://www.gov.uk/</a> and <a href="#duties">the duties</a>.</p><h2 id="duties">Duties</h2></main></body></html>
        """.write(to: page, atomically: true, encoding: .utf8)
        let day = try #require(Day(year: 2026, month: 3, day: 12))
        let printer = try ChromiumPrinter()
        defer { printer.finish() }
        for base in ["https://oakfield.example/it's \"ours\"/", nil] {
            let setup = RunningHeader.setup(school: "Oakfield", policy: "Links", isDraft: false, linkBase: base)
            let pdf = try printer.pdf(ofPage: page.path, setup: setup, date: day)
            let raw = String(decoding: pdf, as: UTF8.self)
            #expect(!raw.contains("file:"), "no link points at the folder the page was printed from")
            #expect(raw.contains("/URI (https://www.gov.uk/guidance)"))
            if base != nil {
                #expect(
                    raw.contains("/URI (https://oakfield.example/it's%20%22ours%22/behaviour.html)"),
                    "\(raw.components(separatedBy: "/URI").dropFirst().map { $0.prefix(60) })")
            }
            let file = folder.appendingPathComponent("page.pdf")
            try pdf.write(to: file)
            let text = try ChromiumPrinterTests.tool("pdftotext", [file.path, "-"], in: folder).split(
                whereSeparator: \.isWhitespace
            ).joined(separator: " ")
            // As PlainTextWriter writes them: words and address; an address alone once; a link within the page, its words.
            #expect(
                text.contains(
                    "See the Behaviour Policy <behaviour.html>, the guidance <https://www.gov.uk/guidance>, https://www.gov.uk/ and the duties."
                ), "\(text)")
        }
    }

    @Test(arguments: engines)
    func aMissingEngineStopsTheBuildAndPublishesNothing(engine: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let missing =
            engine == "chromium" ? ["PATH": "/nonexistent"] : ["POLICYPRESS_TYPST_PYTHON": "/nonexistent/bin/python3"]
        let result = try CommandRunner.policypress(
            ["build", "Content/schools/example", "--output", "site", "--pdf", "--pdf-engine", engine],
            in: workspace.root, environment: missing)
        #expect(result.status != 0)
        let why =
            engine == "chromium"
            ? "'chromium' could not be started" : "Typst is not installed (/nonexistent/bin/python3 is missing)"
        #expect(
            result.stderr.contains("Content/schools/example: error: the PDF edition could not be printed: \(why)"),
            "\(result.stderr)")
        #expect(result.stderr.contains("bash scripts/setup.sh --pdf"))
        #expect(!FileManager.default.fileExists(atPath: workspace.url("site").path))
    }
}
