/// Compares two editions as structure: sections first (matched by title, so a moved section shows as
/// moved), then the blocks inside each pair of sections, then the words inside each changed block.
public struct EditionDiffer: Sendable {
    /// How alike two blocks (or two retitled sections) must be, as a share of their words, to be shown
    /// as one changed block rather than one removed and one added.
    public var pairingThreshold = 0.5

    /// Makes a differ.
    public init() {}

    /// A section as the differ reads it.
    struct Section {
        var title: String
        var blocks: [DiffBlock]
        var number: Int
        /// The level of the section's heading in a document read from a file (nil for a preamble).
        var level: Int? = 2
    }

    /// The changes from `old` to `new`.
    public func diff(from old: Edition, to new: Edition) -> EditionDiff {
        let flattener = DiffBlockFlattener()
        let read = { (edition: Edition) in
            edition.sections.map {
                Section(title: $0.title, blocks: flattener.blocks(of: $0.markdown), number: $0.number, level: $0.headingLevel)
            }
        }
        var result = diff(from: read(old), to: read(new))
        if old.title != new.title {
            result.title = WordRun.runs(from: old.title.split(whereSeparator: \.isWhitespace), to: new.title.split(whereSeparator: \.isWhitespace))
        }
        return result
    }

    func diff(from old: [Section], to new: [Section]) -> EditionDiff {
        let pairs = pairSections(old, new)
        var changes: [SectionChange] = []
        var oldEmitted = Set<Int>()
        // Removed sections go where they stood: after the new section paired with the old one before them.
        func emitRemoved(before oldIndex: Int) {
            for index in old.indices where index < oldIndex && !oldEmitted.contains(index) && pairs.oldToNew[index] == nil {
                changes.append(removedSection(old[index]))
                oldEmitted.insert(index)
            }
        }
        for (newIndex, section) in new.enumerated() {
            guard let oldIndex = pairs.newToOld[newIndex] else {
                changes.append(addedSection(section))
                continue
            }
            if !pairs.moved.contains(newIndex) { emitRemoved(before: oldIndex) }
            oldEmitted.insert(oldIndex)
            changes.append(pairedSection(old[oldIndex], section, moved: pairs.moved.contains(newIndex)))
        }
        emitRemoved(before: old.count)
        return EditionDiff(sections: BlockMoves.acrossSections(ChangedHeadingLevels.joined(changes)))
    }

    private struct SectionPairs {
        var newToOld: [Int: Int] = [:]
        var oldToNew: [Int: Int] = [:]
        var moved: Set<Int> = []

        mutating func pair(_ old: Int, _ new: Int, moved isMoved: Bool) {
            newToOld[new] = old
            oldToNew[old] = new
            if isMoved { moved.insert(new) }
        }
    }

    // Titles in order are aligned; a title left over on both sides is a moved section; sections left
    // over with much the same text are one section retitled; the rest were removed or added.
    private func pairSections(_ old: [Section], _ new: [Section]) -> SectionPairs {
        var pairs = SectionPairs()
        var removed: [Int] = [], added: [Int] = []
        for step in EditScript.align(old.map(\.title), new.map(\.title)) {
            switch step {
            case .same(let i, let j): pairs.pair(i, j, moved: false)
            case .removed(let i): removed.append(i)
            case .added(let j): added.append(j)
            }
        }
        for j in added {
            if let k = removed.firstIndex(where: { old[$0].title == new[j].title }) {
                pairs.pair(removed.remove(at: k), j, moved: true)
            }
        }
        for j in added where pairs.newToOld[j] == nil {
            let words = new[j].blocks.flatMap(\.words)
            let best = removed.map { ($0, EditScript.similarity(old[$0].blocks.flatMap(\.words), words)) }.max { $0.1 < $1.1 }
            if let best, best.1 >= pairingThreshold {
                removed.removeAll { $0 == best.0 }
                pairs.pair(best.0, j, moved: false)
            }
        }
        return pairs
    }

    private func addedSection(_ section: Section) -> SectionChange {
        SectionChange(
            status: .added, newNumber: section.number, oldNumber: nil, title: wholly(.added, section.title),
            blocks: section.blocks.map { .whole(.added, $0, .added) }, level: section.level)
    }

    private func removedSection(_ section: Section) -> SectionChange {
        SectionChange(
            status: .removed, newNumber: nil, oldNumber: section.number, title: wholly(.removed, section.title),
            blocks: section.blocks.map { .whole(.removed, $0, .removed) }, level: section.level)
    }

    private func wholly(_ change: WordRun.Change, _ title: String) -> [WordRun] {
        [WordRun(change: change, words: title.split(whereSeparator: \.isWhitespace))]
    }

    private func pairedSection(_ old: Section, _ new: Section, moved: Bool) -> SectionChange {
        var title = WordRun.runs(from: old.title.split(whereSeparator: \.isWhitespace), to: new.title.split(whereSeparator: \.isWhitespace))
        // A heading that only changed its level ("###" to "##") is shown as that, at the title's start.
        if old.level != new.level { title.insert(contentsOf: ChangedHeadingLevels.levelMarks(from: old.level, to: new.level), at: 0) }
        let blocks = diffBlocks(old.blocks, new.blocks)
        var change = SectionChange(
            status: .unchanged, newNumber: new.number, oldNumber: old.number, title: title, blocks: blocks, level: new.level)
        if moved {
            change.status = .moved(from: old.number)
        } else if change.hasChanges {
            change.status = .changed
        }
        return change
    }

    // Blocks in order are aligned by identity. Between two kept blocks, removed and added blocks of the
    // same kind and place that share enough words are one changed block; a removed block that reappears
    // unchanged elsewhere in the section has moved; the rest were removed or added.
    func diffBlocks(_ old: [DiffBlock], _ new: [DiffBlock]) -> [BlockChange] {
        let steps = EditScript.align(old.map(\.identity), new.map(\.identity))
        // A block moved when the same text is removed in one place and added in another; counted, since
        // the same text (a repeated list item) can stand several times.
        var removedCount: [String: Int] = [:], addedCount: [String: Int] = [:]
        for step in steps {
            if case .removed(let i) = step { removedCount[old[i].identity, default: 0] += 1 }
            if case .added(let j) = step { addedCount[new[j].identity, default: 0] += 1 }
        }
        let moves = Dictionary(uniqueKeysWithValues: removedCount.compactMap { identity, count in
            addedCount[identity].map { (identity, min(count, $0)) }
        })
        var movedAway = moves, movedHere = moves
        var placesLeft = BlockMoves.placesLeft(by: steps, in: old, moving: moves)

        var result: [BlockChange] = []
        var removed: [DiffBlock] = [], added: [DiffBlock] = []
        func flush() {
            let stillRemoved = removed.filter { !Self.take($0.identity, from: &movedAway) }
            result += pairHunk(removed: stillRemoved, added: added, moved: &movedHere)
            removed = []
            added = []
        }
        for step in steps {
            switch step {
            case .same(_, let j):
                flush()
                result.append(.whole(.same, new[j], .same))
            case .removed(let i): removed.append(old[i])
            case .added(let j): added.append(new[j])
            }
        }
        flush()
        for index in result.indices where result[index].status == .moved && !(placesLeft[result[index].block.identity] ?? []).isEmpty {
            result[index].move = placesLeft[result[index].block.identity]!.removeFirst()
        }
        return result
    }

    // Takes one from the count of `identity`, if any are left.
    private static func take(_ identity: String, from counts: inout [String: Int]) -> Bool {
        guard let count = counts[identity], count > 0 else { return false }
        counts[identity] = count - 1
        return true
    }

    private func pairHunk(removed: [DiffBlock], added: [DiffBlock], moved: inout [String: Int]) -> [BlockChange] {
        if ProseHunk.applies(to: removed + added) { return proseHunk(removed: removed, added: added, moved: &moved) }
        // Pairing by likeness tries every removed block against every added one: past this many pairs it
        // would take longer than the text is worth, and the blocks are shown removed and added whole.
        let pairs = removed.count * added.count <= Self.pairingLimit
        var unpaired = removed
        var result: [BlockChange] = []
        for block in added {
            if Self.take(block.identity, from: &moved) {
                result.append(.whole(.moved, block, .same))
                continue
            }
            let candidates = unpaired.enumerated().filter { pairs && $0.element.kind == block.kind && $0.element.context == block.context }
            let best = candidates.map { ($0.offset, similarity($0.element, block)) }.max { $0.1 < $1.1 }
            if let best, best.1 >= pairingThreshold {
                let old = unpaired.remove(at: best.0)
                // Removed blocks that stood before this one are shown before it.
                result += unpaired.prefix(best.0).map(removedBlock)
                unpaired.removeFirst(best.0)
                result.append(.changed(from: old, to: block))
            } else {
                result.append(.whole(.added, block, .added))
            }
        }
        // The removed blocks left stood after the last one paired: they go after it, before what was added
        // after it (removals come before additions at each point).
        let after = result.lastIndex { $0.status == .changed }.map { $0 + 1 } ?? 0
        result.insert(contentsOf: unpaired.map(removedBlock), at: after)
        return result
    }

    static let pairingLimit = 400

    // Paragraphs compared as one stream of words; blocks that moved here unchanged stand where they are.
    private func proseHunk(removed: [DiffBlock], added: [DiffBlock], moved: inout [String: Int]) -> [BlockChange] {
        var stream: [DiffBlock] = []
        var movedBefore: [Int: [DiffBlock]] = [:]
        for block in added {
            if Self.take(block.identity, from: &moved) { movedBefore[stream.count, default: []].append(block) } else { stream.append(block) }
        }
        var result: [BlockChange] = []
        var next = 0
        for change in ProseHunk(removed: removed, added: stream).changes() {
            if change.status != .removed {
                result += (movedBefore.removeValue(forKey: next) ?? []).map { .whole(.moved, $0, .same) }
                next += 1
            }
            result.append(change)
        }
        for index in movedBefore.keys.sorted() { result += movedBefore[index]!.map { .whole(.moved, $0, .same) } }
        return result
    }

    private func removedBlock(_ block: DiffBlock) -> BlockChange {
        .whole(.removed, block, .removed)
    }

    // Rows are compared by the columns both have, other blocks by all their words.
    private func similarity(_ old: DiffBlock, _ new: DiffBlock) -> Double {
        new.isTableRow ? TableColumns.similarity(old, new) : EditScript.similarity(old.words, new.words)
    }
}
