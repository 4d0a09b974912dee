/// Markdown with a school's choices made and values filled in, and where each line came from.
public struct ResolvedMarkdown: Sendable, Hashable {
    /// The Markdown, ready for cmark.
    public var text: String
    /// For each line of `text`, the line of the source file it came from.
    public var sourceLines: [Int]

    /// Makes resolved Markdown.
    public init(text: String, sourceLines: [Int]) {
        self.text = text
        self.sourceLines = sourceLines
    }

    /// The source line behind a line of `text` (both counting from 1).
    public func sourceLine(of line: Int) -> Int {
        guard line >= 1, line <= sourceLines.count else { return sourceLines.last ?? line }
        return sourceLines[line - 1]
    }
}
