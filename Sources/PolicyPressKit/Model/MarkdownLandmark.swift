/// Something in a Markdown text that a check must find again at its place: raw HTML, a link, a heading,
/// a footnote's definition or citation, or a code block (whose lines hold no Markdown).
public struct MarkdownLandmark: Hashable, Sendable {
    /// What was found.
    public enum Kind: Hashable, Sendable {
        /// Raw HTML standing as a block, with its text.
        case htmlBlock(String)
        /// Raw HTML inside a paragraph, heading or table cell, with its text.
        case htmlInline(String)
        /// A link or image, with its target as written.
        case link(url: String)
        /// A heading of this level.
        case heading(level: Int)
        /// A footnote's text, with its label; only notes that are cited are in the tree.
        case footnoteDefinition(label: String)
        /// A citation of a footnote, with the note's number.
        case footnoteReference(number: Int)
        /// A code block, ending on this line.
        case codeBlock(lastLine: Int)
    }

    /// What was found.
    public var kind: Kind
    /// Its line in the parsed text, counting from 1.
    public var line: Int
    /// Its column, in bytes as cmark counts, from 1.
    public var column: Int

    /// Makes a landmark.
    public init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }
}
