import Foundation
import Testing

/// Every word an author wrote in a policy with tables, footnotes, headings, strikethrough and links appears
/// in both published editions, counted word by word from the source files rather than through our own tree.
@Suite struct EditionWordCountTests {
    static let fixture = GoldenCaseTests.casesFolder.appendingPathComponent("build-tables-footnotes-and-links")

    /// The words of a section file's body: front matter, variables, link targets and footnote labels taken out.
    static func sourceWords(_ source: String) -> [String] {
        var body = source.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
        for pattern in [#"\{\{[^}]*\}\}"#, #"\]\([^)]*\)"#, #"\[\^[^\]]*\]:?"#, #"(?m)^\|?[ :|-]+\|?$"#] {
            body = body.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return words(body)
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }
    }

    /// The visible text of a page: tags taken out, the few entities cmark-gfm writes read back.
    static func visibleText(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"")
    }

    static func counts(_ words: [String]) -> [String: Int] {
        words.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    @Test(arguments: ["safeguarding.txt", "safeguarding.html"])
    func everySourceWordIsPublished(_ edition: String) throws {
        let folder = Self.fixture.appendingPathComponent("input/Content/policies/safeguarding")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
            .sorted()
        let source = try files.flatMap {
            Self.sourceWords(try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
        #expect(source.count > 250, "the fixture's words were not read")
        var text = try String(
            contentsOf: Self.fixture.appendingPathComponent("expected/site/" + edition), encoding: .utf8)
        if edition.hasSuffix(".html") { text = Self.visibleText(text) }
        let published = Self.counts(Self.words(text))
        for (word, count) in Self.counts(source) {
            #expect(
                published[word, default: 0] >= count,
                "'\(word)' is written \(count) times but published \(published[word, default: 0]) times in \(edition)")
        }
    }

    @Test func theWordCountCatchesALostTable() throws {
        let folder = Self.fixture.appendingPathComponent("input/Content/policies/safeguarding")
        let source = Self.sourceWords(
            try String(contentsOf: folder.appendingPathComponent("03-recognising-abuse.md"), encoding: .utf8))
        let html = try String(
            contentsOf: Self.fixture.appendingPathComponent("expected/site/safeguarding.html"), encoding: .utf8)
        let withoutTables = html.replacingOccurrences(
            of: "(?s)<table>.*?</table>", with: "", options: .regularExpression)
        let published = Self.counts(Self.words(Self.visibleText(withoutTables)))
        #expect(Self.counts(source).contains { published[$0.key, default: 0] < $0.value })
    }
}
