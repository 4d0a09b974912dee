/// A parsed Markdown document as plain Swift values, so writers and the diff need not touch cmark.
public struct MarkdownDocument: Hashable, Sendable {
    /// The top-level blocks, in order.
    public var blocks: [MarkdownBlock]
    /// The footnotes cited in the text, in the order of their numbers (cmark-gfm leaves out notes never cited).
    public var footnotes: [MarkdownFootnote]

    /// Wraps a list of blocks and the footnotes they cite.
    public init(blocks: [MarkdownBlock], footnotes: [MarkdownFootnote] = []) {
        self.blocks = blocks
        self.footnotes = footnotes
    }
}

/// A footnote: the number its citations show, the label the author gave it, and its text.
public struct MarkdownFootnote: Hashable, Sendable {
    /// The number shown at each citation, counting from 1 in the order the notes are first cited.
    public var number: Int
    /// The label written in the source (`note` for `[^note]`).
    public var label: String
    /// The note's blocks.
    public var blocks: [MarkdownBlock]

    /// Makes a footnote.
    public init(number: Int, label: String, blocks: [MarkdownBlock]) {
        self.number = number
        self.label = label
        self.blocks = blocks
    }
}

/// A GitHub Flavored Markdown table: a header row, body rows, and each column's alignment.
public struct MarkdownTable: Hashable, Sendable {
    /// How a column's cells are aligned.
    public enum Alignment: Hashable, Sendable {
        case none, left, center, right
    }

    /// One alignment a column.
    public var alignments: [Alignment]
    /// The header row's cells.
    public var header: [[MarkdownInline]]
    /// The body rows, each a list of cells; every row has as many cells as the header.
    public var rows: [[[MarkdownInline]]]

    /// Makes a table.
    public init(alignments: [Alignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}

/// A block-level element and the line (in the parsed text) where it starts.
public struct MarkdownBlock: Hashable, Sendable {
    /// What kind of block this is, with its contents.
    public indirect enum Kind: Hashable, Sendable {
        case paragraph([MarkdownInline])
        case heading(level: Int, [MarkdownInline])
        case list(MarkdownList)
        case blockQuote([MarkdownBlock])
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case thematicBreak
        case table(MarkdownTable)
    }

    /// The block's kind and contents.
    public var kind: Kind
    /// The line in the parsed text where the block starts, counting from 1.
    public var line: Int
    /// The column (in bytes, as cmark counts) where the block starts, counting from 1.
    public var column: Int

    /// Makes a block.
    public init(_ kind: Kind, line: Int = 0, column: Int = 0) {
        self.kind = kind
        self.line = line
        self.column = column
    }
}

/// A bullet or numbered list: its items, each a list of blocks.
public struct MarkdownList: Hashable, Sendable {
    /// Whether the list is numbered, and from which number.
    public var ordered: Bool
    /// The first number of a numbered list.
    public var start: Int
    /// Whether the items are separated by blank lines in the source.
    public var tight: Bool
    /// The items; each holds the blocks inside it.
    public var items: [[MarkdownBlock]]

    /// Makes a list.
    public init(ordered: Bool, start: Int = 1, tight: Bool = true, items: [[MarkdownBlock]]) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
    }
}

/// An inline element inside a paragraph or heading.
public indirect enum MarkdownInline: Hashable, Sendable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case html(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case strikethrough([MarkdownInline])
    /// A citation of a footnote, by the note's number.
    case footnoteReference(Int)
    case link(url: String, title: String, [MarkdownInline])
    case image(url: String, title: String, [MarkdownInline])
}

extension Array where Element == MarkdownInline {
    /// The words of these inlines with all markup taken away, breaks as spaces.
    public var plainText: String {
        map { inline in
            switch inline {
            case .text(let s), .code(let s): return s
            case .softBreak, .lineBreak: return " "
            case .html: return ""
            case .footnoteReference(let number): return "[\(number)]"
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c), .image(_, _, let c):
                return c.plainText
            }
        }.joined()
    }
}
