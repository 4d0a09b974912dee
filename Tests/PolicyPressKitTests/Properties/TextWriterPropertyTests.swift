import PropertyBased
import Testing

@testable import PolicyPressKit

/// Documents of paragraphs, headings, nested lists and quotes and code, with citations and footnotes, generated
/// with the words they hold; the text edition must keep every word in order, stay within its width and carry
/// no Markdown.
@Suite struct TextWriterPropertyTests {
    /// Words a paragraph is made of: short and long ones, accented and wide ones, one with no-break spaces,
    /// and punctuation that would be Markdown if it survived as syntax.
    static let words = [
        "the", "governors", "E-Safety", "policy's", "review,", "Mary’s", "naïve", "日本語", "St\u{00A0}Anne's", "(see",
        "below)",
        "supercalifragilisticexpialidocious", "https://school.example/policies/online-safety", "100%", "x", "—",
    ]

    /// A document and the words it holds, in reading order, citations and note markers as `[1]`, the notes'
    /// words after the blocks'; code and heading words start with "Code" and "Head", since those lines are not
    /// wrapped.
    struct Sample: Sendable {
        var document: MarkdownDocument
        var words: [String]
    }

    static func inlines(_ program: inout ProgramReader, words: inout [String]) -> [MarkdownInline] {
        var inlines: [MarkdownInline] = []
        for index in 0..<(1 + program.choose(14)) {
            let word = program.pick(Self.words)
            words.append(word)
            if index > 0 {
                inlines.append(program.choose(6) == 0 ? (program.choose(2) == 0 ? .softBreak : .lineBreak) : .text(" "))
            }
            switch program.choose(6) {
            case 0: inlines.append(.emphasis([.text(word)]))
            case 1: inlines.append(.strong([.text(word)]))
            case 2: inlines.append(.code(word))
            default: inlines.append(.text(word))
            }
            if program.choose(12) == 0 {
                let number = 1 + program.choose(3)
                inlines += [.text(" "), .footnoteReference(number)]
                words.append("[\(number)]")
            }
        }
        return inlines
    }

    static func blocks(_ program: inout ProgramReader, words: inout [String], depth: Int) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        while let number = program.next() {
            switch number % 9 {
            case 0, 1, 2: blocks.append(MarkdownBlock(.paragraph(inlines(&program, words: &words))))
            case 3:
                let title = (0...program.choose(3)).map { "Head\($0)" }
                words += title
                blocks.append(
                    MarkdownBlock(.heading(level: 1 + program.choose(4), [.text(title.joined(separator: " "))])))
            case 4 where depth < 4, 5 where depth < 4:
                var items: [[MarkdownBlock]] = []
                for _ in 0...program.choose(4) { items.append(Self.blocks(&program, words: &words, depth: depth + 1)) }
                let list = MarkdownList(
                    ordered: number % 9 == 5, start: program.choose(12), tight: program.choose(2) == 0, items: items)
                blocks.append(MarkdownBlock(.list(list)))
            case 6 where depth < 4:
                blocks.append(MarkdownBlock(.blockQuote(Self.blocks(&program, words: &words, depth: depth + 1))))
            case 7:
                let lines = (0...program.choose(3)).map { "Code\($0) \(program.pick(Self.words))" }
                words += lines.flatMap { $0.split(separator: " ").map(String.init) }
                blocks.append(MarkdownBlock(.codeBlock(info: "", literal: lines.joined(separator: "\n") + "\n")))
            default: if depth > 0 { return blocks }
            }
        }
        return blocks
    }

    static func samples() -> Generator<Sample, some SendableSequenceType> {
        Generators.program(0...120).map { numbers in
            var program = ProgramReader(numbers)
            // The notes are read first, since the document's blocks read the program to its end.
            var noteWords: [String] = []
            let notes = (0..<program.choose(3)).map { index in
                noteWords.append("[\(index + 1)]")
                return MarkdownFootnote(
                    number: index + 1, label: "n\(index)", blocks: Self.blocks(&program, words: &noteWords, depth: 1))
            }
            var words: [String] = []
            let blocks = Self.blocks(&program, words: &words, depth: 0)
            return Sample(document: MarkdownDocument(blocks: blocks, footnotes: notes), words: words + noteWords)
        }
    }

    /// The tokens of a line the writer adds: list markers, quote bars, heading underlines and rules.
    static func isAdded(_ token: Substring) -> Bool {
        ["•", "◦", "▪", "|"].contains(token) || token.allSatisfy { $0 == "=" || $0 == "-" || $0 == "─" }
            || (token.last == "." && !token.dropLast().isEmpty && token.dropLast().allSatisfy(\.isASCII)
                && token.dropLast().allSatisfy(\.isNumber))
    }

    /// A footnote's marker or citation, `[1]`: a note's first line holds its marker and a word that may be long.
    static func isNoteMarker(_ token: Substring) -> Bool {
        token.first == "[" && token.last == "]" && token.count > 2
            && token.dropFirst().dropLast().allSatisfy(\.isNumber)
    }

    static let widths = [16, 30, 72]

    @Test(arguments: widths)
    func keepsEveryWordInOrder(width: Int) async {
        await propertyCheck(count: Generators.count(200), input: Self.samples()) { sample in
            let text = PlainTextWriter(width: width).text(from: sample.document)
            let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { !Self.isAdded($0) }.map(
                String.init)
            #expect(tokens == sample.words)
        }
    }

    @Test(arguments: widths)
    func staysWithinTheWidthUnlessOneWordCannot(width: Int) async {
        await propertyCheck(count: Generators.count(200), input: Self.samples()) { sample in
            let text = PlainTextWriter(width: width).text(from: sample.document)
            #expect(text.isEmpty || (text.hasSuffix("\n") && !text.hasSuffix("\n\n")))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            for line in lines {
                #expect(line.last != " ", "\(line.debugDescription) ends in a space")
                let words = line.split(separator: " ").filter { !Self.isAdded($0) && !Self.isNoteMarker($0) }
                // A heading's underline is as long as the heading, which is not wrapped.
                if line.count > width {
                    #expect(
                        words.count <= 1 || words.contains { $0.hasPrefix("Code") || $0.hasPrefix("Head") },
                        "\(line.debugDescription) is too wide")
                }
            }
            for (first, second) in zip(lines, lines.dropFirst()) {
                #expect(!(first.isEmpty && second.isEmpty), "two blank lines in \(text.debugDescription)")
            }
        }
    }

    /// Whatever the document, no Markdown syntax reaches the text edition; the words never contain it.
    @Test func carriesNoMarkdown() async {
        await propertyCheck(count: Generators.count(200), input: Self.samples()) { sample in
            let text = PlainTextWriter().text(from: sample.document)
            for mark in ["*", "`", "#", "](", "_", "> "] {
                #expect(!text.contains(mark), "\(mark) in \(text.debugDescription)")
            }
        }
    }
}
