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
    public var kind: Kind
    /// Where it sits: a path such as `list1/quote`, `table` or `footnote note` that does not change when
    /// list items are renumbered, rows reordered or footnotes renumbered.
    public var context: String
    /// What starts its first line in the text edition ("• ", " 2. ", "| ", "[1] "), and what starts the rest.
    public var firstPrefix: String
    public var restPrefix: String
    /// The text, with inline markup rendered as in the text edition (links as `text <url>`); a row's cells
    /// one after another.
    public var text: String
    /// A table row's cells, each as the text edition prints it; empty for other blocks.
    public var cells: [String] = []
    /// The heading of each of a table row's columns ("Column 2" where the heading is empty), one a cell.
    public var columns: [String] = []
    /// For a paragraph or heading, each word's formatting (`bold`, `italic,link`…), one a word.
    public var styles: [String] = []

    /// The words of the text; for code, its lines.
    public var words: [Substring] {
        kind == .code ? text.split(separator: "\n", omittingEmptySubsequences: false) : text.split(whereSeparator: \.isWhitespace)
    }

    /// The words of each of a table row's cells.
    var cellWords: [[Substring]] {
        cells.map { $0.split(whereSeparator: \.isWhitespace) }
    }

    /// Whether the block is a row of a table (its header or a body row).
    var isTableRow: Bool { kind == .tableRow || kind == .tableHeader }

    /// What makes two blocks the same block: kind, place and text (cell by cell), but not a list number.
    var identity: String { "\(kind)|\(context)|\(text)|\(cells.joined(separator: "\u{1F}"))|\(styles.joined(separator: "\u{1F}"))" }

    /// Each word with its formatting, as the diff compares words.
    var styledWords: [String] {
        let words = self.words
        guard styles.count == words.count else { return words.map(String.init) }
        return zip(words, styles).map { $1.isEmpty ? String($0) : $0 + "\u{2}" + $1 }
    }
}

extension StringProtocol {
    /// The text without the characters at its end for which `predicate` holds.
    func trimmingSuffix(while predicate: (Character) -> Bool) -> SubSequence {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
