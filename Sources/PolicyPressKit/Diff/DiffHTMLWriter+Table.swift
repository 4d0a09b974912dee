extension DiffHTMLWriter {
    /// A header row's headings, `Columns: Role; Name`, with the changed ones marked.
    func columns(_ cells: [CellChange]) -> String {
        "Columns: " + cells.map(value).joined(separator: "; ")
    }

    /// A body row's cells as the groups of a description list: each column's heading and the cell's words,
    /// the changed ones marked; a cell only one edition has is marked whole, heading and all. `lead` (a
    /// list marker, "(moved)") goes before the first heading.
    func cells(_ cells: [CellChange], lead: String) -> String {
        cells.enumerated().map { index, cell in
            let heading = HTML.escape(cell.column)
            let term = cell.change == .same ? heading : wrap(heading, cell.change)
            return "<div><dt>\(index == 0 ? lead : "")\(term)</dt><dd>\(value(cell))</dd></div>"
        }.joined()
    }

    // A cell only one edition has is marked as one run; a kept cell run by run.
    private func value(_ cell: CellChange) -> String {
        let words = cell.words.flatMap(\.words)
        if cell.change == .same || words.isEmpty { return runs(cell.words) }
        return wrap(HTML.escape(words.joined(separator: " ")), cell.change)
    }
}
