import Foundation
import Testing

/// PDF fidelity: for every printed fixture, the built text edition of the imported policy keeps at least
/// 97 % of the words `pdftotext` (Poppler) reads from the PDF, less the page furniture the import's report
/// lists as left out (running headers and footers and page numbers, on as many pages as it says; a table's
/// heading row repeated on a next page; PolicyPress's own title page). Words are compared as `ImportFidelityTests` compares them
/// (small letters, punctuation and numbers aside), each as often as in the PDF.
@Suite struct PDFImportFidelityTests {
    static let fixtures = [
        "typst-social-networking.pdf", "chromium-online-safety.pdf", "libreoffice-safeguarding.pdf", "behaviour-2025.pdf", "behaviour-2026.pdf",
    ]

    /// The furniture the report lists: each text, and on how many pages.
    static func furniture(in report: String) -> [(text: String, pages: Int)] {
        let patterns = [
            #"the running (?:header|footer) '(.*)' \(on (\d+) pages?\) was left out"#, #"the page numbers \('(.*)', on (\d+) pages?\) were left out"#,
            #"the heading row of a table, '(.*)', repeated at the top of page ()"#,
        ]
        return patterns.flatMap { pattern in
            let expression = try! NSRegularExpression(pattern: pattern)
            return expression.matches(in: report, range: NSRange(report.startIndex..., in: report)).map { match in
                (String(report[Range(match.range(at: 1), in: report)!]), Int(report[Range(match.range(at: 2), in: report)!]) ?? 1)
            }
        }
    }

    /// PolicyPress's own title page, which the import reports it left out (the school, the approval, the
    /// facts and the contents): everything before the second "1. …" line, the first section's heading after
    /// its entry in the contents.
    static func withoutTitlePage(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
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
            for word in ImportFidelityTests.words(text) { reference[word] = max(0, reference[word, default: 0] - pages) }
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
        try work.edit("Content/schools/example/school.yml", replacing: "  - social-networking", with: "  - social-networking\n  - imported")
        #expect(try work.run(["build", "Content/schools/example", "--output", "site", "--today", "2026-12-01"]).status == 0)
        let built = try #require(work.read("site/imported.txt"))
        let result = try Self.kept(pdf: file, built: built, report: imported.stdout)
        #expect(result.share >= 0.97, "\(fixture): \(String(format: "%.1f", result.share * 100)) % of the PDF's words kept; missing: \(result.missing.prefix(30))")
    }
}
