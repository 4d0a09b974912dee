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

/// Finds where moved blocks came from: in their own section, the block they followed; across sections, a
/// block removed whole from one section and added whole, word for word, to another.
enum BlockMoves {
    /// So few words may well stand in two sections by chance ("Governors", a rule): below this many, a
    /// block removed from one section and added to another is shown as that, not as moved.
    static let fewestWordsAcrossSections = 3

    /// The places in `old` that blocks moving within the section left, in order, by identity: the k-th block
    /// of an identity that moved here came from the k-th place such a block was removed from.
    static func placesLeft(by steps: [EditStep], in old: [DiffBlock], moving: [String: Int]) -> [String: [BlockMove]] {
        var places: [String: [BlockMove]] = [:]
        for case .removed(let i) in steps where moving[old[i].identity] != nil {
            places[old[i].identity, default: []].append(i == 0 ? .fromSectionStart : .fromAfter(excerpt(of: old[i - 1])))
        }
        return places
    }

    /// The first words of a block, enough to find it by.
    static func excerpt(of block: DiffBlock, words count: Int = 6) -> String {
        guard !block.words.isEmpty else { return block.kind == .rule ? "the line across the page" : "an empty block" }
        return block.words.prefix(count).joined(separator: " ") + (block.words.count > count ? "…" : "")
    }

    /// The sections with each block removed whole from one section and added whole to another marked as
    /// moved at both places: struck where it stood, kept where it stands.
    static func acrossSections(_ sections: [SectionChange]) -> [SectionChange] {
        var sections = sections
        var removed: [String: [(section: Int, block: Int)]] = [:]
        for (s, section) in sections.enumerated() {
            for (b, change) in section.blocks.enumerated() where Self.isWhole(change, .removed) {
                removed[change.block.identity, default: []].append((s, b))
            }
        }
        guard !removed.isEmpty else { return sections }
        for s in sections.indices {
            for b in sections[s].blocks.indices where Self.isWhole(sections[s].blocks[b], .added) {
                let block = sections[s].blocks[b].block
                guard let k = removed[block.identity]?.firstIndex(where: { $0.section != s }) else { continue }
                let from = removed[block.identity]!.remove(at: k)
                let old = sections[from.section], new = sections[s]
                sections[s].blocks[b].status = .moved
                sections[s].blocks[b].move = .fromSection(number: old.oldNumber ?? 0, title: old.plainTitle(keeping: .removed))
                sections[s].blocks[b].words = [WordRun(change: .same, words: block.words)]
                sections[from.section].blocks[from.block].status = .moved
                sections[from.section].blocks[from.block].move = .toSection(number: new.newNumber ?? 0, title: new.plainTitle(keeping: .added))
            }
        }
        for s in sections.indices where sections[s].status == .unchanged && sections[s].hasChanges { sections[s].status = .changed }
        return sections
    }

    private static func isWhole(_ change: BlockChange, _ status: BlockChange.Status) -> Bool {
        change.status == status && change.move == nil && change.block.words.count >= fewestWordsAcrossSections
            && !change.block.isTableRow
    }
}

extension SectionChange {
    /// The title's words as one edition has them: the new one's (`.added`) or the old one's (`.removed`).
    func plainTitle(keeping side: WordRun.Change) -> String {
        title.filter { !$0.isMarker && ($0.change == .same || $0.change == side) }.flatMap(\.words).joined(separator: " ")
    }
}
