/// Turns a profile value into Markdown that cmark reads back as exactly that text and nothing more.
enum MarkdownEscaping {
    // Punctuation that could start markup anywhere in a line (emphasis, links, HTML, entities, code,
    // variables, link titles).
    private static let alwaysEscaped: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "(", ")", "<", ">", "!", "&", "{", "}", "#", "~", "|", "\"", "'",
        // cmark-gfm's autolink extension would make `https://…` a link, and take a following `\>` into it.
        ":",
    ]

    /// The value with runs of white space made single spaces and markup characters backslash-escaped.
    ///
    /// A byte order mark (U+FEFF) is dropped: it is invisible, and cmark drops it at the start of a
    /// document, so a value starting with one would read back differently there than elsewhere.
    ///
    /// A value may land where a block starts (at the start of a line, or after a list marker or `>`), so
    /// its first character is escaped whenever it is punctuation, and so is the `.` or `)` after leading
    /// digits: then it can never become a heading, list item, quote or rule.
    static func literal(_ value: String) -> String {
        let words = value.withoutByteOrderMarks.split(whereSeparator: { $0.isWhitespace })
        var text = ""
        for character in words.joined(separator: " ") {
            // Likewise `www.example.org`; an e-mail address is still linked (cmark-gfm finds those after escapes
            // are read), which keeps its words and adds only a `mailto:` link.
            if alwaysEscaped.contains(character) || (character == "." && text.lowercased().hasSuffix("www")) {
                text.append("\\")
            }
            text.append(character)
        }
        guard let first = text.first else { return text }
        if first.isASCII, first.isPunctuation || first.isSymbol, first != "\\" {
            return "\\" + text
        }
        let digits = text.prefix(while: \.isNumber)
        if !digits.isEmpty, text.dropFirst(digits.count).first == "." {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }
}
