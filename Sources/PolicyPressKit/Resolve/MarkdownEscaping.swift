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
        value.utf8.allSatisfy({ $0 < 0x80 }) ? asciiLiteral(value) : characterLiteral(value)
    }

    // The rules on characters, for any value.
    static func characterLiteral(_ value: String) -> String {
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

    // The same rules on the bytes of a value that is all ASCII (most are), where a byte is a character.
    static func asciiLiteral(_ value: String) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(value.utf8.count + 8)
        var pendingSpace = false
        for byte in value.utf8 {
            // Character.isWhitespace among ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !text.isEmpty
                continue
            }
            if pendingSpace { text.append(0x20) }
            pendingSpace = false
            if asciiEscaped[Int(byte)] || (byte == UInt8(ascii: ".") && endsWithWWW(text)) {
                text.append(UInt8(ascii: "\\"))
            }
            text.append(byte)
        }
        guard let first = text.first else { return "" }
        // ASCII punctuation and symbols: every printable byte that is not a letter, digit or space.
        let isLetterOrDigit =
            (0x30...0x39).contains(first) || (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first)
        if first > 0x20, first < 0x7F, !isLetterOrDigit, first != UInt8(ascii: "\\") {
            return "\\" + String(decoding: text, as: UTF8.self)
        }
        let digits = text.prefix(while: { (0x30...0x39).contains($0) }).count
        if digits > 0, digits < text.count, text[digits] == UInt8(ascii: ".") {
            text.insert(UInt8(ascii: "\\"), at: digits)
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static let asciiEscaped: [Bool] = (0..<128).map { byte in
        alwaysEscaped.contains(Character(Unicode.Scalar(UInt8(byte))))
    }

    // Whether the text written so far ends in "www", in any case (escapes are never letters).
    private static func endsWithWWW(_ text: [UInt8]) -> Bool {
        text.count >= 3 && text.suffix(3).allSatisfy { $0 | 0x20 == UInt8(ascii: "w") }
    }
}
