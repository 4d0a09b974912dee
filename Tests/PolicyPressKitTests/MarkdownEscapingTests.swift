import Testing

@testable import PolicyPressKit

/// Whatever a profile value holds, cmark must read the escaped value back as exactly that text.
@Suite struct MarkdownEscapingTests {
    static let hostile = [
        "<script>alert(1)</script>", "*bold* and _em_", "[x](javascript:alert(1))", "{{ school.name }}",
        "&amp; &#65; &copy", "`code`", "# heading", "- item", "+ item", "1. one", "2) two", "> quote", "---", "===",
        "    indented", "a  \n  b", "back\\slash\\", "![img](x.png)", "<https://example.org>", "|table|", "~~~",
        "St Mary's \"quoted\"", "100% * 2 = 200", "line\\\nbreak", "<!-- comment -->", "a_b_c", "**", "!", "\u{FEFF}x",
        "x\u{FEFF}y",
    ]

    static func collapsed(_ value: String) -> String {
        String(value.unicodeScalars.filter { $0 != "\u{FEFF}" }).split(whereSeparator: { $0.isWhitespace }).joined(
            separator: " ")
    }

    @Test(arguments: hostile)
    func readsBackLiterallyInsideAParagraph(_ value: String) {
        let markdown = "Before " + MarkdownEscaping.literal(value) + " after"
        let blocks = CommonMarkConverter().document(from: markdown).blocks
        guard blocks.count == 1, case .paragraph(let inlines) = blocks[0].kind else {
            Issue.record("not one paragraph: \(blocks)")
            return
        }
        #expect(inlines.allSatisfy { if case .text = $0 { return true } else { return false } })
        #expect(inlines.plainText == "Before " + Self.collapsed(value) + " after")
    }

    @Test(arguments: hostile)
    func readsBackLiterallyAtTheStartOfALine(_ value: String) {
        let markdown = MarkdownEscaping.literal(value)
        let blocks = CommonMarkConverter().document(from: markdown).blocks
        guard blocks.count == 1, case .paragraph(let inlines) = blocks[0].kind else {
            Issue.record("not one paragraph: \(blocks)")
            return
        }
        #expect(inlines.plainText == Self.collapsed(value))
    }

    /// A value after a list marker or quote mark starts a block there too.
    @Test(arguments: hostile, ["- ", "1. ", "> ", "* ", "- > "])
    func readsBackLiterallyAfterABlockMarker(_ value: String, marker: String) {
        var blocks = CommonMarkConverter().document(from: marker + MarkdownEscaping.literal(value)).blocks
        while blocks.count == 1 {
            switch blocks[0].kind {
            case .list(let list) where list.items.count == 1: blocks = list.items[0]
            case .blockQuote(let inner): blocks = inner
            case .paragraph(let inlines):
                #expect(inlines.plainText == Self.collapsed(value))
                return
            default:
                Issue.record("not a paragraph inside the marker's block: \(blocks)")
                return
            }
        }
        Issue.record("not one block: \(blocks)")
    }

    @Test(arguments: hostile)
    func neverReachesTheHTMLAsMarkup(_ value: String) {
        let html = CommonMarkConverter().html(from: "x " + MarkdownEscaping.literal(value))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<a "))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<em>"))
        #expect(!html.contains("<strong>"))
        #expect(!html.contains("<code>"))
    }

    @Test func worksAsALinkTarget() {
        let target = MarkdownEscaping.literal("https://example.org/a_(b)")
        #expect(
            CommonMarkConverter().html(from: "[site](\(target))")
                == "<p><a href=\"https://example.org/a_(b)\">site</a></p>\n")
        let hostile = MarkdownEscaping.literal("javascript:alert(1)")
        #expect(CommonMarkConverter().html(from: "[site](\(hostile))") == "<p><a href=\"\">site</a></p>\n")
    }
}

/// The byte path taken for ASCII values must give what the character rules give.
@Suite struct MarkdownEscapingASCIIPathTests {
    @Test func agreesWithTheCharacterRulesOnEveryHostileValue() {
        for value in MarkdownEscapingTests.hostile where value.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(MarkdownEscaping.asciiLiteral(value) == MarkdownEscaping.characterLiteral(value), "\(value)")
        }
    }

    @Test func agreesWithTheCharacterRulesOnRandomASCII() {
        // Digits, dots, w and W, spaces and controls are over-represented: they drive the special cases.
        let alphabet = Array(
            "0123456789..wwwWWW    \t\r\n\u{0B}\u{0C}\u{1F}\u{7F}\u{00}aZ!\"#$%&'()*+,-/:;<=>?@[\\]^_`{|}~")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let value = String(
                (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let fast = MarkdownEscaping.asciiLiteral(value), slow = MarkdownEscaping.characterLiteral(value)
            #expect(
                fast == slow, "\(value.debugDescription): \(fast.debugDescription) against \(slow.debugDescription)")
            if fast != slow { return }
        }
    }
}
