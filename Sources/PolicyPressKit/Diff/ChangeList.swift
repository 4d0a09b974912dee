/// Every change of a diff in one line each, for the summary at the top of the redline: "List item changed:
/// “Staff report any concerns…”", linked to the change.
public enum ChangeList {
    /// One change: the id of the element the redline gives it, what it is, and where it came from when
    /// the changes were traced ("changed in the model").
    public struct Entry: Equatable, Sendable {
        public var anchor: String
        public var description: String
        public var source: String? = nil
    }

    /// The changes of a section in reading order. A section added, removed or moved without other changes
    /// is one change, the section itself, and lists nothing more.
    public static func entries(of section: SectionChange, at index: Int) -> [Entry] {
        switch section.status {
        case .unchanged, .added, .removed: return []
        case .changed, .moved: break
        }
        var entries: [Entry] = []
        if section.hasChangedTitle {
            entries.append(
                Entry(
                    anchor: DiffHTMLWriter.anchor(index),
                    description:
                        "Heading \(section.headingAdded ? "added" : "changed"): “\(section.plainTitle(keeping: .added))”",
                    source: section.titleOrigin?.words))
        }
        for (number, change) in section.blocks.filter({ $0.status != .same }).enumerated() {
            entries.append(
                Entry(
                    anchor: DiffHTMLWriter.changeAnchor(index, number), description: description(of: change),
                    source: change.origin?.words))
        }
        return entries
    }

    /// "Paragraph added: “…”", "Table row changed: “…”", "List item moved from section 1. Roles: “…”".
    static func description(of change: BlockChange) -> String {
        let what: String
        switch change.status {
        case .same: what = "unchanged"
        case .changed: what = "changed"
        case .added: what = "added"
        case .removed: what = "removed"
        case .moved: what = change.move?.description ?? "moved"
        }
        return "\(kind(of: change.block)) \(what): “\(BlockMoves.excerpt(of: change.block, words: 8))”"
    }

    private static func kind(of block: DiffBlock) -> String {
        switch block.kind {
        case .heading: return "Heading"
        case .code: return "Preformatted text"
        case .rule: return "Line across the page"
        case .tableHeader: return "Table headings"
        case .tableRow: return "Table row"
        case .paragraph:
            if block.context.hasPrefix("footnote") { return "Footnote" }
            if !block.marker.isEmpty, block.context.contains("/list") { return "List item" }
            return block.context.hasSuffix("/quote") ? "Quotation" : "Paragraph"
        }
    }
}
