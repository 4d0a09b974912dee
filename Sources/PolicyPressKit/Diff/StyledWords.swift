/// The words of a paragraph or heading, each with the formatting it is printed in (bold, italic, struck
/// out, code, a link), so that formatting added or taken away is a change even where the words are not.
struct StyledWords {
    /// The words, as the text edition prints them.
    private(set) var words: [Substring] = []
    /// Each word's formatting, such as `bold,link`; empty for plain words.
    var styles: [String] { masks.map(\.name) }

    private var masks: [Style] = []

    private var current = ""
    private var currentStyle: Style = []

    /// Reads `inlines` as `writer` prints them.
    init(_ inlines: [MarkdownInline], writer: PlainTextWriter) {
        add(inlines, style: [], writer: writer)
        endWord()
    }

    /// A word's formatting; its name lists the styles in alphabetical order.
    private struct Style: OptionSet {
        let rawValue: Int
        static let bold = Style(rawValue: 1), code = Style(rawValue: 2), image = Style(rawValue: 4)
        static let italic = Style(rawValue: 8), lineBreak = Style(rawValue: 16), link = Style(rawValue: 32)
        static let struckOut = Style(rawValue: 64)
        private static let names = ["bold", "code", "image", "italic", "line break", "link", "struck out"]
        // Every combination's name, worked out once: the diff names the style of every word.
        private static let allNames: [String] = (0..<128).map { mask in
            names.indices.filter { mask & (1 << $0) != 0 }.map { names[$0] }.joined(separator: ",")
        }
        var name: String { Self.allNames[rawValue] }
    }

    private mutating func add(_ inlines: [MarkdownInline], style: Style, writer: PlainTextWriter) {
        for inline in inlines {
            switch inline {
            case .text(let text): add(text, style: style)
            case .code(let text): add(text, style: style.union(.code))
            case .softBreak: endWord()
            case .lineBreak:
                // A hard line break shows on the page, so it belongs to the word before it.
                endWord()
                if !masks.isEmpty { masks[masks.count - 1].formUnion(.lineBreak) }
            case .html: break
            case .footnoteReference(let number): add("[\(number)]", style: style)
            case .emphasis(let children): add(children, style: style.union(.italic), writer: writer)
            case .strong(let children): add(children, style: style.union(.bold), writer: writer)
            case .strikethrough(let children): add(children, style: style.union(.struckOut), writer: writer)
            case .image: add(writer.inlineText([inline]), style: style.union(.image))
            case .link(_, _, let children):
                // The text edition prints a link as its words and then its target; both are the link.
                let whole = writer.inlineText([inline]), inner = writer.inlineText(children)
                if whole.hasPrefix(inner) {
                    add(children, style: style.union(.link), writer: writer)
                    add(String(whole.dropFirst(inner.count)), style: style.union(.link))
                } else {
                    add(whole, style: style.union(.link))
                }
            }
        }
    }

    // A word may run on from the inline before (`**must**n't` is one word, part of it bold).
    private mutating func add(_ text: String, style: Style) {
        let ranges = text.wordRanges
        guard let last = ranges.last else {
            if !text.isEmpty { endWord() }
            return
        }
        for (index, range) in ranges.enumerated() {
            if index > 0 || range.lowerBound != text.startIndex { endWord() }
            current += text[range]
            currentStyle.formUnion(style)
        }
        if last.upperBound != text.endIndex { endWord() }
    }

    private mutating func endWord() {
        guard !current.isEmpty else { return }
        words.append(Substring(current))
        masks.append(currentStyle)
        current = ""
        currentStyle = []
    }
}
