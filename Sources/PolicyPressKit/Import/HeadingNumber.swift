/// The number a heading is written with ("1.", "3.2", "Section 4 –", "Part 2:"), which PolicyPress drops
/// since it numbers sections itself.
enum HeadingNumber {
    /// The number as written (nil when there is none) and the heading's words after it.
    static func split(_ text: String) -> (number: String?, rest: String) {
        var rest = Substring(text)
        var number = ""
        for word in ["Section ", "Part ", "Chapter "] where rest.lowercased().hasPrefix(word.lowercased()) {
            number = String(rest.prefix(word.count))
            rest = rest.dropFirst(word.count)
        }
        let digits = rest.prefix { $0.isNumber || $0 == "." }
        guard let first = digits.first, first.isNumber else { return (nil, text) }
        rest = rest.dropFirst(digits.count)
        number += digits
        // What may follow the number: ")", ":", a dash, spaces.
        let separator = rest.prefix { " \t)–—-:".contains($0) }
        guard !separator.isEmpty || rest.isEmpty else { return (nil, text) }
        rest = rest.dropFirst(separator.count)
        let shown = (number + separator).trimmingCharacters(in: .whitespaces)
        return (shown, String(rest))
    }
}

/// The blocks of a table cell as one line: pipe tables hold one line a cell, so a cell of several
/// paragraphs, or a list, has its parts joined ("; " between list items, a space between paragraphs).
enum CellJoiner {
    static func joined(_ blocks: [PandocBlock]) -> [PandocBlock] {
        if blocks.count <= 1, let only = blocks.first, only.inlines != nil { return [.plain(only.inlines!)] }
        if blocks.isEmpty { return blocks }
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

/// Counts the tracked changes pandoc marks (`--track-changes=all`): insertions and deletions of text, and
/// of whole paragraphs.
enum TrackedChanges {
    static let classes: Set<String> = ["insertion", "deletion", "paragraph-insertion", "paragraph-deletion"]

    static func count(in blocks: [PandocBlock]) -> Int {
        blocks.reduce(0) { $0 + count(in: $1) }
    }

    static func count(in block: PandocBlock) -> Int {
        switch block {
        case .para(let inlines), .plain(let inlines), .header(_, _, let inlines): return count(in: inlines)
        case .bulletList(let items), .orderedList(_, let items): return items.reduce(0) { $0 + count(in: $1) }
        case .blockQuote(let inner), .div(_, let inner): return count(in: inner)
        case .table(let table): return table.cells.reduce(0) { $0 + count(in: $1) }
        case .other: return 0
        }
    }

    static func count(in inlines: [PandocInline]) -> Int {
        inlines.reduce(0) { total, inline in
            switch inline {
            case .span(let attr, let inner): return total + (attr.classes.contains(where: classes.contains) ? 1 : 0) + count(in: inner)
            case .emph(let inner), .strong(let inner), .underline(let inner), .link(_, let inner, _, _): return total + count(in: inner)
            case .note(let blocks): return total + count(in: blocks)
            default: return total
            }
        }
    }
}
