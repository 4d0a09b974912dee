/// A leaf block of a section as the diff compares it: a paragraph, heading, list item's paragraph, code
/// block or rule, with where it sits (list and quote nesting) and its text as the text edition prints it.
public struct DiffBlock: Hashable, Sendable {
    /// What the block is.
    public enum Kind: Hashable, Sendable {
        case paragraph
        case heading(level: Int)
        case code
        case rule
    }

    /// What the block is.
    public var kind: Kind
    /// Where it sits: a path such as `list1/quote` that does not change when list items are renumbered.
    public var context: String
    /// What starts its first line in the text edition ("• ", " 2. ", "| "), and what starts the rest.
    public var firstPrefix: String
    public var restPrefix: String
    /// The text, with inline markup rendered as in the text edition (links as `text <url>`).
    public var text: String

    /// The words of the text; for code, its lines.
    public var words: [Substring] {
        kind == .code ? text.split(separator: "\n", omittingEmptySubsequences: false) : text.split(whereSeparator: \.isWhitespace)
    }

    /// What makes two blocks the same block: kind, place and text, but not a list number.
    var identity: String { "\(kind)|\(context)|\(text)" }
}

/// Flattens a section's Markdown into the leaf blocks the diff compares.
struct DiffBlockFlattener {
    let converter = CommonMarkConverter()
    let writer = PlainTextWriter()

    /// The blocks of a section's Markdown, in reading order.
    func blocks(of markdown: String) -> [DiffBlock] {
        var blocks: [DiffBlock] = []
        flatten(converter.document(from: markdown).blocks, first: "", rest: "", context: "", depth: 0, into: &blocks)
        return blocks
    }

    private func flatten(
        _ blocks: [MarkdownBlock], first: String, rest: String, context: String, depth: Int, into result: inout [DiffBlock]
    ) {
        for (index, block) in blocks.enumerated() {
            let lead = index == 0 ? first : rest
            func leaf(_ kind: DiffBlock.Kind, _ text: String) {
                result.append(DiffBlock(kind: kind, context: context, firstPrefix: lead, restPrefix: rest, text: text))
            }
            switch block.kind {
            case .paragraph(let inlines): leaf(.paragraph, writer.inlineText(inlines))
            case .heading(let level, let inlines): leaf(.heading(level: level), writer.inlineText(inlines))
            case .codeBlock(_, let literal): leaf(.code, String(literal.trimmingSuffix(while: { $0 == "\n" })))
            case .thematicBreak: leaf(.rule, "")
            case .htmlBlock: continue
            case .table(let table):
                let headers = table.header.map(writer.inlineText)
                leaf(.paragraph, headers.joined(separator: " | "))
                for row in table.rows { leaf(.paragraph, row.map(writer.inlineText).joined(separator: " | ")) }
            case .blockQuote(let children):
                flatten(children, first: lead + "| ", rest: rest + "| ", context: context + "/quote", depth: depth, into: &result)
            case .list(let list):
                let markers = writer.markers(for: list, depth: depth + 1)
                for (itemIndex, item) in list.items.enumerated() {
                    let marker = markers[itemIndex]
                    let itemLead = itemIndex == 0 ? lead : rest
                    flatten(
                        item, first: itemLead + marker, rest: rest + String(repeating: " ", count: marker.count),
                        context: context + "/list\(depth + 1)", depth: depth + 1, into: &result)
                }
            }
        }
    }
}

extension StringProtocol {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> SubSequence {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
