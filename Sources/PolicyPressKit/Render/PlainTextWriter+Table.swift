extension PlainTextWriter {
    /// A table as aligned columns when its longest words fit the width the frame leaves, otherwise as blocks of
    /// `Header: value` lines; either way every word of every cell, in reading order.
    func render(_ table: MarkdownTable, in frame: Frame) -> [String] {
        let cells = TableCells(table, text: { inlineText($0).trimmingBlanks })
        let available = width - frame.rest.count
        if let widths = cells.columnWidths(within: available) {
            return prefixed(columns(cells, widths: widths), in: frame)
        }
        return prefixed(headedBlocks(cells, within: available), in: frame)
    }

    // A blank line inside the table would read as its end, so a row with no words is left out; rows are
    // spaced apart only when one of them takes several lines, since then the eye cannot tell where a row ends.
    private func columns(_ cells: TableCells, widths: [Int]) -> [String] {
        let header = cells.lines(of: cells.header, widths: widths)
        let body = cells.rows.map { cells.lines(of: $0, widths: widths) }.filter { !$0.isEmpty }
        let spaced = body.contains { $0.count > 1 }
        var lines = header
        if !header.isEmpty {
            lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: TableCells.gap))
        }
        for (index, row) in body.enumerated() {
            if spaced && index > 0 { lines.append("") }
            lines += row
        }
        return lines
    }

    // Each row a block of `Header: value` lines whose later lines are indented under the header.
    private func headedBlocks(_ cells: TableCells, within available: Int) -> [String] {
        let wrapper = TextWrapper(width: available, continuationPrefix: "  ")
        // With no rows the header is the table's only content, one cell a line.
        guard !cells.rows.isEmpty else { return cells.header.flatMap(wrapper.lines(for:)) }
        var lines: [String] = []
        for row in cells.rows {
            let rowLines = zip(cells.header, row).flatMap { header, value in
                wrapper.lines(for: header.isEmpty ? value : value.isEmpty ? header + ":" : header + ": " + value)
            }
            if rowLines.isEmpty { continue }
            if !lines.isEmpty { lines.append("") }
            lines += rowLines
        }
        return lines
    }

    // The frame's first prefix goes on the table's first line, its later prefix on the rest.
    private func prefixed(_ lines: [String], in frame: Frame) -> [String] {
        lines.enumerated().map { index, line in
            if index > 0 && line.isEmpty { return frame.blankLine }
            return ((index == 0 ? frame.first : frame.rest) + line).withoutTrailingBlanks()
        }
    }
}

/// A table's cells as plain text, every row padded to the same number of columns, and how to lay them out.
struct TableCells {
    /// What separates two columns.
    static let gap = "  "

    /// The header row's cells.
    var header: [String]
    /// The body rows' cells.
    var rows: [[String]]
    /// Each column's alignment.
    var alignments: [MarkdownTable.Alignment]

    /// The cells of `table` as `text` writes them; a short row gains empty cells rather than losing columns.
    init(_ table: MarkdownTable, text: ([MarkdownInline]) -> String) {
        let count = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        func padded(_ cells: [[MarkdownInline]]) -> [String] {
            cells.map(text) + Array(repeating: "", count: count - cells.count)
        }
        header = padded(table.header)
        rows = table.rows.map(padded)
        alignments = table.alignments + Array(repeating: .none, count: max(0, count - table.alignments.count))
    }

    /// Each column's width, or nil when the columns cannot all hold their longest word within `available`.
    ///
    /// A column gets the width of its longest line when every column can; otherwise each starts at its
    /// longest word and the room left goes where it saves the table the most lines.
    func columnWidths(within available: Int) -> [Int]? {
        let columns = header.indices.map { index in [header[index]] + rows.map { $0[index] } }
        guard !columns.isEmpty else { return nil }
        let room = available - Self.gap.count * (columns.count - 1)
        let least = columns.map { cells in max(1, cells.map(Self.longestWord).max() ?? 0) }
        let most = zip(columns, least).map { cells, least in max(least, cells.map(Self.longestLine).max() ?? 0) }
        if most.reduce(0, +) <= room { return most }
        if least.reduce(0, +) > room { return nil }
        var layout = ColumnLayout(columns: columns, least: least, most: most, extra: room - least.reduce(0, +))
        layout.widen()
        return layout.tightened
    }

    /// The lines of one row laid out in columns of `widths`, cells aligned in them; none when the row has no words.
    func lines(of row: [String], widths: [Int]) -> [String] {
        let wrapped = zip(row, widths).map { TextWrapper(width: $1).lines(for: $0) }
        let height = wrapped.map(\.count).max() ?? 0
        return (0..<height).map { index in
            wrapped.indices.map { column in
                let line = index < wrapped[column].count ? wrapped[column][index] : ""
                return Self.aligned(line, width: widths[column], alignments[column])
            }.joined(separator: Self.gap).withoutTrailingBlanks()
        }
    }

    private static func aligned(_ text: String, width: Int, _ alignment: MarkdownTable.Alignment) -> String {
        let room = max(0, width - text.count)
        let before: Int
        switch alignment {
        case .right: before = room
        case .center: before = room / 2
        case .left, .none: before = 0
        }
        return String(repeating: " ", count: before) + text + String(repeating: " ", count: room - before)
    }

    // Words and lines split where the wrapper splits them: at spaces and at hard breaks.
    private static func longestWord(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count).max() ?? 0
    }

    private static func longestLine(_ text: String) -> Int {
        TextWrapper(width: .max).lines(for: text).map(\.count).max() ?? 0
    }
}

/// Column widths between each column's longest word and its longest line, found by widening, a few characters
/// at a time, the column where the characters save the table the most lines, and then its cells the most.
private struct ColumnLayout {
    let columns: [[String]]
    let least: [Int]
    var widths: [Int]
    var extra: Int
    // lineCounts[column][width - least[column]][row]: how many lines each cell takes at each width it could get.
    private let lineCounts: [[[Int]]]
    // More than all the cells' lines together, so one line less for the table outweighs any saving in its cells.
    private let tableLine: Int

    init(columns: [[String]], least: [Int], most: [Int], extra: Int) {
        self.columns = columns
        self.least = least
        widths = least
        self.extra = extra
        lineCounts = columns.indices.map { column in
            (least[column]...min(most[column], least[column] + extra)).map { width in
                columns[column].map { TextWrapper(width: width).lines(for: $0).count }
            }
        }
        tableLine = 1 + lineCounts.flatMap { $0[0] }.reduce(0, +)
    }

    mutating func widen() {
        while extra > 0, let (column, step) = bestStep() {
            widths[column] += step
            extra -= step
        }
    }

    // Greedy: for each column the fewest characters that save a line, and of those the most lines a character;
    // a line of the table counts for more than a line of a cell, which only a cell wrapped in a row that other
    // cells keep tall can save.
    private func bestStep() -> (column: Int, step: Int)? {
        var best: (column: Int, step: Int, saved: Int)?
        for column in widths.indices {
            let others = columns[column].indices.map { row in
                widths.indices.filter { $0 != column }.map { lines(row, in: $0, at: widths[$0]) }.max() ?? 0
            }
            let cost = { (width: Int) in
                others.indices.map { row in
                    let cell = lines(row, in: column, at: width)
                    return max(others[row], cell) * tableLine + cell
                }.reduce(0, +)
            }
            let now = cost(widths[column]), widest = least[column] + lineCounts[column].count - 1
            for step in stride(from: 1, through: min(extra, widest - widths[column]), by: 1) {
                let saved = now - cost(widths[column] + step)
                if saved <= 0 { continue }
                if best.map({ saved * $0.step > $0.saved * step }) ?? true { best = (column, step, saved) }
                break
            }
        }
        return best.map { ($0.column, $0.step) }
    }

    private func lines(_ row: Int, in column: Int, at width: Int) -> Int {
        lineCounts[column][width - least[column]][row]
    }

    // Wrapping at the longest line a column's cells wrap to gives the same lines, without the empty margin.
    var tightened: [Int] {
        widths.indices.map { column in
            let longest =
                columns[column].flatMap { TextWrapper(width: widths[column]).lines(for: $0) }.map(\.count).max() ?? 0
            return max(least[column], longest)
        }
    }
}
