/// The blocks of a table cell as one line: pipe tables hold one line a cell, so a cell of several
/// paragraphs, or a list, has its parts joined ("; " between list items, a space between paragraphs), and a
/// line break inside a cell (which pandoc could only write as an HTML table) becomes a space.
enum CellJoiner {
    /// Whether the cell is empty or one paragraph without a line break, so that joining changes nothing a
    /// reader sees.
    static func isOneLine(_ blocks: [PandocBlock]) -> Bool {
        guard !blocks.isEmpty else { return true }
        guard blocks.count == 1, blocks[0].inlines != nil else { return false }
        var breaks = false
        blocks[0].forEachInline { if $0 == .lineBreak { breaks = true } }
        return !breaks
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
            inlines += withoutBreaks(part)
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

    // Line breaks as spaces, at any depth (in a footnote too, which pandoc looks into as well).
    private static func withoutBreaks(_ inlines: [PandocInline]) -> [PandocInline] {
        inlines.map { inline in
            inline == .lineBreak
                ? .space : inline.mapChildren(blocks: { $0.map(withoutBreaks) }, inlines: withoutBreaks)
        }
    }

    private static func withoutBreaks(_ block: PandocBlock) -> PandocBlock {
        block.mapChildren(blocks: { $0.map(withoutBreaks) }, inlines: withoutBreaks)
    }
}
