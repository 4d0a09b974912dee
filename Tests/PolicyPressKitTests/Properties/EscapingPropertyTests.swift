import Foundation
import PropertyBased
import Testing

@testable import PolicyPressKit

/// Whatever a profile value holds, its escaped form reads back through cmark as exactly its words, in
/// every place a variable can stand, and never as markup.
@Suite struct EscapingPropertyTests {
    /// The one paragraph or heading `markdown` must parse to, inside any list items and quotes.
    static func onlyLeaf(of markdown: String) -> [MarkdownInline]? {
        var blocks = CommonMarkConverter().document(from: markdown).blocks
        while blocks.count == 1 {
            switch blocks[0].kind {
            case .list(let list) where list.items.count == 1: blocks = list.items[0]
            case .blockQuote(let inner): blocks = inner
            case .paragraph(let inlines), .heading(_, let inlines): return inlines
            default: return nil
            }
        }
        return blocks.isEmpty ? [] : nil
    }

    /// Whether the inlines are only text, inside whatever emphasis or link the place itself wrote.
    static func isOnlyText(_ inlines: [MarkdownInline]) -> Bool {
        inlines.allSatisfy { inline in
            switch inline {
            case .text, .softBreak: return true
            case .emphasis(let inner), .link(_, _, let inner): return isOnlyText(inner)
            default: return false
            }
        }
    }

    /// Where a variable can stand, and the words cmark must read there.
    static let places: [(markdown: String, words: String)] = [
        ("Before VALUE after", "Before VALUE after"), ("VALUE", "VALUE"), ("- VALUE", "VALUE"), ("1. VALUE", "VALUE"),
        ("> VALUE", "VALUE"), ("- > VALUE", "VALUE"), ("## VALUE", "VALUE"), ("Line one\nVALUE", "Line one VALUE"),
        ("*x VALUE y*", "x VALUE y"), ("[x VALUE](https://school.example/)", "x VALUE"),
    ]

    static func spacesCollapsed(_ text: String) -> String {
        text.split(separator: " ").joined(separator: " ")
    }

    @Test(arguments: places)
    func readsBackAsItsWordsAndNothingElse(_ place: (markdown: String, words: String)) async {
        await propertyCheck(count: Generators.count(300), input: Generators.hostileString()) { value in
            let markdown = place.markdown.replacingOccurrences(of: "VALUE", with: MarkdownEscaping.literal(value))
            let expected = place.words.replacingOccurrences(of: "VALUE", with: MarkdownEscapingTests.collapsed(value))
            guard let inlines = Self.onlyLeaf(of: markdown) else {
                Issue.record("\(markdown.debugDescription) is not one paragraph or heading")
                return
            }
            #expect(
                Self.spacesCollapsed(inlines.plainText) == Self.spacesCollapsed(expected),
                "\(markdown.debugDescription)")
            #expect(Self.isOnlyText(inlines), "\(inlines)")
        }
    }

    @Test func neverBecomesMarkupInTheHTML() async {
        await propertyCheck(count: Generators.count(500), input: Generators.hostileString(), Generators.hostileString())
        { first, second in
            let markdown = "x " + MarkdownEscaping.literal(first) + "\n" + MarkdownEscaping.literal(second)
            // An e-mail address is linked by cmark-gfm's autolink extension after escapes are read, so no
            // escaping can stop it; its words stay as written, and a `mailto:` link is all it adds.
            let html = CommonMarkConverter().html(from: markdown)
                .replacingOccurrences(of: "<a href=\"mailto:[^\"]*\">", with: "", options: .regularExpression)
            for tag in [
                "<a ", "<img", "<em>", "<strong>", "<code>", "<script", "<h", "<li", "<blockquote", "<hr", "<br",
            ] {
                #expect(!html.contains(tag), "\(tag) in \(html.debugDescription)")
            }
        }
    }

    /// The link target of `[site](VALUE)`: an http(s) address arrives unchanged, anything else is refused.
    @Test func linkTargetsArriveWholeOrNotAtAll() async {
        let tail = Gen<Character?>.element(of: Array("abc/._-~()?=&%:@!*'+,;#[]")).map { $0! }.string(of: 0...30)
        await propertyCheck(count: Generators.count(300), input: tail, Gen.bool) { tail, safe in
            let url = (safe ? "https://school.example/" : "javascript:") + tail
            let html = CommonMarkConverter().html(from: "[site](" + MarkdownEscaping.literal(url) + ")")
            if safe {
                #expect(html.hasPrefix("<p><a href=\"https://school.example/"), "\(html.debugDescription)")
            } else {
                #expect(!html.contains("javascript:"), "\(html.debugDescription)")
            }
        }
    }
}
