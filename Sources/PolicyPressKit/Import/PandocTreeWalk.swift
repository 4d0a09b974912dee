/// One step down pandoc's tree, which every pass of the clean-up takes the same way: a pass says what it
/// does to the nodes it is about, and hands every other node to `mapChildren`, which applies the pass to
/// that node's own blocks and inlines. `other` nodes, which the import passes through untouched, have none.
extension PandocBlock {
    /// The block with `blocks` applied to each list of blocks directly in it (a list item, a quote, a `Div`,
    /// a table cell) and `inlines` to its inlines.
    func mapChildren(blocks: ([PandocBlock]) -> [PandocBlock], inlines: ([PandocInline]) -> [PandocInline])
        -> PandocBlock
    {
        switch self {
        case .plain(let content): return .plain(inlines(content))
        case .para(let content): return .para(inlines(content))
        case .header(let level, let attr, let content): return .header(level: level, attr, inlines(content))
        case .bulletList(let items): return .bulletList(items.map(blocks))
        case .orderedList(let attributes, let items): return .orderedList(attributes, items.map(blocks))
        case .blockQuote(let inner): return .blockQuote(blocks(inner))
        case .div(let attr, let inner): return .div(attr, blocks(inner))
        case .table(var table):
            table.cells = table.cells.map(blocks)
            return .table(table)
        case .other: return self
        }
    }

    /// Calls `visit` on every inline in the block at any depth (in footnotes and table cells too), each
    /// before the inlines inside it.
    func forEachInline(_ visit: (PandocInline) -> Void) {
        _ = mapChildren(blocks: { visiting($0, visit) }, inlines: { visiting($0, visit) })
    }
}

extension PandocInline {
    /// The inline with `inlines` applied to the inlines directly in it (emphasis, a link's words, a span, a
    /// picture's description) and `blocks` to a footnote's blocks.
    func mapChildren(blocks: ([PandocBlock]) -> [PandocBlock], inlines: ([PandocInline]) -> [PandocInline])
        -> PandocInline
    {
        switch self {
        case .emph(let inner): return .emph(inlines(inner))
        case .strong(let inner): return .strong(inlines(inner))
        case .underline(let inner): return .underline(inlines(inner))
        case .link(let attr, let inner, let url, let title): return .link(attr, inlines(inner), url: url, title: title)
        case .image(let attr, let inner, let url, let title):
            return .image(attr, inlines(inner), url: url, title: title)
        case .span(let attr, let inner): return .span(attr, inlines(inner))
        case .note(let inner): return .note(blocks(inner))
        case .str, .space, .softBreak, .lineBreak, .other: return self
        }
    }

    /// Calls `visit` on this inline, then on every inline inside it at any depth.
    func forEachInline(_ visit: (PandocInline) -> Void) {
        visit(self)
        _ = mapChildren(blocks: { visiting($0, visit) }, inlines: { visiting($0, visit) })
    }
}

/// A node whose inlines can be visited: a block or an inline.
protocol PandocNode {
    func forEachInline(_ visit: (PandocInline) -> Void)
}

extension PandocBlock: PandocNode {}
extension PandocInline: PandocNode {}

// `nodes`, each visited, as they were: how `forEachInline` goes down through `mapChildren`.
private func visiting<Node: PandocNode>(_ nodes: [Node], _ visit: (PandocInline) -> Void) -> [Node] {
    nodes.forEach { $0.forEachInline(visit) }
    return nodes
}
