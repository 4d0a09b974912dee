/// The changes of a whole edition (a differ's, in reading order) shown by the sections of the newer one:
/// each of its section headings opens a section, holding the changes up to the next. An older section that
/// is gone whole (its heading and all its text removed, standing between two sections of the newer one)
/// is a removed section. (A section that moved is read by the differ where it now stands, and marked moved
/// there.) A heading removed from within what is now one section is shown there, struck. Each moved block is labelled with
/// where it came from, and, when that is another section, struck where it left with where it went.
struct SectionCutter {
    let old: FlatEdition
    let new: FlatEdition

    /// A section of the newer edition and the changes in it, before it is judged.
    private struct Part {
        /// The newer edition's section, by its place; nil for an older section removed whole.
        var section: Int?
        /// The older edition's section it stands for, when known.
        var oldSection: Int?
        var heading: BlockChange
        var blocks: [BlockChange]
    }

    func sections(of changes: [BlockChange]) -> [SectionChange] {
        var parts: [Part] = []
        var leading: [BlockChange] = []
        // The footnotes go to their sections once those are known.
        let isNote = { (change: BlockChange) in
            (change.newIndex.map { $0 >= new.notesStart } ?? false)
                || (change.oldIndex.map { $0 >= old.notesStart } ?? false)
        }
        for change in changes where !isNote(change) {
            if let j = change.newIndex, change.isInNewEdition, new.isHeading(j) {
                parts.append(Part(section: new.section[j], heading: change, blocks: []))
            } else if parts.isEmpty {
                leading.append(change)
            } else {
                parts[parts.count - 1].blocks.append(change)
            }
        }
        var cut: [Part] = []
        let (before, removedFirst) = removedSections(in: leading)
        cut += removedFirst
        for (index, var part) in parts.enumerated() {
            if index == 0 { part.blocks.insert(contentsOf: before, at: 0) }
            let (kept, removed) = removedSections(in: part.blocks)
            part.blocks = kept
            part.oldSection = oldSection(of: part)
            cut.append(part)
            cut += removed
        }
        // The first part of each newer and each older section, for the notes to find.
        var partOf = (new: [Int: Int](), old: [Int: Int]())
        for (index, part) in cut.enumerated().reversed() {
            if let section = part.section { partOf.new[section] = index }
            if let section = part.oldSection { partOf.old[section] = index }
        }
        for change in changes where isNote(change) {
            let target: Int?
            if let j = change.newIndex, change.isInNewEdition {
                target = partOf.new[new.section[j]]
            } else if let i = change.oldIndex {
                target = partOf.old[old.section[i]] ?? cut.indices.last
            } else {
                target = cut.indices.last
            }
            if let target { cut[target].blocks.append(change) }
        }
        return labelled(cut.map(sectionChange))
    }

    // The older sections removed whole at the end of a part's changes: from a removed heading of the older
    // edition on, nothing but blocks of that section (or of the next removed one) removed or moved away.
    private func removedSections(in changes: [BlockChange]) -> (kept: [BlockChange], removed: [Part]) {
        var start: Int?
        var current: Int?
        for (index, change) in changes.enumerated() {
            guard let i = change.oldIndex, !change.isInNewEdition else {
                start = nil
                continue
            }
            if old.isHeading(i), change.status == .removed {
                if start == nil { start = index }
                current = old.section[i]
            } else if start != nil, old.section[i] != current {
                start = nil
            }
        }
        guard let start else { return (changes, []) }
        var removed: [Part] = []
        for change in changes[start...] {
            if let i = change.oldIndex, old.isHeading(i) {
                removed.append(Part(section: nil, oldSection: old.section[i], heading: change, blocks: []))
            } else {
                removed[removed.count - 1].blocks.append(change)
            }
        }
        return (Array(changes[..<start]), removed)
    }

    // The older section a part stands for: its heading's, or else the one its first kept block was in.
    private func oldSection(of part: Part) -> Int? {
        if let i = part.heading.oldIndex, part.heading.status == .same { return old.section[i] }
        if part.heading.status == .changed || part.heading.move != nil {
            let kept = part.blocks.first { $0.status == .same && $0.oldIndex != nil }
            return kept.map { old.section[$0.oldIndex!] } ?? part.heading.oldIndex.map { old.section[$0] }
        }
        return nil
    }

    private func sectionChange(_ part: Part) -> SectionChange {
        guard let index = part.section else {
            let section = old.sections[part.oldSection!]
            return SectionChange(
                status: .removed, newNumber: nil, oldNumber: section.number,
                title: [WordRun(change: section.level == nil ? .same : .removed, words: part.heading.block.words)],
                blocks: part.blocks, level: section.level)
        }
        let section = new.sections[index]
        let heading = part.heading
        var title = heading.words
        // A preamble's title is not a word of either edition: it is never marked.
        if heading.status == .moved || section.level == nil {
            title = [WordRun(change: .same, words: heading.block.words)]
        }
        var change = SectionChange(
            status: .unchanged, newNumber: section.number,
            oldNumber: part.oldSection.map { old.sections[$0].number }, title: title,
            blocks: part.blocks.map(shown), level: section.level)
        change.status = Self.status(of: change)
        return change
    }

    // A heading of the older edition removed from within a section shows its level as well as its words.
    private func shown(_ change: BlockChange) -> BlockChange {
        guard change.status == .removed, let i = change.oldIndex, old.isHeading(i),
            case .heading(let level) = change.block.kind
        else {
            return change
        }
        var shown = change
        let marker = String(repeating: "#", count: max(1, level))
        shown.words =
            [WordRun(change: .removed, words: [Substring(marker)], isMarker: true)] + change.words
        return shown
    }

    // Each move's places labelled: a block moved within its section says after what it stood (and is not
    // shown where it left); one moved from another section says which, and is struck there, saying where
    // it went.
    private func labelled(_ sections: [SectionChange]) -> [SectionChange] {
        var sections = sections
        var arrivals: [Int: (section: Int, block: Int)] = [:]
        var departures: [Int: (section: Int, block: Int)] = [:]
        for (s, section) in sections.enumerated() {
            for (b, block) in section.blocks.enumerated() {
                guard let key = block.moveKey else { continue }
                if block.move?.isArrival == false {
                    departures[key] = (s, b)
                } else {
                    arrivals[key] = (s, b)
                }
            }
        }
        var dropped: Set<[Int]> = []
        for (key, to) in arrivals.sorted(by: { $0.key < $1.key })
        where sections[to.section].blocks[to.block].moveKey == key {
            guard let from = departures[key], let i = sections[from.section].blocks[from.block].oldIndex
            else {
                // Where it left, its words were struck among others': here it is simply added.
                sections[to.section].blocks[to.block] = .whole(
                    .added, sections[to.section].blocks[to.block].block, .added)
                continue
            }
            let target = sections[to.section]
            let within =
                from.section == to.section && target.oldNumber == old.sections[old.section[i]].number
            if !within,
                sections[to.section].blocks[to.block].block.words.count < Self.fewestWordsAcrossSections
            {
                // So few words may well stand in two sections by chance: removed in one, added in the other.
                sections[from.section].blocks[from.block].status = .removed
                sections[from.section].blocks[from.block].move = nil
                sections[to.section].blocks[to.block] = .whole(
                    .added, sections[to.section].blocks[to.block].block, .added)
                continue
            }
            if within {
                sections[to.section].blocks[to.block].move =
                    i > 0 && !old.isHeading(i - 1)
                    ? .fromAfter(BlockMoves.excerpt(of: old.blocks[i - 1])) : .fromSectionStart
                dropped.insert([from.section, from.block])
            } else {
                let section = old.sections[old.section[i]]
                sections[to.section].blocks[to.block].move = .fromSection(
                    number: section.number, title: section.title)
                sections[from.section].blocks[from.block].move = .toSection(
                    number: target.newNumber ?? 0, title: target.plainTitle(keeping: .added))
            }
        }
        for s in sections.indices {
            sections[s].blocks = sections[s].blocks.enumerated().filter {
                !dropped.contains([s, $0.offset])
            }.map(\.element)
            if [.unchanged, .changed, .added].contains(sections[s].status) {
                sections[s].status = Self.status(of: sections[s])
            }
        }
        return sections
    }

    // A section of the newer edition is added when its heading and every block are; changed when anything in
    // it is.
    private static func status(of section: SectionChange) -> SectionChange.Status {
        if section.headingAdded || section.level == nil, !section.blocks.isEmpty,
            section.blocks.allSatisfy({ $0.status == .added })
        {
            return .added
        }
        return section.hasChanges ? .changed : .unchanged
    }

    /// So few words may well stand in two sections by chance ("Governors", "See below."): below this many, a
    /// block removed from one section and added to another is shown as that, not as moved.
    static let fewestWordsAcrossSections = 3
}
