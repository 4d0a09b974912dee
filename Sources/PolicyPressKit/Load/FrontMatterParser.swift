/// A Markdown file split into its YAML front matter and its body.
public struct FrontMatterSplit: Sendable {
    /// The front matter, or nil when the file has none.
    public var frontMatter: YAMLValue?
    /// Where the front matter starts (its opening `---`), for complaints about the whole block.
    public var frontMatterLocation: SourceLocation?
    /// The Markdown after the front matter.
    public var body: String
    /// The line of the file on which the body starts, counting from 1.
    public var bodyLine: Int
}

/// Splits `---`-fenced YAML front matter from the Markdown that follows it.
///
/// Front matter starts with a first line that is exactly `---` and ends at the next line that is
/// `---` or `...`; anything else is all body.
public enum FrontMatterParser {
    /// Splits a file; a file that opens front matter but never closes it is an error.
    public static func split(_ source: SourceText) throws(Diagnostic) -> FrontMatterSplit {
        let firstLine = source.text.prefix { $0 != "\n" }
        guard firstLine.withoutTrailingBlanks() == "---" else {
            return FrontMatterSplit(frontMatter: nil, frontMatterLocation: nil, body: source.text, bodyLine: 1)
        }
        let lines = source.lines
        let opening = SourceLocation(file: source.path, line: 1, column: 1)
        guard
            let close = lines.indices.dropFirst().first(where: {
                ["---", "..."].contains(lines[$0].withoutTrailingBlanks())
            })
        else {
            throw Diagnostic("the front matter opened here is never closed; end it with a line '---'", at: opening)
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let value = try YAMLReader.read(yaml, file: source.path, firstLine: 2)
        let body = lines[(close + 1)...].joined(separator: "\n")
        return FrontMatterSplit(frontMatter: value, frontMatterLocation: opening, body: body, bodyLine: close + 2)
    }
}
