/// A section file's front matter as its author wrote it, line by line: each top-level key with the lines
/// that continue its value. An update sets the title, order and guidance, and leaves every other line
/// (`applies_to:`, comments, keys of the author's own) exactly as it was.
struct SectionFrontMatter: Equatable {
    /// One top-level key and its lines, or a line that belongs to no key (a comment, a blank line).
    struct Entry: Equatable {
        var key: String?
        var lines: [String]
    }

    var entries: [Entry]

    /// The front matter of a section file's text (between its first line `---` and the next `---` or `...`),
    /// or nil when the text has none.
    init?(fileText text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first?.trimmingBlanks == "---",
            let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingBlanks) })
        else { return nil }
        entries = []
        for line in lines[1..<close] {
            if let key = Self.key(of: line) {
                entries.append(Entry(key: key, lines: [line]))
            } else if let last = entries.indices.last, entries[last].key != nil,
                line.first == " " || line.first == "\t" || line.hasPrefix("- ")
            {
                entries[last].lines.append(line)
            } else {
                entries.append(Entry(key: nil, lines: [line]))
            }
        }
    }

    /// Front matter of the given entries.
    init(entries: [Entry]) {
        self.entries = entries
    }

    /// The key a line starts, when it starts one: `title` for `title: "Scope"`.
    static func key(of line: String) -> String? {
        guard let first = line.unicodeScalars.first, first.properties.isAlphabetic || first == "_",
            let colon = line.firstIndex(of: ":")
        else { return nil }
        let key = line[..<colon]
        guard key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        return String(key)
    }

    /// Sets `key` to the single line `line`, in its place; a key not there yet goes after the key `after`
    /// (or last); nil removes the key.
    mutating func set(_ key: String, to line: String?, after: String) {
        if let index = entries.firstIndex(where: { $0.key == key }) {
            if let line { entries[index].lines = [line] } else { entries.remove(at: index) }
        } else if let line {
            let position = entries.firstIndex { $0.key == after }.map { $0 + 1 } ?? entries.count
            entries.insert(Entry(key: key, lines: [line]), at: position)
        }
    }

    /// The front matter's lines with its fences: `---`, the entries, `---`.
    var lines: [String] {
        ["---"] + entries.flatMap(\.lines) + ["---"]
    }
}
