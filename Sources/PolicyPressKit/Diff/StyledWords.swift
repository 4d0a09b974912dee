/// The words of a paragraph or heading, each with the formatting it is printed in (bold, italic, struck
/// out, code, a link), so that formatting added or taken away is a change even where the words are not.
struct StyledWords {
    /// The words, as the text edition prints them.
    private(set) var words: [Substring] = []
    /// Each word's formatting, such as `bold,link`; empty for plain words.
    private(set) var styles: [String] = []

    private var current = ""
    private var currentStyle: Set<String> = []

    /// Reads `inlines` as `writer` prints them.
    init(_ inlines: [MarkdownInline], writer: PlainTextWriter) {
        add(inlines, style: [], writer: writer)
        endWord()
    }

    private mutating func add(_ inlines: [MarkdownInline], style: Set<String>, writer: PlainTextWriter) {
        for inline in inlines {
            switch inline {
            case .text(let text): add(text, style: style)
            case .code(let text): add(text, style: style.union(["code"]))
            case .softBreak, .lineBreak: endWord()
            case .html: break
            case .footnoteReference(let number): add("[\(number)]", style: style)
            case .emphasis(let children): add(children, style: style.union(["italic"]), writer: writer)
            case .strong(let children): add(children, style: style.union(["bold"]), writer: writer)
            case .strikethrough(let children): add(children, style: style.union(["struck out"]), writer: writer)
            case .image: add(writer.inlineText([inline]), style: style.union(["image"]))
            case .link(_, _, let children):
                // The text edition prints a link as its words and then its target; both are the link.
                let whole = writer.inlineText([inline]), inner = writer.inlineText(children)
                if whole.hasPrefix(inner) {
                    add(children, style: style.union(["link"]), writer: writer)
                    add(String(whole.dropFirst(inner.count)), style: style.union(["link"]))
                } else {
                    add(whole, style: style.union(["link"]))
                }
            }
        }
    }

    private mutating func add(_ text: String, style: Set<String>) {
        for character in text {
            if character.isBlank {
                endWord()
            } else {
                current.append(character)
                currentStyle.formUnion(style)
            }
        }
    }

    private mutating func endWord() {
        guard !current.isEmpty else { return }
        words.append(Substring(current))
        styles.append(currentStyle.sorted().joined(separator: ","))
        current = ""
        currentStyle = []
    }
}
