import Testing

@testable import PolicyPressKit

/// A Markdown input and the plain text it must become.
struct PlainTextCase: Sendable, CustomTestStringConvertible {
    var markdown: String
    var expected: String
    var width: Int = 72

    var testDescription: String { markdown.debugDescription }
}

/// The text edition of a Markdown string, written at `width`.
func plain(_ markdown: String, width: Int = 72) -> String {
    PlainTextWriter(width: width).text(from: CommonMarkConverter().document(from: markdown))
}

private let sentence = """
    Pupils must arrive at school by 8:45 each morning so that registration can be completed before the first \
    lesson begins, and parents should telephone the office before 9:30 if their child is absent for any reason.
    """

@Suite struct PlainTextWriterTests {
    @Test(arguments: [
        PlainTextCase(markdown: "# Attendance Policy", expected: "Attendance Policy\n=================\n"),
        PlainTextCase(markdown: "## Scope", expected: "Scope\n-----\n"),
        PlainTextCase(markdown: "### Who this applies to", expected: "Who this applies to\n"),
        PlainTextCase(markdown: "#### Deep", expected: "Deep\n"),
        PlainTextCase(markdown: "# Café *rules*", expected: "Café rules\n==========\n"),
        PlainTextCase(markdown: "Setext title\n===", expected: "Setext title\n============\n"),
        PlainTextCase(
            markdown: "# One\n\n## Two\n\n### Three\n\nBody.",
            expected: "One\n===\n\nTwo\n---\n\nThree\n\nBody.\n"),
    ])
    func headings(_ example: PlainTextCase) {
        #expect(plain(example.markdown) == example.expected)
    }

    @Test func headingsAreNotWrapped() {
        #expect(
            plain("## A heading far wider than the width", width: 10)
                == "A heading far wider than the width\n----------------------------------\n")
    }

    @Test func wrapsAtSeventyTwo() {
        #expect(
            plain(sentence) == """
                Pupils must arrive at school by 8:45 each morning so that registration
                can be completed before the first lesson begins, and parents should
                telephone the office before 9:30 if their child is absent for any
                reason.

                """)
    }

    @Test(arguments: [
        PlainTextCase(
            markdown: "The quick brown fox jumps over the lazy dog",
            expected: "The quick brown fox\njumps over the lazy\ndog\n", width: 20),
        PlainTextCase(
            markdown: "The quick brown fox\njumps   over the lazy dog",
            expected: "The quick brown fox\njumps over the lazy\ndog\n", width: 20),
        PlainTextCase(
            markdown: "a supercalifragilistic b",
            expected: "a\nsupercalifragilistic\nb\n", width: 10),
        PlainTextCase(
            markdown: "- The quick brown fox jumps over the lazy dog",
            expected: "• The quick brown\n  fox jumps over the\n  lazy dog\n", width: 20),
        PlainTextCase(
            markdown: "> The quick brown fox jumps over the lazy dog",
            expected: "| The quick brown\n| fox jumps over the\n| lazy dog\n", width: 20),
        PlainTextCase(
            markdown: "Keep\u{00A0}these\u{00A0}together please",
            expected: "Keep\u{00A0}these\u{00A0}together\nplease\n", width: 20),
    ])
    func wrapsAtSmallWidths(_ example: PlainTextCase) {
        #expect(plain(example.markdown, width: example.width) == example.expected)
    }

    @Test(arguments: [
        PlainTextCase(markdown: "First line\\\nsecond line  \nthird", expected: "First line\nsecond line\nthird\n"),
        PlainTextCase(markdown: "- one\\\n  two", expected: "• one\n  two\n"),
        PlainTextCase(markdown: "> one\\\n> two", expected: "| one\n| two\n"),
        PlainTextCase(
            markdown: "alpha beta gamma\\\ndelta epsilon", expected: "alpha beta\ngamma\ndelta\nepsilon\n",
            width: 12),
    ])
    func hardBreaksStartNewLines(_ example: PlainTextCase) {
        #expect(plain(example.markdown, width: example.width) == example.expected)
    }

    @Test func emphasisStrongAndCodeLoseTheirMarks() {
        #expect(
            plain("Use *care*, **always**, _this_ and `code_name()` here.")
                == "Use care, always, this and code_name() here.\n")
    }

    @Test func inlineHTMLIsDropped() {
        #expect(plain("a <span class=\"x\">b</span> c") == "a b c\n")
    }

    @Test(arguments: [
        PlainTextCase(
            markdown: "See [the office page](https://school.example/office).",
            expected: "See the office page <https://school.example/office>.\n"),
        PlainTextCase(markdown: "Visit <https://x.org> today.", expected: "Visit <https://x.org> today.\n"),
        PlainTextCase(markdown: "[https://x.org](https://x.org)", expected: "<https://x.org>\n"),
        PlainTextCase(markdown: "Mail <office@school.example>.", expected: "Mail <office@school.example>.\n"),
        PlainTextCase(markdown: "Do not [click](javascript:alert(1)) this.", expected: "Do not click this.\n"),
        PlainTextCase(markdown: "[](https://x.org)", expected: "<https://x.org>\n"),
        PlainTextCase(markdown: "[*Rules*](https://x.org \"Title\")", expected: "Rules <https://x.org>\n"),
    ])
    func links(_ example: PlainTextCase) {
        #expect(plain(example.markdown) == example.expected)
    }

    @Test(arguments: [
        PlainTextCase(markdown: "![School logo](logo.png)", expected: "Image: School logo <logo.png>\n"),
        PlainTextCase(markdown: "![](logo.png)", expected: "Image: <logo.png>\n"),
        PlainTextCase(markdown: "![Bad](javascript:x)", expected: "Image: Bad\n"),
    ])
    func images(_ example: PlainTextCase) {
        #expect(plain(example.markdown) == example.expected)
    }

    @Test func bulletListsNestThreeDeepAndMore() {
        let markdown = """
            - one
              - two
                - three
                  - four
            - five
            """
        #expect(plain(markdown) == "• one\n  ◦ two\n    ▪ three\n      ▪ four\n• five\n")
    }

    @Test func orderedListStartingAtNineAlignsNumbers() {
        let markdown = "9. alpha beta gamma delta\n10. ten\n11. eleven"
        #expect(plain(markdown, width: 20) == " 9. alpha beta gamma\n    delta\n10. ten\n11. eleven\n")
    }

    @Test func orderedListWrapsUnderItsText() {
        #expect(
            plain("1. " + sentence, width: 30) == """
                1. Pupils must arrive at
                   school by 8:45 each morning
                   so that registration can be
                   completed before the first
                   lesson begins, and parents
                   should telephone the office
                   before 9:30 if their child
                   is absent for any reason.

                """)
    }

    @Test(arguments: [
        PlainTextCase(markdown: "- a\n- b\n- c", expected: "• a\n• b\n• c\n"),
        PlainTextCase(markdown: "- a\n\n- b\n\n- c", expected: "• a\n\n• b\n\n• c\n"),
        PlainTextCase(markdown: "3. a\n4. b", expected: "3. a\n4. b\n"),
        PlainTextCase(markdown: "3. a\n\n4. b", expected: "3. a\n\n4. b\n"),
        PlainTextCase(markdown: "- a\n  - b\n- c", expected: "• a\n  ◦ b\n• c\n"),
        PlainTextCase(markdown: "- a\n\n  - b\n- c", expected: "• a\n\n  ◦ b\n\n• c\n"),
    ])
    func tightAndLooseLists(_ example: PlainTextCase) {
        #expect(plain(example.markdown) == example.expected)
    }

    @Test func listItemWithTwoParagraphs() {
        let markdown = """
            1. First paragraph.

               Second paragraph.
            2. Next item.
            """
        #expect(plain(markdown) == "1. First paragraph.\n\n   Second paragraph.\n\n2. Next item.\n")
    }

    @Test func listsAreSeparatedFromNeighbouringBlocks() {
        #expect(plain("Before:\n\n- a\n- b\n\nAfter.") == "Before:\n\n• a\n• b\n\nAfter.\n")
    }

    @Test func emptyListItemKeepsItsMarker() {
        #expect(plain("1. a\n2.\n3. c") == "1. a\n2.\n3. c\n")
    }

    @Test func blockQuoteWithListInside() {
        let markdown = """
            > Note:
            >
            > - one
            > - two
            >   1. nested
            """
        #expect(plain(markdown) == "| Note:\n|\n| • one\n| • two\n|   1. nested\n")
    }

    @Test func quoteInsideListItem() {
        #expect(plain("- item\n\n  > quoted\n  >\n  > more") == "• item\n\n  | quoted\n  |\n  | more\n")
    }

    @Test(arguments: [
        PlainTextCase(
            markdown: "Intro:\n\n```swift\nlet a = 1\n\nlet  b = 2   \n\n\n```\n\nAfter.",
            expected: "Intro:\n\n    let a = 1\n\n    let  b = 2\n\nAfter.\n"),
        PlainTextCase(
            markdown: "    indented *code*\n\n\n    # not a heading\n",
            expected: "    indented *code*\n\n\n    # not a heading\n"),
        PlainTextCase(markdown: "```\n```", expected: ""),
        PlainTextCase(markdown: "- item\n  ```\n  x y\n  ```", expected: "• item\n      x y\n"),
    ])
    func codeBlocksAreIndentedVerbatim(_ example: PlainTextCase) {
        #expect(plain(example.markdown) == example.expected)
    }

    @Test func codeLinesAreNotWrapped() {
        #expect(plain("```\none two three four five six\n```", width: 10) == "    one two three four five six\n")
    }

    @Test(arguments: [
        PlainTextCase(markdown: "<div>\nhidden\n</div>\n\nVisible.", expected: "Visible.\n"),
        PlainTextCase(markdown: "Before\n\n<!-- comment -->\n\nAfter", expected: "Before\n\nAfter\n"),
        PlainTextCase(markdown: "- <!-- x -->\n- b", expected: "•\n• b\n"),
        PlainTextCase(markdown: "- a\n\n  <div>x</div>\n\n  b", expected: "• a\n\n  b\n"),
    ])
    func htmlBlocksAreDropped(_ example: PlainTextCase) {
        #expect(plain(example.markdown) == example.expected)
    }

    @Test func thematicBreak() {
        let rule = String(repeating: "─", count: 20)
        #expect(plain("Above\n\n---\n\nBelow") == "Above\n\n\(rule)\n\nBelow\n")
        #expect(plain("***", width: 8) == String(repeating: "─", count: 8) + "\n")
    }

    @Test(arguments: ["", "\n\n", "<!-- only a comment -->", "<div>\n</div>"])
    func emptyDocument(_ markdown: String) {
        #expect(plain(markdown) == "")
    }

    @Test func outputEndsWithOneNewlineAndBlocksWithOneBlankLine() {
        let output = plain("a\n\n\n\n\nb\n\n\n")
        #expect(output == "a\n\nb\n")
    }

    // Past the converter's depth limit a subtree becomes one paragraph of its words, so the writer's
    // recursion stays shallow whatever the input.
    @Test func deeplyNestedQuotesDoNotCrash() {
        let depth = 1_000, limit = CommonMarkConverter.maximumDepth
        let output = plain(String(repeating: ">", count: depth) + " x")
        #expect(output == String(repeating: "| ", count: limit) + "x\n")
    }

    @Test func deeplyNestedListsDoNotCrash() {
        let depth = 500, limit = CommonMarkConverter.maximumDepth
        let output = plain(String(repeating: "- ", count: depth) + "x")
        #expect(output == "• ◦ " + String(repeating: "▪ ", count: limit - 2) + "x\n")
    }

    @Test func nestingWithinTheLimitIsKept() {
        let depth = CommonMarkConverter.maximumDepth
        #expect(plain(String(repeating: ">", count: depth) + " x") == String(repeating: "| ", count: depth) + "x\n")
    }

    private static let propertyInputs = [
        sentence,
        "Some *emphasis*, **strong words**, `code` and a [link](https://school.example/a) in " + sentence,
        "- " + sentence + "\n  - nested " + sentence + "\n    1. deeper " + sentence,
        "> " + sentence + "\n>\n> - quoted item " + sentence,
        "9. nine " + sentence + "\n10. ten\n\n    with a second paragraph " + sentence,
        "Hard\\\nbreaks " + sentence + "  \nand ![alt text](picture.png) images, <https://school.example/x>.",
        "A verylongwordthatcannotbebrokenatallbecauseitgoesonandonforever here and there.",
        "- supercalifragilisticexpialidocious\n  - supercalifragilisticexpialidocious",
    ]

    @Test(arguments: propertyInputs, [12, 20, 40, 72])
    func linesStayWithinWidthUnlessASingleWord(_ markdown: String, width: Int) {
        let output = plain(markdown, width: width)
        #expect(!output.isEmpty)
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.count <= width || Self.isSingleWord(line), "\(line.debugDescription) is too wide")
            #expect(line.last != " ", "\(line.debugDescription) ends in a space")
        }
    }

    @Test(arguments: propertyInputs)
    func noMarkdownSyntaxSurvives(_ markdown: String) {
        let output = plain(markdown, width: 30) + plain(markdown)
        for mark in ["*", "`", "#", "](", "_", "{{", ":::"] {
            #expect(!output.contains(mark), "\(mark) in \(output.debugDescription)")
        }
        #expect(!output.split(separator: "\n").contains { $0.hasPrefix(">") })
    }

    // A line that is only prefixes (quote bars, list markers) and one word.
    private static func isSingleWord(_ line: Substring) -> Bool {
        let prefixes: Set<Substring> = ["|", "•", "◦", "▪"]
        let tokens = line.split(separator: " ").drop { token in
            prefixes.contains(token) || (token.last == "." && token.dropLast().allSatisfy(\.isNumber))
        }
        return tokens.count == 1
    }
}

extension PlainTextWriterTests {
    /// The word wrapper the writer fills paragraphs with.
    @Suite struct TextWrapperTests {
        @Test(
            arguments: [
                ("one two three four", 9, ["one two", "three", "four"]),
                ("one  two   three", 80, ["one two three"]),
                ("  leading and trailing  ", 80, ["leading and trailing"]),
                ("tiny enormousword x", 5, ["tiny", "enormousword", "x"]),
                ("a\u{00A0}b\u{00A0}c d", 5, ["a\u{00A0}b\u{00A0}c", "d"]),
                ("one\ntwo three", 80, ["one", "two three"]),
                ("one\n\ntwo", 80, ["one", "", "two"]),
                ("", 80, []),
                ("   ", 80, []),
                (
                    "e\u{301}e\u{301}e\u{301} e\u{301}e\u{301}e\u{301}", 7,
                    ["e\u{301}e\u{301}e\u{301} e\u{301}e\u{301}e\u{301}"]
                ),
            ] as [(String, Int, [String])])
        func wrapsWithoutPrefixes(_ text: String, width: Int, expected: [String]) {
            #expect(TextWrapper(width: width).lines(for: text) == expected)
        }

        @Test func usesFirstAndContinuationPrefixes() {
            let wrapper = TextWrapper(width: 12, firstPrefix: "10. ", continuationPrefix: "    ")
            #expect(
                wrapper.lines(for: "alpha beta gamma\ndelta") == ["10. alpha", "    beta", "    gamma", "    delta"])
        }

        @Test func blankLinesDropThePrefixesTrailingSpaces() {
            let wrapper = TextWrapper(width: 20, firstPrefix: "| ", continuationPrefix: "| ")
            #expect(wrapper.lines(for: "a\n\nb") == ["| a", "|", "| b"])
        }

        @Test func prefixWiderThanWidthStillTakesOneWordPerLine() {
            let wrapper = TextWrapper(width: 3, firstPrefix: "• • ", continuationPrefix: "    ")
            #expect(wrapper.lines(for: "a b") == ["• • a", "    b"])
        }
    }
}

/// A paragraph of ASCII words with single spaces is cut into slices of itself; the lines must be the ones
/// the word-by-word filler gives.
@Suite struct TextWrapperSlicingTests {
    @Test func slicesAsTheFillerFills() {
        let words = [
            "a", "to", "the", "school", "governors", "safeguarding", "co-ordinator's",
            String(repeating: "x", count: 30), "(see", "1.2)",
        ]
        let prefixes = [
            ("", ""), ("- ", "  "), ("• ", "  "), ("10. ", "    "), ("| ", "| "),
            (String(repeating: " ", count: 20), ""),
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 1...40, using: &generator)).map { _ in
                words.randomElement(using: &generator)!
            }.joined(separator: " ")
            let (first, rest) = prefixes.randomElement(using: &generator)!
            let wrapper = TextWrapper(
                width: Int.random(in: 1...80, using: &generator), firstPrefix: first, continuationPrefix: rest)
            var copy = text
            let sliced = copy.withUTF8 { bytes in
                #expect(TextWrapper.isPlainRun(bytes))
                return wrapper.slicedLines(bytes)
            }
            let filled = wrapper.filledLines(for: text)
            #expect(sliced == filled, "\(text) at \(wrapper.width) after \(first.debugDescription)")
            if sliced != filled { return }
        }
    }

    @Test func leavesOtherTextToTheFiller() {
        for text in ["", " a", "a ", "a  b", "a\tb", "a\nb", "café au lait"] {
            var copy = text
            #expect(!copy.withUTF8 { TextWrapper.isPlainRun($0) }, "\(text.debugDescription)")
        }
    }
}
