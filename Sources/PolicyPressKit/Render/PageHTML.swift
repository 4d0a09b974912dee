/// cmark-gfm's HTML of a whole edition, cut into sections and made ready for the page: each heading gets its
/// id, each table its header cells' `scope` and a labelled region that scrolls on a narrow screen, and the
/// footnotes are taken out to close the page.
///
/// This works on the HTML text because in safe mode every `<` that cmark-gfm writes for the author's text is
/// escaped (`&lt;`), and raw HTML becomes a comment: a tag such as `<h3>` or `<table>` can only be one that
/// cmark-gfm wrote for a heading or a table, in the tree's reading order.
struct PageHTML {
    /// Each section's body, in order (the HTML before the first `<h2>`, the title, is dropped).
    private(set) var sections: [String] = []
    /// The notes' ordered list, or the empty string.
    private(set) var footnotes = ""
    /// Every `id` the HTML gives.
    private(set) var ids: Set<String> = []

    /// Cuts and marks `html`; `headingIDs` and `tableLabels` are in reading order. When `splitsSections` is
    /// false, the whole HTML is one section.
    init(_ html: String, headingIDs: [String], tableLabels: [String], splitsSections: Bool = true) {
        var scanner = Scanner(bytes: Array(html.utf8))
        var current: [UInt8] = []
        var inPrelude = splitsSections
        var inFootnotes = false
        var headings = headingIDs.makeIterator()
        var tables = tableLabels.makeIterator()
        func finish() {
            if inFootnotes {
                footnotes = String(decoding: current, as: UTF8.self).removingSuffix("</section>\n")
            } else if !inPrelude {
                sections.append(String(decoding: current, as: UTF8.self))
            }
            current = []
        }
        while let byte = scanner.next() {
            guard byte == UInt8(ascii: "<") else {
                // Text up to the next tag goes across in one copy.
                current.append(byte)
                current += scanner.takeUntilTag()
                continue
            }
            if splitsSections, !inFootnotes, scanner.take("h2>") {
                finish()
                inPrelude = false
                scanner.skip(through: "</h2>\n")
            } else if scanner.take("section class=\"footnotes\" data-footnotes>\n") {
                finish()
                inFootnotes = true
            } else if let level = scanner.takeHeading() {
                let id = headings.next().map { " id=\"\($0)\"" } ?? ""
                current += Array("<h\(level)\(id)>".utf8)
            } else if scanner.take("table>\n") {
                let label = HTML.escape(tables.next() ?? "Table")
                current += Array(
                    "<div class=\"table-region\" role=\"region\" tabindex=\"0\" aria-label=\"\(label)\">\n<table>\n"
                        .utf8)
            } else if scanner.take("/table>\n") {
                current += Array("</table>\n</div>\n".utf8)
            } else if scanner.take("th>") {
                current += Array("<th scope=\"col\">".utf8)
            } else if scanner.take("th ") {
                current += Array("<th scope=\"col\" ".utf8)
            } else {
                current.append(byte)
            }
        }
        finish()
        // Besides the headings' ids, only footnotes (and their citations) carry ids in cmark-gfm's HTML.
        ids = Set(headingIDs).union(footnotes.isEmpty ? [] : Self.ids(in: sections + [footnotes]))
    }

    // The values of `id="…"`; author text cannot hold that sequence unescaped.
    private static func ids(in parts: [String]) -> Set<String> {
        var found: Set<String> = []
        for part in parts {
            var rest = Substring(part)
            while let start = rest.range(of: " id=\"") {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                found.insert(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        return found
    }
}

/// Reads HTML bytes one at a time, and recognises what follows a `<`.
private struct Scanner {
    let bytes: [UInt8]
    var position = 0

    mutating func next() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    /// The bytes from the cursor up to the next `<` (or the end), stepping over them.
    mutating func takeUntilTag() -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
        return bytes[start..<position]
    }

    /// Whether the bytes at the cursor are `text`, stepping over them if so.
    mutating func take(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let matches = text.withUTF8Buffer { wanted in
            (0..<count).allSatisfy { bytes[position + $0] == wanted[$0] }
        }
        if matches { position += count }
        return matches
    }

    /// The level of an `<h3>` to `<h6>` at the cursor, stepping over it.
    mutating func takeHeading() -> Int? {
        guard position + 2 < bytes.count, bytes[position] == UInt8(ascii: "h"),
            bytes[position + 2] == UInt8(ascii: ">"),
            (UInt8(ascii: "3")...UInt8(ascii: "6")).contains(bytes[position + 1])
        else { return nil }
        defer { position += 3 }
        return Int(bytes[position + 1] - UInt8(ascii: "0"))
    }

    /// Moves the cursor past the next `text`, or to the end.
    mutating func skip(through text: StaticString) {
        while position < bytes.count, !take(text) { position += 1 }
    }
}

extension String {
    fileprivate func removingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
