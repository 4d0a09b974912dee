import Foundation
import Testing

/// PDF fidelity: for every printed fixture, the built text edition of the imported policy keeps at least
/// 97 % of the words `pdftotext` (Poppler) reads from the PDF, less the page furniture the import's report
/// lists as left out (running headers and footers and page numbers, on as many pages as it says; a table's
/// heading row repeated on a next page; PolicyPress's own title page). Words are compared as `ImportFidelityTests` compares them
/// (small letters, punctuation and numbers aside), each as often as in the PDF.
@Suite struct PDFImportFidelityTests {
    static let fixtures = [
        "typst-social-networking.pdf", "chromium-online-safety.pdf", "libreoffice-safeguarding.pdf",
        "behaviour-2025.pdf", "behaviour-2026.pdf",
    ]

    /// The furniture the report lists: each text, and on how many pages.
    static func furniture(in report: String) -> [(text: String, pages: Int)] {
        let patterns = [
            #"the running (?:header|footer) '(.*)' \(on (\d+) pages?\) was left out"#,
            #"the page numbers \('(.*)', on (\d+) pages?\) were left out"#,
            #"the heading row of a table, '(.*)', repeated at the top of page ()"#,
        ]
        return patterns.flatMap { pattern in
            let expression = try! NSRegularExpression(pattern: pattern)
            return expression.matches(in: report, range: NSRange(report.startIndex..., in: report)).map { match in
                (
                    String(report[Range(match.range(at: 1), in: report)!]),
                    Int(report[Range(match.range(at: 2), in: report)!]) ?? 1
                )
            }
        }
    }

    /// PolicyPress's own title page, which the import reports it left out (the school, the approval, the
    /// facts and the contents): everything before the second "1. …" line, the first section's heading after
    /// its entry in the contents.
    static func withoutTitlePage(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard let entry = lines.firstIndex(where: { $0.hasPrefix("1. ") }),
            let heading = lines[(entry + 1)...].firstIndex(of: lines[entry])
        else { return text }
        return lines[heading...].joined(separator: "\n")
    }

    /// The share of the PDF's words, furniture aside, that the built text keeps.
    static func kept(pdf: URL, built: String, report: String) throws -> (share: Double, missing: [String]) {
        var text = try ChromiumPrinterTests.tool("pdftotext", [pdf.path, "-"], in: pdf.deletingLastPathComponent())
        if report.contains("the title page PolicyPress printed") { text = withoutTitlePage(text) }
        // The school's-name blank, which the import makes {{ school.name }} (as for Word).
        text = text.replacingOccurrences(of: "[Add school/setting or trust name]", with: "Oakfield Primary School")
        var reference = Dictionary(ImportFidelityTests.words(text).map { ($0, 1) }, uniquingKeysWith: +)
        for (text, pages) in furniture(in: report) {
            for word in ImportFidelityTests.words(text) {
                reference[word] = max(0, reference[word, default: 0] - pages)
            }
        }
        var available = Dictionary(ImportFidelityTests.words(built).map { ($0, 1) }, uniquingKeysWith: +)
        var kept = 0, missing: [String] = []
        for (word, count) in reference.sorted(by: { $0.key < $1.key }) {
            let found = min(count, available[word, default: 0])
            kept += found
            available[word, default: 0] -= found
            if found < count { missing.append(word) }
        }
        let total = reference.values.reduce(0, +)
        return (total == 0 ? 0 : Double(kept) / Double(total), missing)
    }

    @Test(arguments: fixtures)
    func theBuiltTextKeepsTheWordsOfThePDF(_ fixture: String) throws {
        try PDFImportTests.requireReader()
        let work = try Workspace()
        defer { work.remove() }
        let file = PDFImportTests.folder.appendingPathComponent(fixture)
        let imported = try work.run(["import", file.path, "--id", "imported"])
        #expect(imported.status == 0, "\(fixture): \(imported.stdout)")
        try work.edit(
            "Content/schools/example/school.yml", replacing: "  - social-networking",
            with: "  - social-networking\n  - imported")
        #expect(
            try work.run(["build", "Content/schools/example", "--output", "site", "--today", "2026-12-01"]).status == 0)
        let built = try #require(work.read("site/imported.txt"))
        let result = try Self.kept(pdf: file, built: built, report: imported.stdout)
        #expect(
            result.share >= 0.97,
            "\(fixture): \(String(format: "%.1f", result.share * 100)) % of the PDF's words kept; missing: \(result.missing.prefix(30))"
        )
    }

    /// Each section holds the words that stand under its heading in the PDF, between it and the next: none is
    /// moved to another section (a paragraph a page break cuts, which a tagged PDF's reader can set above the
    /// heading it follows, stays under it).
    @Test(arguments: fixtures)
    func eachSectionHoldsTheWordsUnderItsHeadingInThePDF(_ fixture: String) throws {
        try PDFImportTests.requireReader()
        let work = try Workspace()
        defer { work.remove() }
        let file = PDFImportTests.folder.appendingPathComponent(fixture)
        let imported = try work.run(["import", file.path, "--id", "imported"])
        #expect(imported.status == 0)
        var text = try ChromiumPrinterTests.tool("pdftotext", [file.path, "-"], in: file.deletingLastPathComponent())
        if imported.stdout.contains("the title page PolicyPress printed") { text = Self.withoutTitlePage(text) }
        // The PDF's lines, as words; a heading is a line of its own there.
        let rawLines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let lines = rawLines.map { ImportFidelityTests.words($0) }
        let folder = work.url("Content/policies/imported")
        let sections = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
            .sorted().map { name in
                let parts = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).components(
                    separatedBy: "\n---\n")
                let title =
                    parts[0].split(separator: "\n").first { $0.hasPrefix("title: ") }.map { String($0.dropFirst(7)) }
                    ?? ""
                // The body's words as a reader sees them (no Markdown marks), the school's name variable aside.
                let body = try ImportRoundTripPropertyTests.words(
                    ofMarkdown: parts.dropFirst().joined(separator: "\n---\n"), in: work.root)
                return (
                    title: ImportFidelityTests.words(title),
                    body: body.flatMap { Array(repeating: $0.key, count: $0.value) }.filter {
                        !$0.contains("{{") && !$0.contains("}}") && $0 != "school.name"
                    }
                )
            }
        // Where each heading's line stands in the PDF, in order (a "Preamble" the import made has none).
        var starts: [Int] = []
        var bodies: [(title: [String], body: [String])] = []
        var position = 0
        for section in sections {
            // A numbered line first ("4. Review"), where the words alone could be a table's cell ("Review").
            let matching = lines.indices.filter { $0 >= position && lines[$0] == section.title }
            guard let line = matching.first(where: { rawLines[$0].first?.isNumber == true }) ?? matching.first else {
                continue
            }
            starts.append(line)
            bodies.append(section)
            position = line + 1
        }
        #expect(bodies.count >= sections.count - 1, "\(fixture): the headings were not all found in the PDF in order")
        for (index, section) in bodies.enumerated() {
            let segment = lines[starts[index]..<(index + 1 < starts.count ? starts[index + 1] : lines.count)].joined()
            var under = Dictionary(segment.map { ($0, 1) }, uniquingKeysWith: +)
            let outside = section.body.filter { word in
                guard under[word, default: 0] > 0 else { return true }
                under[word]! -= 1
                return false
            }
            // Footnotes may follow the section that cites them, or the policy: a few words may stand elsewhere.
            #expect(
                outside.count <= max(3, section.body.count / 10),
                "\(fixture): section '\(section.title.joined(separator: " "))' holds words that stand under another heading in the PDF: \(outside.prefix(20))"
            )
        }
    }
}
