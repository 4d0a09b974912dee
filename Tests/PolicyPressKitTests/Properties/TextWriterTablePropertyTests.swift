import PropertyBased
import Testing

@testable import PolicyPressKit

/// Random tables of 1 to 9 columns, short and very long words and markup in their cells: the text edition
/// keeps every word in reading order, as columns when they fit and as `Header: value` blocks when not.
@Suite struct TextWriterTablePropertyTests {
    /// Cell words: short and long, accented and wide, one with no-break spaces, and three far longer than a column.
    static let words = [
        "the", "DSL", "1:3", "naïve", "日本語", "St\u{00A0}Anne's", "Mary’s", "—", "x", "25%", "(see", "below)",
        "supercalifragilisticexpialidocious", "https://school.example/policies/online-safety-and-acceptable-use",
        String(repeating: "abcdefghij", count: 9),
    ]

    /// A table and its cells' words as the writer prints them (a link's address as one more word).
    struct Sample: Sendable {
        var table: MarkdownTable
        var header: [[String]]
        var rows: [[[String]]]
    }

    static func cell(_ program: inout ProgramReader, atLeast least: Int) -> (inlines: [MarkdownInline], words: [String])
    {
        var inlines: [MarkdownInline] = []
        var words: [String] = []
        for index in 0..<(least + program.choose(8 - least)) {
            let word = program.pick(Self.words)
            if index > 0 { inlines.append(.text(" ")) }
            switch program.choose(7) {
            case 0: inlines.append(.emphasis([.text(word)]))
            case 1: inlines.append(.strong([.code(word)]))
            case 2: inlines.append(.link(url: "https://school.example/\(index)", title: "", [.text(word)]))
            case 3: inlines.append(.link(url: "#section-\(index)", title: "", [.text(word)]))
            default: inlines.append(.text(word))
            }
            words.append(word)
            if case .some(.link(let url, _, _)) = inlines.last, !url.hasPrefix("#") { words.append("<\(url)>") }
        }
        return (inlines, words)
    }

    // The first header cell always has a word, so a table laid out in columns always has its rule.
    static func samples() -> Generator<Sample, some SendableSequenceType> {
        Generators.program(0...200).map { numbers in
            var program = ProgramReader(numbers)
            let columns = 1 + program.choose(9)
            let alignments = (0..<columns).map { _ in
                program.pick([MarkdownTable.Alignment.none, .left, .center, .right])
            }
            let header = (0..<columns).map { Self.cell(&program, atLeast: $0 == 0 ? 1 : 0) }
            let rows = (0..<program.choose(7)).map { _ in (0..<columns).map { _ in Self.cell(&program, atLeast: 0) } }
            let table = MarkdownTable(
                alignments: alignments, header: header.map(\.inlines), rows: rows.map { $0.map(\.inlines) })
            return Sample(table: table, header: header.map(\.words), rows: rows.map { $0.map(\.words) })
        }
    }

    static let widths = [16, 30, 72]

    @Test(arguments: widths)
    func keepsEveryWordInReadingOrder(width: Int) async {
        await propertyCheck(count: Generators.count(300), input: Self.samples()) { sample in
            let text = PlainTextWriter(width: width).text(
                from: MarkdownDocument(blocks: [MarkdownBlock(.table(sample.table))]))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            let longest = sample.header.indices.map { column in
                max(1, ([sample.header[column]] + sample.rows.map { $0[column] }).joined().map(\.count).max() ?? 0)
            }
            let fits = longest.reduce(0, +) + 2 * (longest.count - 1) <= width
            if let rule = lines.firstIndex(where: Self.isRule) {
                #expect(
                    fits && lines[rule].count <= width, "columns although the longest words need more than \(width)")
                #expect(
                    Self.readingOrder(lines, rule: rule, rows: sample.rows) == Array(sample.header.joined())
                        + Array(sample.rows.joined().joined()))
            } else {
                #expect(!fits, "Header: value blocks although the columns fit in \(width)")
                #expect(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) == Self.headed(sample))
            }
        }
    }

    @Test(arguments: widths)
    func staysWithinTheWidthAndDrawsNoPipes(width: Int) async {
        await propertyCheck(count: Generators.count(300), input: Self.samples()) { sample in
            let text = PlainTextWriter(width: width).text(
                from: MarkdownDocument(blocks: [MarkdownBlock(.table(sample.table))]))
            #expect(!text.contains("|"))
            #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
            for line in text.split(separator: "\n") {
                #expect(line.last != " ", "\(line.debugDescription) ends in a space")
                #expect(
                    line.count <= width || line.split(separator: " ").count == 1, "\(line.debugDescription) is too wide"
                )
            }
        }
    }

    static func isRule(_ line: String) -> Bool {
        line.contains("─") && line.allSatisfy { $0 == "─" || $0 == " " }
    }

    /// The words as a reader takes them from the columns: row by row, and in a row column by column, each
    /// column read down its lines. The rule's dashes give each column's place.
    static func readingOrder(_ lines: [String], rule: Int, rows: [[[String]]]) -> [String] {
        let spans = columnSpans(lines[rule])
        var body = lines[(rule + 1)...].split(separator: "").map(Array.init)
        // Rows of one line each are not spaced apart: then every line is a row.
        let printedRows = rows.filter { !$0.joined().isEmpty }.count
        if body.count == 1 && printedRows > 1 { body = body[0].map { [$0] } }
        var words: [String] = []
        for block in [Array(lines[..<rule])] + body {
            for span in spans {
                for line in block { words += Self.slice(line, span).split(separator: " ").map(String.init) }
            }
            for line in block {
                #expect(
                    Self.gaps(line, spans).allSatisfy { $0 == " " },
                    "a word crosses a column in \(line.debugDescription)")
            }
        }
        return words
    }

    static func columnSpans(_ rule: String) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for (offset, character) in rule.enumerated() where character == "─" {
            if let last = spans.last, last.upperBound == offset {
                spans[spans.count - 1] = last.lowerBound..<(offset + 1)
            } else {
                spans.append(offset..<(offset + 1))
            }
        }
        return spans
    }

    static func slice(_ line: String, _ span: Range<Int>) -> String {
        let characters = Array(line)
        return String(characters[min(span.lowerBound, characters.count)..<min(span.upperBound, characters.count)])
    }

    // The characters between and after the columns.
    static func gaps(_ line: String, _ spans: [Range<Int>]) -> [Character] {
        Array(line).enumerated().filter { offset, _ in !spans.contains { $0.contains(offset) } }.map(\.element)
    }

    /// The words of the `Header: value` blocks: a header's last word carries the colon.
    static func headed(_ sample: Sample) -> [String] {
        guard !sample.rows.isEmpty else { return Array(sample.header.joined()) }
        return sample.rows.flatMap { row in
            zip(sample.header, row).flatMap { header, value in
                header.isEmpty ? value : Array(header.dropLast()) + [header.last! + ":"] + value
            }
        }
    }
}
