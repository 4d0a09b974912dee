/// Where a Markdown document's title and section headings are, from its top-level blocks and its lines.
struct DocumentOutline {
    /// A section heading: its text, its level and the lines (from 0) of the body under it.
    struct Heading {
        var title: String
        var level: Int
        var bodyLines: Range<Int>
    }

    /// The text of the title heading, if the document opens with one.
    private(set) var title: String?
    /// The lines (from 0) of the text that stands under no section heading: before the title and after it.
    private(set) var preambleRanges: [Range<Int>] = []
    /// The section headings, in order.
    private(set) var sections: [Heading] = []

    /// Finds the headings among `blocks`, parsed from `lines`; headings inside lists and quotes are not top-level.
    init(lines: [Substring], blocks: [MarkdownBlock]) {
        var headings: [(index: Int, level: Int, title: String)] = blocks.enumerated().compactMap { index, block in
            guard case .heading(let level, let inlines) = block.kind else { return nil }
            return (index, level, inlines.plainText)
        }
        var preambleStart = 0
        // One `# ` heading that opens the document names it; several are its sections.
        if let first = headings.first, first.index == 0, first.level == 1,
            !headings.dropFirst().contains(where: { $0.level == 1 })
        {
            title = first.title
            let start = blocks[0].line - 1
            preambleRanges.append(0..<start)
            preambleStart = Self.lastLine(ofHeadingAt: start, in: lines) + 1
            headings.removeFirst()
        }
        let level = headings.map(\.level).min()
        let starts = headings.filter { $0.level == level }.map { (line: blocks[$0.index].line - 1, $0) }
        preambleRanges.append(preambleStart..<(starts.first?.line ?? lines.count))
        for (position, start) in starts.enumerated() {
            let bodyStart = Self.lastLine(ofHeadingAt: start.line, in: lines) + 1
            let end = position + 1 < starts.count ? starts[position + 1].line : lines.count
            sections.append(Heading(title: start.1.title, level: start.1.level, bodyLines: min(bodyStart, end)..<end))
        }
    }

    // cmark gives only the line a heading starts on; a setext heading's text may run over several lines
    // and ends at its underline, the first line after it made only of `=` or only of `-`.
    private static func lastLine(ofHeadingAt start: Int, in lines: [Substring]) -> Int {
        guard start < lines.count, !isATXHeading(lines[start]) else { return start }
        for index in (start + 1)..<lines.count {
            let marks = lines[index].drop(while: { $0 == " " }).withoutTrailingBlanks()
            if let mark = marks.first, mark == "=" || mark == "-", marks.allSatisfy({ $0 == mark }) { return index }
        }
        return start
    }

    private static func isATXHeading(_ line: Substring) -> Bool {
        let text = line.drop(while: { $0 == " " })
        let marks = text.prefix(while: { $0 == "#" })
        guard (1...6).contains(marks.count) else { return false }
        return text.dropFirst(marks.count).first.map { $0 == " " || $0 == "\t" } ?? true
    }
}
