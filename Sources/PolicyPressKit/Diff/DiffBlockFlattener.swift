import Foundation

/// Flattens a section's Markdown into the leaf blocks the diff compares: its blocks in reading order,
/// then its footnotes.
struct DiffBlockFlattener {
    let converter = CommonMarkConverter()
    let writer = PlainTextWriter()

    /// Where a block sits: what starts its first and later lines, its context path and its list depth.
    struct Place {
        var first: String
        var rest: String
        var context: String
        var depth: Int
    }

    /// The blocks of a section's Markdown, in reading order, followed by those of its footnotes.
    func blocks(of markdown: String) -> [DiffBlock] {
        let document = converter.document(from: markdown)
        var blocks: [DiffBlock] = []
        flatten(document.blocks, at: Place(first: "", rest: "", context: "", depth: 0), into: &blocks)
        for note in document.footnotes {
            // The label, not the number, names the note's place, so a note renumbered by one cited before
            // it is still the same note; its number is shown as the marker.
            let marker = "[\(note.number)] "
            let place = Place(
                first: marker, rest: String(repeating: " ", count: marker.count), context: "footnote \(note.label)",
                depth: 0)
            flatten(note.blocks, at: place, into: &blocks)
        }
        return blocks
    }

    private func flatten(_ blocks: [MarkdownBlock], at place: Place, into result: inout [DiffBlock]) {
        for (index, block) in blocks.enumerated() {
            let lead = index == 0 ? place.first : place.rest
            func leaf(_ kind: DiffBlock.Kind, _ text: String) {
                result.append(
                    DiffBlock(kind: kind, context: place.context, firstPrefix: lead, restPrefix: place.rest, text: text)
                )
            }
            switch block.kind {
            case .paragraph(let inlines), .heading(_, let inlines):
                let kind: DiffBlock.Kind = {
                    if case .heading(let level, _) = block.kind {
                        return .heading(level: level)
                    } else {
                        return .paragraph
                    }
                }()
                let styled = StyledWords(inlines, writer: writer)
                result.append(
                    DiffBlock(
                        kind: kind, context: place.context, firstPrefix: lead, restPrefix: place.rest,
                        text: styled.words.joined(separator: " "), styles: styled.styles))
            case .codeBlock(_, let literal): leaf(.code, String(literal.trimmingSuffix(while: { $0 == "\n" })))
            case .thematicBreak: leaf(.rule, "")
            case .htmlBlock: continue
            case .table(let table):
                result += rows(of: table, first: lead, rest: place.rest, context: place.context + "/table")
            case .blockQuote(let children):
                let quoted = Place(
                    first: lead + "| ", rest: place.rest + "| ", context: place.context + "/quote", depth: place.depth)
                flatten(children, at: quoted, into: &result)
            case .list(let list):
                // A list straight after another is a list of its own on the page, though it reads the same.
                let follows =
                    index > 0 && { if case .list = blocks[index - 1].kind { return true } else { return false } }()
                let context = place.context + (follows ? Self.afterAList : "")
                flatten(
                    list, at: Place(first: lead, rest: place.rest, context: context, depth: place.depth), into: &result)
            }
        }
    }

    private func flatten(_ list: MarkdownList, at place: Place, into result: inout [DiffBlock]) {
        let markers = writer.markers(for: list, depth: place.depth + 1)
        for (itemIndex, item) in list.items.enumerated() {
            let marker = markers[itemIndex]
            let itemPlace = Place(
                first: (itemIndex == 0 ? place.first : place.rest) + marker,
                rest: place.rest + String(repeating: " ", count: marker.count),
                context: place.context + Self.listContext(list, depth: place.depth + 1), depth: place.depth + 1)
            flatten(item, at: itemPlace, into: &result)
        }
    }

    // A list's kind and first number are part of where its items sit: a numbered list made a bulleted one,
    // or one that now starts at 5, is a change; a number that moved because an item was added is not.
    // So is whether its items are spaced apart (a loose list, each item a paragraph on the page).
    static func listContext(_ list: MarkdownList, depth: Int) -> String {
        let spaced = list.tight ? "" : spacedItems
        guard list.ordered else { return "/list\(depth)" + spaced }
        return "/list\(depth) numbered" + (list.start == 1 ? "" : " from \(list.start)") + spaced
    }

    /// What a context says of a list's spaced items, and of a list that follows another.
    static let spacedItems = " spaced", afterAList = " after a list"

    /// How the start of a block in a list shows when only its list's spacing or separateness changed:
    /// "• (spaced)", "1. (a new list)".
    static func qualifiers(of context: String) -> String {
        guard let list = context.range(of: "/list", options: .backwards) else { return "" }
        let innermost = context[list.lowerBound...], before = context[..<list.lowerBound]
        var words: [String] = []
        if innermost.hasSuffix(spacedItems) { words.append("spaced") }
        if before.hasSuffix(afterAList) { words.append("a new list") }
        return words.isEmpty ? "" : " (" + words.joined(separator: ", ") + ")"
    }
}
