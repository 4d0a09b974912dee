/// Two lists that follow each other (two numbered lists in Word with a numbering of their own each, or a
/// bulleted list and another) would be read by Markdown as one, so pandoc writes an HTML comment, `<!-- -->`,
/// between them; PolicyPress publishes no raw HTML, and `check` refuses it. Markdown has its own way to keep
/// two lists apart: the second uses another bullet (`*` after `-`) or another delimiter (`1)` after `1.`),
/// and reads as a list of its own, shown exactly as before. This rewrites pandoc's Markdown so.
enum AdjacentLists {
    /// The separator pandoc writes, alone on its line (inside a list item or quote, after their indent).
    static let separator = "<!-- -->"

    /// `markdown` (pandoc's GFM) with every separator line gone, and the list after it written with the
    /// other bullet or delimiter. Lines inside code blocks (`codeLines`, 0-based) are never touched.
    static func separated(_ markdown: String, codeLines: Set<Int> = []) -> String {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Lines keep their numbers until the end, so that `codeLines` holds; the lines to drop are noted.
        var dropped: Set<Int> = []
        for index in lines.indices where !codeLines.contains(index) {
            guard let prefix = prefix(ofSeparator: lines[index]) else { continue }
            dropped.insert(index)
            // The blank line after the separator goes with it, so one blank line is left between the two.
            if index + 1 < lines.count, index > 0, isBlank(lines[index + 1]), isBlank(lines[index - 1]) {
                dropped.insert(index + 1)
            }
            remark(&lines, from: index + 1, prefix: prefix, codeLines: codeLines)
        }
        return lines.indices.filter { !dropped.contains($0) }.map { lines[$0] }.joined(separator: "\n")
    }

    // The indent and quote marks before a separator line, or nil when the line is not one.
    private static func prefix(ofSeparator line: String) -> String? {
        let prefix = line.prefix { $0 == " " || $0 == ">" }
        guard line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces) == separator else { return nil }
        return String(prefix)
    }

    private static func isBlank(_ line: String) -> Bool {
        line.allSatisfy { $0 == " " || $0 == ">" }
    }

    /// A list item's marker at the start of a line's content: a bullet, or digits and a delimiter.
    private struct Marker: Equatable {
        var bullet: Character?
        var delimiter: Character?

        init?(_ content: Substring) {
            if let first = content.first, "-*+".contains(first), content.dropFirst().first == " " {
                bullet = first
                return
            }
            let digits = content.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 9, let after = content.dropFirst(digits.count).first,
                after == "." || after == ")",
                content.dropFirst(digits.count + 1).first == " "
            else { return nil }
            delimiter = after
        }

        func isSameKind(as other: Marker) -> Bool { (bullet == nil) == (other.bullet == nil) }
    }

    // The list that starts at the first line after `index` holding content, when it is a list at `prefix`:
    // each of its items gets the marker that the list before it does not use.
    private static func remark(_ lines: inout [String], from index: Int, prefix: String, codeLines: Set<Int>) {
        guard index < lines.count, let start = lines[index...].firstIndex(where: { !isBlank($0) }),
            lines[start].hasPrefix(prefix),
            let first = Marker(lines[start].dropFirst(prefix.count))
        else { return }
        // The list before: the nearest item above at the same prefix, of the same kind.
        let before = lines[..<index].reversed().lazy.compactMap { line -> Marker? in
            guard line.hasPrefix(prefix), let marker = Marker(line.dropFirst(prefix.count)),
                marker.isSameKind(as: first)
            else { return nil }
            return marker
        }.first
        let replacement: Character
        if let bullet = first.bullet {
            replacement = (before?.bullet ?? bullet) == "-" ? "*" : "-"
        } else {
            replacement = (before?.delimiter ?? first.delimiter) == "." ? ")" : "."
        }
        var line = start
        // Items at this prefix belong to the list until a line of content at this prefix or less is not one.
        while line < lines.count {
            defer { line += 1 }
            if codeLines.contains(line) || isBlank(lines[line]) { continue }
            guard lines[line].hasPrefix(prefix) else { return }
            let content = lines[line].dropFirst(prefix.count)
            if content.first == " " { continue }
            guard let marker = Marker(content), marker.isSameKind(as: first), marker.bullet == first.bullet,
                marker.delimiter == first.delimiter
            else { return }
            var text = Array(lines[line])
            let at = prefix.count + (marker.bullet == nil ? content.prefix { $0.isNumber }.count : 0)
            text[at] = replacement
            lines[line] = String(text)
        }
    }
}
