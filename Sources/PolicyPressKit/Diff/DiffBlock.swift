/// A leaf block of a section as the diff compares it: a paragraph, heading, list item's paragraph, code
/// block, rule or table row, with where it sits (list and quote nesting, the table, the footnote) and its
/// text as the text edition prints it.
public struct DiffBlock: Hashable, Sendable {
    /// What the block is.
    public enum Kind: Hashable, Sendable {
        case paragraph
        case heading(level: Int)
        case code
        case rule
        /// A table's header row: its cells are the column headings.
        case tableHeader
        /// A body row of a table.
        case tableRow
    }

    /// What the block is.
    public let kind: Kind
    /// Where it sits: a path such as `list1/quote`, `table` or `footnote note` that does not change when
    /// list items are renumbered, rows reordered or footnotes renumbered.
    public let context: String
    /// What starts its first line in the text edition ("• ", " 2. ", "| ", "[1] "), and what starts the rest.
    public let firstPrefix: String
    public let restPrefix: String
    /// The text, with inline markup rendered as in the text edition (links as `text <url>`); a row's cells
    /// one after another.
    public let text: String
    /// A table row's cells, each as the text edition prints it; empty for other blocks.
    public let cells: [String]
    /// The heading of each of a table row's columns ("Column 2" where the heading is empty), one a cell.
    public let columns: [String]
    /// For a paragraph or heading, each word's formatting (`bold`, `italic,link`…), one a word.
    public let styles: [String]

    /// The words of the text; for code, its lines. Split once, since the diff reads them many times.
    public let words: [Substring]
    /// Each word with its formatting, as the diff compares words.
    let styledWords: [String]
    /// What makes two blocks the same block: kind, place and text (cell by cell, word by word with its
    /// formatting), but not a list number.
    let identity: String

    /// Makes a block; its words are split from `text`.
    public init(
        kind: Kind, context: String, firstPrefix: String, restPrefix: String, text: String, cells: [String] = [],
        columns: [String] = [], styles: [String] = []
    ) {
        self.kind = kind
        self.context = context
        self.firstPrefix = firstPrefix
        self.restPrefix = restPrefix
        self.text = text
        self.cells = cells
        self.columns = columns
        self.styles = styles
        let words = kind == .code ? text.lineSlices : text.blankSeparatedWords
        self.words = words
        styledWords =
            styles.count == words.count
            ? zip(words, styles).map { $1.isEmpty ? String($0) : $0 + "\u{2}" + $1 } : words.map(String.init)
        identity =
            "\(kind)|\(context)|\(text)|\(cells.joined(separator: "\u{1F}"))|\(styles.joined(separator: "\u{1F}"))"
    }

    /// The words of each of a table row's cells.
    var cellWords: [[Substring]] {
        cells.map(\.blankSeparatedWords)
    }

    /// What marks its start in the text edition, without the spaces around it ("•", "2.", "| •"); empty
    /// for a block with none.
    var marker: String { firstPrefix.trimming { $0 == " " } }

    /// Whether the block is a row of a table (its header or a body row).
    var isTableRow: Bool { kind == .tableRow || kind == .tableHeader }
}
