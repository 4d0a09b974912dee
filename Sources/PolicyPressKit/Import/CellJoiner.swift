/// The blocks of a table cell as one line: pipe tables hold one line a cell, so a cell of several
/// paragraphs, or a list, has its parts joined ("; " between list items, a space between paragraphs).
enum CellJoiner {
    /// Whether the cell is empty or one paragraph, so that joining changes nothing a reader sees.
    static func isOneLine(_ blocks: [PandocBlock]) -> Bool {
        blocks.isEmpty || (blocks.count == 1 && blocks[0].inlines != nil)
    }

    static func joined(_ blocks: [PandocBlock]) -> [PandocBlock] {
        if blocks.isEmpty { return blocks }
        if isOneLine(blocks) { return [.plain(blocks[0].inlines!)] }
        var inlines: [PandocInline] = []
        func append(_ part: [PandocInline], separator: PandocInline?) {
            guard !part.isEmpty else { return }
            if !inlines.isEmpty {
                if let separator { inlines.append(separator) }
                inlines.append(.space)
            }
            inlines += part
        }
        func walk(_ block: PandocBlock, separator: PandocInline?) {
            switch block {
            case .para(let part), .plain(let part), .header(_, _, let part): append(part, separator: separator)
            case .bulletList(let items), .orderedList(_, let items):
                for item in items { item.forEach { walk($0, separator: .str(";")) } }
            case .blockQuote(let inner), .div(_, let inner): inner.forEach { walk($0, separator: separator) }
            case .table(let table): table.cells.forEach { $0.forEach { walk($0, separator: separator) } }
            case .other(let json): append([.str(json.words)], separator: separator)
            }
        }
        blocks.forEach { walk($0, separator: nil) }
        return [.plain(inlines)]
    }
}
