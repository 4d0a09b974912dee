extension PlainTextWriter {
    /// A table as blocks of `Header: value` lines, one block a row, every cell's words in reading order.
    func render(_ table: MarkdownTable, in frame: Frame) -> [String] {
        var lines: [String] = []
        let headers = table.header.map { inlineText($0).trimmingBlanks }
        for row in table.rows {
            if !lines.isEmpty { lines.append(frame.blankLine) }
            for (index, cell) in row.enumerated() {
                let header = index < headers.count ? headers[index] : ""
                let value = inlineText(cell).trimmingBlanks
                let text = header.isEmpty ? value : value.isEmpty ? header + ":" : header + ": " + value
                let wrapper = TextWrapper(
                    width: width, firstPrefix: lines.isEmpty ? frame.first : frame.rest, continuationPrefix: frame.rest + "  ")
                lines += wrapper.lines(for: text)
            }
        }
        if table.rows.isEmpty {
            let wrapper = TextWrapper(width: width, firstPrefix: frame.first, continuationPrefix: frame.rest)
            lines += wrapper.lines(for: headers.joined(separator: "; "))
        }
        return lines
    }
}
