extension DiffTextWriter {
    /// A table row as the text edition prints one, a `Heading: value` line a cell, with the changed words
    /// of each cell marked; a cell only one edition has is marked whole, heading and all. A header row is
    /// one line, `Columns: Role; Name`.
    func rowLines(of change: BlockChange) -> [String] {
        let block = change.block
        let moved = change.status == .moved ? change.moveLabel + " " : ""
        guard block.kind == .tableRow else {
            let wrapper = TextWrapper(
                width: width, firstPrefix: block.firstPrefix, continuationPrefix: block.restPrefix)
            return wrapper.lines(
                for: moved + "Columns: " + change.cells.map { cellText($0, labelled: false) }.joined(separator: "; "))
        }
        return change.cells.enumerated().flatMap { index, cell in
            let wrapper = TextWrapper(
                width: width, firstPrefix: index == 0 ? block.firstPrefix : block.restPrefix,
                continuationPrefix: block.restPrefix + "  ")
            return wrapper.lines(for: (index == 0 ? moved : "") + cellText(cell, labelled: true))
        }
    }

    private func cellText(_ cell: CellChange, labelled: Bool) -> String {
        let label = labelled ? cell.column + ":" : ""
        if cell.change == .same {
            return [label, marked(cell.words)].filter { !$0.isEmpty }.joined(separator: " ")
        }
        let text = [label, cell.words.flatMap(\.words).joined(separator: " ")].filter { !$0.isEmpty }.joined(
            separator: " ")
        return text.isEmpty ? "" : mark(text, cell.change)
    }
}
