/// Compares two editions as one stream: every block of each (each section's heading a block too, see
/// `FlatEdition`) is aligned at once, so that a heading added, removed or set at another level is a change
/// to that heading and not to the text under it. Between the blocks kept whole, the paragraphs and headings
/// removed and added are compared word by word as one stream (`ProseHunk`), other blocks (table rows, code)
/// by likeness; a block removed in one place and added in another, word for word, has moved, and one much
/// alike has moved and changed (`EditedMoves`). The changes are then shown by the sections of the newer
/// edition (`SectionCutter`).
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
                Section(
                    title: $0.title, blocks: flattener.blocks(of: $0.markdown), number: $0.number,
                    level: $0.headingLevel)
            }
        }
        var result = diff(from: read(old), to: read(new))
        if old.title != new.title {
            result.title = WordRun.runs(
                from: old.title.split(whereSeparator: \.isWhitespace),
                to: new.title.split(whereSeparator: \.isWhitespace))
        }
        return result
    }

    func diff(from old: [Section], to new: [Section]) -> EditionDiff {
        let pairs = sectionPairs(old, new)
        // A section that moved is read, in the older edition, where it now stands, so that the whole text is
        // still aligned as one stream: a paragraph that left it, or joined it, is seen to move.
        // Each older section goes after the kept one it follows: those kept by the place of their partner, then
        // those removed in their order, then those moved by their new place.
        let keptNew = pairs.kept.map(\.1).sorted()
        // The rank of the last kept section before place `j` of the newer edition (-1 for none).
        let before = { (j: Int) -> Int in Self.count(below: j, in: keptNew) - 1 }
        var place = [[Int]](repeating: [], count: old.count)
        var follows = -1
        let keptPartner = Dictionary(uniqueKeysWithValues: pairs.kept)
        for i in old.indices {
            if let j = keptPartner[i] { follows = before(j) + 1 }
            place[i] = keptPartner[i] != nil ? [follows, 0, i] : [follows, 1, i]
        }
        for (i, j) in pairs.moved { place[i] = [before(j), 2, j] }
        let order = old.indices.sorted { place[$0].lexicographicallyPrecedes(place[$1]) }
        // A section retitled where it stands is found in the stream: its new heading may as well be one added
        // above it, its old one now a subheading.
        let anchors = pairs.kept.filter { old[$0.0].title == new[$0.1].title } + pairs.moved
        var sections = stream(FlatEdition(old, including: order), FlatEdition(new), anchors: anchors)
        let sectionAt = Dictionary(
            sections.indices.compactMap { s in sections[s].newNumber.map { ($0, s) } },
            uniquingKeysWith: { first, _ in first })
        for (i, j) in pairs.moved {
            guard let s = sectionAt[new[j].number] else { continue }
            sections[s].status = .moved(from: old[i].number)
            sections[s].oldNumber = old[i].number
        }
        return EditionDiff(sections: sections)
    }

    /// The sections that stand for one another: of the same title, one in each edition (in order, then out of
    /// it), then, among the rest, much alike in their words. Those in an order both editions keep are where the two are cut
    /// into parts (`kept`); the others have moved.
    func sectionPairs(_ old: [Section], _ new: [Section]) -> (kept: [(Int, Int)], moved: [(Int, Int)]) {
        var pairs: [(Int, Int)] = []
        var removed: [Int] = []
        var added: [Int] = []
        // Sections of a title that stands more than once ("Procedures" under each part) are paired by
        // their place in the stream of the whole text, not here: by title they could be paired either way.
        var count: [String: Int] = [:]
        for section in old + new { count[section.title, default: 0] += 1 }
        for step in EditScript.align(old.map(\.title), new.map(\.title)) {
            switch step {
            case .same(let i, _) where count[old[i].title]! > 2: break
            case .same(let i, let j): pairs.append((i, j))
            case .removed(let i): removed.append(i)
            case .added(let j): added.append(j)
            }
        }
        // The same title elsewhere: the first removed section of that title goes with the first added.
        var removedByTitle: [String: [Int]] = [:]
        for i in removed.reversed() where count[old[i].title]! == 2 {
            removedByTitle[old[i].title, default: []].append(i)
        }
        var paired: Set<Int> = []
        added = added.filter { j in
            guard let i = removedByTitle[new[j].title]?.popLast() else { return true }
            pairs.append((i, j))
            paired.insert(i)
            return false
        }
        removed.removeAll { paired.contains($0) }
        // Retitled: the most alike in their text first.
        removed.removeAll { count[old[$0].title]! > 2 }
        added.removeAll { count[new[$0].title]! > 2 }
        if removed.count * added.count <= Self.pairingLimit {
            let words = { (section: Section) in section.blocks.flatMap(\.words) }
            // Sections without text are not alike in anything.
            let likeness = removed.filter { !words(old[$0]).isEmpty }.flatMap { i in
                added.filter { !words(new[$0]).isEmpty }.map { j in
                    (i, j, EditScript.similarity(words(old[i]), words(new[j])))
                }
            }
            var taken: Set<Int> = []
            for (i, j, alike) in likeness.sorted(by: { ($0.2, -$0.0, -$0.1) > ($1.2, -$1.0, -$1.1) })
            where alike >= pairingThreshold {
                guard !taken.contains(i), !taken.contains(-1 - j) else { continue }
                taken.formUnion([i, -1 - j])
                pairs.append((i, j))
            }
        }
        // The pairs in an order both keep (the longest such run); the rest moved.
        let sorted = pairs.sorted { $0.1 < $1.1 }
        let kept = EditScript.longestIncreasing(sorted.map { ($0.1, $0.0) }).map { ($0.1, $0.0) }
        let keptOld = Set(kept.map(\.0))
        return (kept, sorted.filter { !keptOld.contains($0.0) })
    }

    // How many of the ascending `values` are below `limit`.
    private static func count(below limit: Int, in values: [Int]) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < limit { low = middle + 1 } else { high = middle }
        }
        return low
    }

    // The changes from one list of sections to another, aligned as one stream between the headings of the
    // sections in `anchors` (places in the whole editions), shown by the newer's sections.
    private func stream(_ oldFlat: FlatEdition, _ newFlat: FlatEdition, anchors: [(Int, Int)])
        -> [SectionChange]
    {
        let headings = anchors.compactMap { i, j in
            oldFlat.heading[i].flatMap { a in newFlat.heading[j].map { (a, $0) } }
        }
        let text = diffBlocks(Array(oldFlat.text), Array(newFlat.text), anchors: headings)
        // The footnotes, aligned apart, with their places in the whole lists.
        let notes = diffBlocks(Array(oldFlat.notes), Array(newFlat.notes)).map { change in
            var change = change
            change.oldIndex = change.oldIndex.map { $0 + oldFlat.notesStart }
            change.newIndex = change.newIndex.map { $0 + newFlat.notesStart }
            change.moveKey = change.moveKey.map { -1 - $0 }
            return change
        }
        let changes = EditedMoves(threshold: pairingThreshold).applied(to: text + notes)
        return SectionCutter(old: oldFlat, new: newFlat).sections(of: changes)
    }

    /// The changes from the blocks `old` to the blocks `new`, in reading order, each with its place in
    /// either list. The blocks at `anchors` stand for one another whatever else moves; between them, blocks
    /// are aligned whole by identity. A block removed in one place and added, the same, in another moved:
    /// it is shown where it left (to be labelled, or dropped, once the sections are known) and where it
    /// arrived, the two with one `moveKey`.
    func diffBlocks(_ old: [DiffBlock], _ new: [DiffBlock], anchors: [(Int, Int)] = [])
        -> [BlockChange]
    {
        let steps = Self.anchoredSteps(old, new, anchors: anchors)
        // A block of so few words may well stand in two parts by chance ("Governors", "See below."): it has
        // moved only within the part between two anchors (a section).
        let cuts = (old: anchors.map(\.0).sorted(), new: anchors.map(\.1).sorted())
        var departure: [Int: Int] = [:]
        var arrival: [Int: Int] = [:]
        var cameFrom: [Int: Int] = [:]
        var gaps = Gap.gaps(of: steps)
        // Which run of changes between two kept blocks each removed and added block is in.
        var gapOf = (removed: [Int: Int](), added: [Int: Int]())
        for (g, gap) in gaps.enumerated() {
            for i in gap.removed { gapOf.removed[i] = g }
            for j in gap.added { gapOf.added[j] = g }
        }
        // The k-th removal of a block leaves for its k-th addition, as far as both go: the same block first,
        // then the same words in another list or at another level, from elsewhere (where they stand, they
        // are that change, see `changes`).
        for key in [\DiffBlock.identity, \DiffBlock.alignmentKey] {
            var removedAt: [String: [Int]] = [:]
            var addedAt: [String: [Int]] = [:]
            var keys: [String] = []
            for step in steps {
                switch step {
                case .removed(let i) where departure[i] == nil:
                    if removedAt[old[i][keyPath: key]] == nil, addedAt[old[i][keyPath: key]] == nil {
                        keys.append(old[i][keyPath: key])
                    }
                    removedAt[old[i][keyPath: key], default: []].append(i)
                case .added(let j) where arrival[j] == nil:
                    if removedAt[new[j][keyPath: key]] == nil, addedAt[new[j][keyPath: key]] == nil {
                        keys.append(new[j][keyPath: key])
                    }
                    addedAt[new[j][keyPath: key], default: []].append(j)
                default: break
                }
            }
            for value in keys {
                var leaving = removedAt[value] ?? []
                for j in addedAt[value] ?? [] {
                    guard
                        let k = leaving.firstIndex(where: { i in
                            (key == \DiffBlock.identity || gapOf.removed[i] != gapOf.added[j])
                                && (old[i].words.count >= SectionCutter.fewestWordsAcrossSections
                                    || Self.count(below: i, in: cuts.old) == Self.count(below: j, in: cuts.new))
                        })
                    else { continue }
                    let i = leaving.remove(at: k)
                    departure[i] = departure.count
                    arrival[j] = departure[i]
                    cameFrom[j] = i
                }
            }
        }
        // Then paragraphs moved and edited, from one stretch of changes to another: runs of changes with
        // only short lines between them (a page's furniture, see `isShortLine`) are one stretch.
        var stretch = [Int](repeating: 0, count: gaps.count)
        for g in gaps.indices.dropFirst() {
            let line = gaps[g - 1].kept.map { Self.isShortLine(old[$0.0]) } ?? true
            stretch[g] = stretch[g - 1] + (line ? 0 : 1)
        }
        let stretchOf = (removed: gapOf.removed.mapValues { stretch[$0] }, added: gapOf.added.mapValues { stretch[$0] })
        let unpaired = (
            removed: gaps.flatMap(\.removed).filter { departure[$0] == nil && old[$0].kind == .paragraph },
            added: gaps.flatMap(\.added).filter { arrival[$0] == nil && new[$0].kind == .paragraph }
        )
        for (i, j) in EditedMoves(threshold: pairingThreshold).acrossRuns(
            removed: unpaired.removed, added: unpaired.added, old: old, new: new, runOf: stretchOf)
        {
            departure[i] = departure.count
            arrival[j] = departure[i]
            cameFrom[j] = i
        }
        // The same words in another kind of block (a list's kind, a subheading's level) stand where they
        // were: each such pair is a hunk of its own, its start marked as the stream marks one.
        func changes(removed: [Int], added: [Int]) -> [BlockChange] {
            var result: [BlockChange] = []
            var low = (removed: 0, added: 0)
            let stays = { (block: DiffBlock, moving: Bool) in moving ? "\u{3}" : block.alignmentKey }
            let steps =
                removed.isEmpty || added.isEmpty
                ? []
                : EditScript.align(
                    removed.map { stays(old[$0], departure[$0] != nil) },
                    added.map { stays(new[$0], arrival[$0] != nil) })
            for case .same(let a, let b) in steps
            where departure[removed[a]] == nil && arrival[added[b]] == nil && old[removed[a]].isProse
                && old[removed[a]].identity != new[added[b]].identity
            {
                for part in [(low.removed..<a, low.added..<b), (a..<a + 1, b..<b + 1)] {
                    result += hunk(
                        removed: Array(removed[part.0]), added: Array(added[part.1]), old: old, new: new,
                        departure: departure, arrival: arrival, cameFrom: cameFrom)
                }
                low = (a + 1, b + 1)
            }
            return result
                + hunk(
                    removed: Array(removed[low.removed...]), added: Array(added[low.added...]), old: old, new: new,
                    departure: departure, arrival: arrival, cameFrom: cameFrom)
        }
        let kept = { (i: Int, j: Int) -> BlockChange in
            var change =
                old[i].identity == new[j].identity
                ? BlockChange.whole(.same, new[j], .same) : Self.heading(from: old[i], to: new[j])
            change.oldIndex = i
            change.newIndex = j
            return change
        }
        // The words changes mark, as they are finally shown: blocks removed and added whole that are much
        // alike shown as moved (see `EditedMoves`).
        let moves = EditedMoves(threshold: pairingThreshold)
        let marked = { (changes: [BlockChange]) in
            moves.applied(to: changes).reduce(0) { $0 + $1.wordCounts.added + $1.wordCounts.removed }
        }
        var result: [BlockChange] = []
        var pending = Gap()
        // The changes of `pending`, once worked out and while it stays as it is.
        var pendingChanges: [BlockChange]?
        var g = 0
        while g < gaps.count {
            if !gaps[g].isEmpty { pendingChanges = nil }
            pending.removed += gaps[g].removed
            pending.added += gaps[g].added
            guard let (i, j) = gaps[g].kept else { break }
            // Short lines kept between changes (a page's number and running header, as text taken from a PDF
            // has them) are compared with the changes' words as one stream when that marks fewer words: a
            // passage the page now breaks elsewhere keeps its words, and the lines are marked where they moved.
            // Lines changed among them (the page's number) are lines too.
            var end = g
            while end < gaps.count, let line = gaps[end].kept, Self.isShortLine(old[line.0]),
                end == g || gaps[end].isEmpty || gaps[end].isShortLines(old, new)
            {
                end += 1
            }
            if !pending.isEmpty, end > g, end < gaps.count, !gaps[end].isEmpty {
                var merged = pending
                for k in g...end {
                    if k > g {
                        merged.removed += gaps[k].removed
                        merged.added += gaps[k].added
                    }
                    if k < end, let line = gaps[k].kept {
                        merged.removed.append(line.0)
                        merged.added.append(line.1)
                    }
                }
                let before = pendingChanges ?? changes(removed: pending.removed, added: pending.added)
                pendingChanges = before
                let apart = marked(
                    before + gaps[(g + 1)...end].flatMap { changes(removed: $0.removed, added: $0.added) })
                let together = changes(removed: merged.removed, added: merged.added)
                if marked(together) < apart {
                    pending.removed = merged.removed
                    pending.added = merged.added
                    pendingChanges = together
                    // The changes after the lines are in; what stands after them is seen to next.
                    for k in (g + 1)...end {
                        gaps[k].removed = []
                        gaps[k].added = []
                    }
                    g = end
                    continue
                }
            }
            result += (pendingChanges ?? changes(removed: pending.removed, added: pending.added)) + [kept(i, j)]
            pending = Gap()
            pendingChanges = nil
            g += 1
        }
        return result + (pendingChanges ?? changes(removed: pending.removed, added: pending.added))
    }

    /// The most words a line has that may be only a page's number or running header, or a bullet glyph on
    /// a line of its own, as text taken from a PDF has them.
    static let shortLine = 6

    static func isShortLine(_ block: DiffBlock) -> Bool {
        block.isProse && block.words.count <= shortLine
    }

    /// The blocks removed and added before a kept one (or before the end, `kept` nil).
    struct Gap {
        var removed: [Int] = []
        var added: [Int] = []
        var kept: (Int, Int)?

        var isEmpty: Bool { removed.isEmpty && added.isEmpty }

        /// Whether every block removed and added is a short line (see `isShortLine`).
        func isShortLines(_ old: [DiffBlock], _ new: [DiffBlock]) -> Bool {
            removed.allSatisfy { isShortLine(old[$0]) } && added.allSatisfy { isShortLine(new[$0]) }
        }

        static func gaps(of steps: [EditStep]) -> [Gap] {
            var gaps = [Gap()]
            for step in steps {
                switch step {
                case .removed(let i): gaps[gaps.count - 1].removed.append(i)
                case .added(let j): gaps[gaps.count - 1].added.append(j)
                case .same(let i, let j):
                    gaps[gaps.count - 1].kept = (i, j)
                    gaps.append(Gap())
                }
            }
            return gaps
        }
    }

    // The blocks aligned by identity between the anchors, which are kept as they stand.
    static func anchoredSteps(_ old: [DiffBlock], _ new: [DiffBlock], anchors: [(Int, Int)])
        -> [EditStep]
    {
        var steps: [EditStep] = []
        var lowOld = 0
        var lowNew = 0
        for (i, j) in anchors.sorted(by: { $0.0 < $1.0 }) + [(old.count, new.count)] {
            guard i >= lowOld, j >= lowNew else { continue }
            let gap = EditScript.align(old[lowOld..<i].map(\.identity), new[lowNew..<j].map(\.identity))
            steps += gap.map { step in
                switch step {
                case .same(let a, let b): return .same(old: a + lowOld, new: b + lowNew)
                case .removed(let a): return .removed(old: a + lowOld)
                case .added(let b): return .added(new: b + lowNew)
                }
            }
            if i < old.count { steps.append(.same(old: i, new: j)) }
            lowOld = i + 1
            lowNew = j + 1
        }
        return steps
    }

    /// A section's heading that stands for another: its words compared, and its level marked where it changed.
    static func heading(from old: DiffBlock, to new: DiffBlock) -> BlockChange {
        var change = BlockChange.changed(from: old, to: new)
        change.words.insert(contentsOf: startMarks(from: old, to: new), at: 0)
        if !change.words.contains(where: { $0.change != .same }) { change.status = .same }
        return change
    }

    /// A block's start (its level, list marker or paragraph mark) struck and added, where it changed.
    static func startMarks(from old: DiffBlock, to new: DiffBlock) -> [WordRun] {
        let before = ProseHunk.startLabel(of: old), after = ProseHunk.startLabel(of: new)
        guard before != after else { return [] }
        return [
            WordRun(change: .removed, words: [Substring(before)], isMarker: true),
            WordRun(change: .added, words: [Substring(after)], isMarker: true),
        ]
    }

    // The blocks removed and added between two kept blocks. Blocks arriving from elsewhere stand where they
    // are; paragraphs and headings are compared as one stream, those leaving for elsewhere in it as blocks
    // compared with nothing; other blocks are paired by likeness. The parts are put back in reading order.
    private func hunk(
        removed: [Int], added: [Int], old: [DiffBlock], new: [DiffBlock], departure: [Int: Int],
        arrival: [Int: Int], cameFrom: [Int: Int]
    ) -> [BlockChange] {
        let isProse = { (block: DiffBlock) in ProseHunk.applies(to: [block]) }
        let leaving = { (i: Int) in
            var change = BlockChange.whole(.moved, old[i], .removed)
            change.move = .toSection(number: 0, title: "")
            change.oldIndex = i
            change.moveKey = departure[i]
            return change
        }
        var parts: [[BlockChange]] = [
            removed.filter { departure[$0] != nil && !isProse(old[$0]) }.map(leaving),
            added.filter { arrival[$0] != nil }.map { j in
                var change = BlockChange.whole(.moved, new[j], .same)
                // The same words in another list, or at another level: that start marked; words changed on
                // the way, marked.
                if let i = cameFrom[j] {
                    if old[i].alignmentKey != new[j].alignmentKey {
                        change.words = EditedMoves.words(from: old[i], to: new[j])
                    }
                    change.words.insert(contentsOf: Self.startMarks(from: old[i], to: new[j]), at: 0)
                }
                change.move = .fromSectionStart
                change.newIndex = j
                change.moveKey = arrival[j]
                return change
            },
        ]
        let proseRemoved = removed.filter { isProse(old[$0]) }
        let proseAdded = added.filter { arrival[$0] == nil && isProse(new[$0]) }
        // A section gone whole, or come whole, that shares no run of words with the text around it is shown
        // whole, not word by word against that text (an "and" or a "the" in common).
        let gone = Self.wholeSections(
            in: old, within: Set(removed), apartFrom: proseAdded.map { new[$0] })
        let come = Self.wholeSections(
            in: new, within: Set(added), apartFrom: proseRemoved.map { old[$0] }
        ).intersection(proseAdded)
        parts += prose(
            removed: proseRemoved, added: proseAdded, old: old, new: new, gone: gone, come: come,
            departure: departure, leaving: leaving)
        let otherRemoved = removed.filter { departure[$0] == nil && !isProse(old[$0]) }
        let otherAdded = added.filter { arrival[$0] == nil && !isProse(new[$0]) }
        if !otherRemoved.isEmpty || !otherAdded.isEmpty {
            parts.append(paired(removed: otherRemoved, added: otherAdded, old: old, new: new))
        }
        parts.removeAll { $0.isEmpty }
        return parts.count == 1 ? parts[0] : Self.merged(parts)
    }

    // The paragraphs and headings of a hunk compared word by word as one stream, but for the sections gone
    // and come whole: one come, and one gone after the rest of what was removed, apart; one gone before
    // some of it, where it stood.
    private func prose(
        removed: [Int], added: [Int], old: [DiffBlock], new: [DiffBlock], gone: Set<Int>, come: Set<Int>,
        departure: [Int: Int], leaving: (Int) -> BlockChange
    ) -> [[BlockChange]] {
        let lastKept = removed.last { !gone.contains($0) && departure[$0] == nil } ?? -1
        let last = removed.filter { $0 > lastKept }
        let removed = removed.filter { $0 <= lastKept }
        let added = added.filter { !come.contains($0) }
        let whole = { (i: Int) in departure[i] != nil ? leaving(i) : Self.whole(.removed, old[i], at: i) }
        // Each apart: what was removed last goes after every block that holds earlier words of the older
        // edition, whatever was added whole before those.
        var parts = [last.map(whole), come.sorted().map { j in Self.whole(.added, new[j], at: j) }]
        guard !removed.isEmpty || !added.isEmpty else { return parts }
        var hunk = ProseHunk(removed: removed.map { old[$0] }, added: added.map { new[$0] })
        hunk.apart = Set(
            removed.indices.filter { gone.contains(removed[$0]) || departure[removed[$0]] != nil })
        parts.append(
            hunk.changes().map { change in
                var change = change
                change.oldIndex = change.oldIndex.map { removed[$0] }
                change.newIndex = change.newIndex.map { added[$0] }
                return change.status == .removed && departure[change.oldIndex!] != nil
                    ? leaving(change.oldIndex!) : change
            })
        return parts
    }

    // A block removed or added whole, with its place.
    private static func whole(_ status: BlockChange.Status, _ block: DiffBlock, at index: Int)
        -> BlockChange
    {
        var change = BlockChange.whole(status, block, status == .added ? .added : .removed)
        if status == .added { change.newIndex = index } else { change.oldIndex = index }
        return change
    }

    /// The places of the blocks of each section of `blocks` that stands whole within `places` (its heading
    /// and every block up to the next heading), shares no run of three words with `others`, and has fewer
    /// than half its words among theirs.
    static func wholeSections(
        in blocks: [DiffBlock], within places: Set<Int>, apartFrom others: [DiffBlock]
    ) -> Set<Int> {
        var result: Set<Int> = []
        var runs: Set<String> = []
        var words: [String: Int] = [:]
        var read = false
        for start in places.sorted() where blocks[start].isSectionHeading {
            let end = blocks[(start + 1)...].firstIndex { $0.isSectionHeading } ?? blocks.endIndex
            guard (start..<end).allSatisfy(places.contains) else { continue }
            if !read {
                runs = Set(others.flatMap { EditedMoves.runs(of: $0.words) })
                for block in others { for word in block.words { words[word.lowercased(), default: 0] += 1 } }
                read = true
            }
            let section = blocks[start..<end]
            guard !section.contains(where: { !runs.isDisjoint(with: EditedMoves.runs(of: $0.words)) }) else {
                continue
            }
            var used: [String: Int] = [:]
            var shared = 0
            var count = 0
            // Its text's words: a heading's words were written for it (or, for a preamble, not at all).
            for word in section.dropFirst().lazy.flatMap(\.words) {
                let key = word.lowercased()
                count += 1
                if used[key, default: 0] < words[key, default: 0] {
                    used[key, default: 0] += 1
                    shared += 1
                }
            }
            guard count == 0 || shared * 2 < count else { continue }
            result.formUnion(start..<end)
        }
        return result
    }

    /// Lists of changes, each in reading order, as one: blocks of the newer edition by their place in it, and
    /// each removed block before the block that follows it in its own list, removed blocks in their order.
    static func merged(_ parts: [[BlockChange]]) -> [BlockChange] {
        var keyed: [(key: [Int], change: BlockChange)] = []
        for (part, changes) in parts.enumerated() {
            var next = Int.max
            var keys: [[Int]] = []
            for (position, change) in changes.enumerated().reversed() {
                let isNew = change.newIndex != nil && change.isInNewEdition
                if isNew { next = change.newIndex! }
                keys.append([next, isNew ? 1 : 0, isNew ? 0 : change.oldIndex ?? Int.max, part, position])
            }
            keyed += zip(changes, keys.reversed()).map { ($1, $0) }
        }
        return keyed.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.change)
    }

    // Table rows, code and rules: each added block paired with the removed one of its kind and place it is
    // most like, when alike enough; the rest removed or added whole.
    private func paired(removed: [Int], added: [Int], old: [DiffBlock], new: [DiffBlock])
        -> [BlockChange]
    {
        // Pairing by likeness tries every removed block against every added one: past this many pairs it
        // would take longer than the text is worth, and the blocks are shown removed and added whole.
        let pairs = removed.count * added.count <= Self.pairingLimit
        var unpaired = removed
        var result: [BlockChange] = []
        func removedBlock(_ i: Int) -> BlockChange {
            var change = BlockChange.whole(.removed, old[i], .removed)
            change.oldIndex = i
            return change
        }
        for j in added {
            let block = new[j]
            let candidates = unpaired.enumerated().filter {
                pairs && old[$0.element].kind == block.kind && old[$0.element].context == block.context
            }
            let best = candidates.map { ($0.offset, similarity(old[$0.element], block)) }.max {
                $0.1 < $1.1
            }
            var change: BlockChange
            if let best, best.1 >= pairingThreshold {
                let i = unpaired.remove(at: best.0)
                // Removed blocks that stood before this one are shown before it.
                result += unpaired.prefix(best.0).map(removedBlock)
                unpaired.removeFirst(best.0)
                change = .changed(from: old[i], to: block)
            } else {
                change = .whole(.added, block, .added)
            }
            change.newIndex = j
            result.append(change)
        }
        // The removed blocks left stood after the last one paired: they go after it, before what was added
        // after it (removals come before additions at each point).
        let after = result.lastIndex { $0.status == .changed }.map { $0 + 1 } ?? 0
        result.insert(contentsOf: unpaired.map(removedBlock), at: after)
        return result
    }

    static let pairingLimit = 400

    // Rows are compared by the columns both have, other blocks by all their words.
    private func similarity(_ old: DiffBlock, _ new: DiffBlock) -> Double {
        new.isTableRow ? TableColumns.similarity(old, new) : EditScript.similarity(old.words, new.words)
    }
}
