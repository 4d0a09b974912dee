/// Footnotes in a web page come as links to a list at the end (`<a class="footnote-ref" href="#fn1">`, and
/// a `footnotes` section of `<div id="fn1">` items, as pandoc and most web tools write them): each link
/// becomes a footnote again, holding its item's text without the link back, and the list goes.
enum WebFootnotes {
    static func restored(_ blocks: [PandocBlock]) -> [PandocBlock] {
        var notes: [String: [PandocBlock]] = [:]
        var rest: [PandocBlock] = []
        for block in blocks {
            if case .div(let attr, let inner) = block, attr.classes.contains("footnotes") {
                for item in inner.flatMap(listItems) {
                    for case .div(let itemAttr, let content) in item where !itemAttr.identifier.isEmpty {
                        notes[itemAttr.identifier] = content.map(withoutBackLinks)
                    }
                }
            } else {
                rest.append(block)
            }
        }
        return rest.map { withNotes($0, notes: notes) }
    }

    private static func listItems(_ block: PandocBlock) -> [[PandocBlock]] {
        if case .orderedList(_, let items) = block { return items }
        return []
    }

    private static func withoutBackLinks(_ block: PandocBlock) -> PandocBlock {
        guard let inlines = block.inlines else { return block }
        let kept = InlineCleanup.trimmed(
            inlines.filter { inline in
                if case .link(let attr, _, _, _) = inline, attr.classes.contains("footnote-back") { return false }
                return true
            })
        if case .plain = block { return .plain(kept) }
        return .para(kept)
    }

    private static func withNotes(_ block: PandocBlock, notes: [String: [PandocBlock]]) -> PandocBlock {
        block.mapChildren(blocks: { $0.map { withNotes($0, notes: notes) } }, inlines: { withNotes($0, notes: notes) })
    }

    private static func withNotes(_ inlines: [PandocInline], notes: [String: [PandocBlock]]) -> [PandocInline] {
        inlines.map { inline in
            if case .link(let attr, _, let url, _) = inline, attr.classes.contains("footnote-ref"),
                let note = notes[String(url.dropFirst())]
            {
                return .note(note)
            }
            return inline.mapChildren(
                blocks: { $0.map { withNotes($0, notes: notes) } }, inlines: { withNotes($0, notes: notes) })
        }
    }
}
