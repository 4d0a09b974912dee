/// Where a moved block came from or went to, as the redline says it.
public enum BlockMove: Equatable, Sendable, CustomStringConvertible {
    /// It stood at the start of the same section.
    case fromSectionStart
    /// It stood in the same section, after the block that begins with these words.
    case fromAfter(String)
    /// It stood in another section of the old edition: that section's number and title.
    case fromSection(number: Int, title: String)
    /// It now stands in another section of the new edition (said where it stood, its words struck).
    case toSection(number: Int, title: String)
    /// It is a list item that stands where it stood, one level deeper or shallower.
    case reindented

    /// The words of the label: "moved from after “Staff report…”", "moved to section 6. Procedures".
    public var description: String {
        switch self {
        case .fromSectionStart: return "moved from the start of the section"
        case .fromAfter(let excerpt): return "moved from after “\(excerpt)”"
        case .fromSection(let number, let title): return "moved from section \(number). \(title)"
        case .toSection(let number, let title): return "moved to section \(number). \(title)"
        case .reindented: return "re-indented"
        }
    }

    /// Whether this is where the block now stands (not the place it left).
    public var isArrival: Bool {
        if case .toSection = self { return false } else { return true }
    }
}

/// What the redline says of a moved block's place.
enum BlockMoves {
    /// The first words of a block, enough to find it by.
    static func excerpt(of block: DiffBlock, words count: Int = 6) -> String {
        guard !block.words.isEmpty else { return block.kind == .rule ? "the line across the page" : "an empty block" }
        return block.words.prefix(count).joined(separator: " ") + (block.words.count > count ? "…" : "")
    }
}

extension SectionChange {
    /// The title's words as one edition has them: the new one's (`.added`) or the old one's (`.removed`).
    func plainTitle(keeping side: WordRun.Change) -> String {
        title.filter { !$0.isMarker && ($0.change == .same || $0.change == side) }.flatMap(\.words).joined(
            separator: " ")
    }
}
