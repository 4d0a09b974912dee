import Foundation
import Testing

/// Word fidelity: for every fixture, the words of the built text edition are the words of `pandoc -t plain`
/// of the source, less only what the import's report lists as left out (drafting notes, pictures, Word's
/// table of contents, heading numbers) and with the school's-name blank filled in. Every source word must
/// be there as often as in the source; outside tables, in the same order (a table's cells wrap in
/// columns on the text page, so a row's words may interleave).
@Suite struct ImportFidelityTests {
    /// A word as compared: small letters, without the punctuation around it, apostrophes made plain.
    static func normalised(_ word: Substring) -> String? {
        let trimmed = word.replacingOccurrences(of: "’", with: "'").lowercased()
            .trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?()[]\"'“”‘*_|-–—•↩︎+=¹²³⁴⁵⁶⁷⁸⁹⁰<>"))
        // Numbers are heading numbers, page numbers and footnote marks on one side or the other.
        guard !trimmed.isEmpty, !trimmed.allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
        return trimmed
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "/" || $0 == "[" }).compactMap(normalised)
    }

    /// The source's words as pandoc gives them, less what the report lists as left out; table words apart.
    static func reference(of file: URL, format: String, report: String) throws -> (ordered: [String], all: [String]) {
        // Standalone, as the import reads it, so that the title is the title (a web page's title block is in its text).
        let result = try CommandRunner.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["pandoc", "-f", format] + (format == "html" ? [] : ["-s"]) + ["-t", "plain", "--wrap=none", file.path],
            in: file.deletingLastPathComponent())
        var text = result.stdout.replacingOccurrences(
            of: "[Add school/setting or trust name]", with: "Oakfield Primary School")
        // What the report lists as left out: each note, picture description, document property.
        for pattern in [
            #"drafting note '\[(.*?)\]' was (?:moved|kept)"#, #"a picture was left out \('(.*?)'\)"#,
            #"the document's [\w ]+, '(.*?)', was left out"#,
        ] {
            let expression = try NSRegularExpression(pattern: pattern)
            for match in expression.matches(in: report, range: NSRange(report.startIndex..., in: report)) {
                let left = String(report[Range(match.range(at: 1), in: report)!])
                text = text.replacingOccurrences(of: "[\(left)]", with: " ").replacingOccurrences(of: left, with: " ")
            }
        }
        // A list's letters and roman numbers ("a)", "ii.") are its numbering, as digits are, not its words.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(
                of: #"^(\s*)([a-z]|[ivx]{1,4})[.)](\s+)"#, with: "$1$3", options: .regularExpression)
        }
        // Word's table of contents: its title and as many entries as the report says, each ending in a page number.
        if let match = report.range(of: #"table of contents \((\d+) entr"#, options: .regularExpression) {
            var entries = Int(report[match].split(separator: "(")[1].prefix { $0.isNumber }) ?? 0
            lines = lines.filter { line in
                if ["contents", "table of contents"].contains(line.lowercased()) { return false }
                if entries > 0, line.range(of: #"\s\d+$"#, options: .regularExpression) != nil {
                    entries -= 1
                    return false
                }
                return true
            }
        }
        // Heading numbers, which the report lists as dropped.
        lines = lines.map {
            $0.replacingOccurrences(of: #"^(Section|Part|Chapter) \d+ [–—-] "#, with: "", options: .regularExpression)
        }
        // The order is checked outside pandoc's tables (indented, or drawn with + and |) and its footnotes,
        // which it gathers at the end of the document where the text page has them at the end of a section.
        // A web page's footnotes come after a rule, as a numbered list.
        var ordered: [String] = [], all: [String] = []
        var afterRule = false
        for line in lines {
            let lineWords = words(line)
            all += lineWords
            if line.range(of: #"^-{10,}$"#, options: .regularExpression) != nil { afterRule = true }
            let apart =
                line.hasPrefix("  ") || line.hasPrefix("+") || line.hasPrefix("|")
                || line.range(of: #"^\[\d+\] "#, options: .regularExpression) != nil
                || (afterRule && line.range(of: #"^\d+\.\s"#, options: .regularExpression) != nil)
            if !apart { ordered += lineWords }
        }
        return (ordered, all)
    }

    static let formats = ["docx": "docx", "odt": "odt", "rtf": "rtf", "html": "html", "rst": "rst", "md": "gfm"]

    @Test(arguments: ImportTests.fixtures.map(\.file))
    func theBuiltTextHasEverySourceWord(_ fixture: String) throws {
        let work = try Workspace()
        defer { work.remove() }
        let file = ImportTests.word.appendingPathComponent(fixture)
        let imported = try work.run(["import", file.path, "--id", "imported"])
        #expect(imported.status == 0)
        try work.edit(
            "Content/schools/example/school.yml", replacing: "  - social-networking",
            with: "  - social-networking\n  - imported")
        #expect(
            try work.run(["build", "Content/schools/example", "--output", "site", "--today", "2026-12-01"]).status == 0)
        let built = Self.words(try #require(work.read("site/imported.txt")))
        let format = Self.formats[file.pathExtension]!
        let reference = try Self.reference(of: file, format: format, report: imported.stdout)

        // As often as in the source.
        var counts: [String: Int] = [:]
        for word in built { counts[word, default: 0] += 1 }
        var missing: [String] = []
        for word in reference.all {
            if counts[word, default: 0] > 0 { counts[word]! -= 1 } else { missing.append(word) }
        }
        #expect(missing.isEmpty, "\(fixture): words of the source missing from the built text: \(missing.prefix(20))")
        // In the same order, outside tables.
        var position = built.startIndex
        for (index, word) in reference.ordered.enumerated() {
            guard let found = built[position...].firstIndex(of: word) else {
                Issue.record(
                    "\(fixture): '\(word)' (word \(index) of the source: …\(reference.ordered[max(0, index - 6)...index].joined(separator: " "))) is not where it should be in the built text"
                )
                break
            }
            position = built.index(after: found)
        }
    }
}
