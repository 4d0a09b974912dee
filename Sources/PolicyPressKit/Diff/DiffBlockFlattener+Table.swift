extension DiffBlockFlattener {
    /// A table's rows as leaves: its header row (unless it is empty), then each body row; every row keeps
    /// its cells apart and knows the heading of each column, so a changed cell can be shown as that cell in
    /// its column.
    func rows(of table: MarkdownTable, first: String, rest: String, context: String) -> [DiffBlock] {
        let headings = table.header.map { writer.inlineText($0).trimmingBlanks }
        var rows: [DiffBlock] = []
        func row(_ kind: DiffBlock.Kind, _ cells: [String]) {
            let columns = cells.indices.map {
                $0 < headings.count && !headings[$0].isEmpty ? headings[$0] : "Column \($0 + 1)"
            }
            rows.append(
                DiffBlock(
                    kind: kind, context: context, firstPrefix: rows.isEmpty ? first : rest, restPrefix: rest,
                    text: cells.joined(separator: " "), cells: cells, columns: columns))
        }
        // A column's alignment is part of its heading here: it changes how the page and the text edition
        // lay the column out, so changing it is a change.
        let header = headings.enumerated().map { index, heading in
            let note = index < table.alignments.count ? Self.note(table.alignments[index]) : ""
            return [heading, note].filter { !$0.isEmpty }.joined(separator: " ")
        }
        if header.contains(where: { !$0.isEmpty }) { row(.tableHeader, header) }
        for cells in table.rows {
            row(.tableRow, cells.map { writer.inlineText($0).trimmingBlanks })
        }
        return rows
    }

    private static func note(_ alignment: MarkdownTable.Alignment) -> String {
        switch alignment {
        case .none: return ""
        case .left: return "(aligned left)"
        case .center: return "(aligned centre)"
        case .right: return "(aligned right)"
        }
    }
}
