/// Turns a profile value into Markdown that cmark reads back as exactly that text and nothing more.
enum MarkdownEscaping {
    // Punctuation that could start markup anywhere in a line (emphasis, links, HTML, entities, code,
    // variables, link titles); the rest only matters at the start of a line.
    private static let alwaysEscaped: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "(", ")", "<", ">", "!", "&", "{", "}", "#", "~", "|", "\"", "'",
    ]

    /// The value with runs of white space made single spaces and markup characters backslash-escaped.
    /// `atLineStart` also escapes what would make a heading, list item, quote or rule there.
    static func literal(_ value: String, atLineStart: Bool) -> String {
        let words = value.split(whereSeparator: { $0.isWhitespace })
        var text = ""
        for character in words.joined(separator: " ") {
            if alwaysEscaped.contains(character) { text.append("\\") }
            text.append(character)
        }
        guard atLineStart, let first = text.first else { return text }
        if first.isASCII, first.isPunctuation || first.isSymbol, first != "\\" {
            return "\\" + text
        }
        // "1. " or "1) " would start a numbered list.
        let digits = text.prefix(while: \.isNumber)
        if !digits.isEmpty, let next = text.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }
}
