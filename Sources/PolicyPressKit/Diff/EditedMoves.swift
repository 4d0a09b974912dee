/// A paragraph moved and changed: removed whole in one place and added whole in another, much alike. Shown
/// as a move, it marks only what changed in it, at its new place ("moved from section 2", then
/// `[-report to-] {+tell+}`); shown as it aligned, all its words twice. It is shown as a move only when that
/// marks fewer words, and only between blocks alike enough that the likeness is no chance.
struct EditedMoves {
    /// How alike the two blocks must be, as a share of their words.
    var threshold: Double

    /// The fewest words a block needs for its likeness to another to tell a move.
    static let fewestWords = 4
    /// A run of three words that stands in more blocks than this says nothing of where a block came from.
    static let commonest = 8

    /// `changes` (a differ's, in reading order) with each such pair made a move: the removed block the place
    /// it left, the added one the place it arrived, with its words marked against the old.
    func applied(to changes: [BlockChange]) -> [BlockChange] {
        let removed = changes.indices.filter { Self.isCandidate(changes[$0], .removed) }
        let added = changes.indices.filter { Self.isCandidate(changes[$0], .added) }
        guard !removed.isEmpty, !added.isEmpty else { return changes }
        // Each added block, by the runs of three words it holds: only blocks that share one are compared.
        let holding = Self.holding(added) { changes[$0].block }
        var result = changes
        var taken: Set<Int> = []
        var key = (changes.compactMap(\.moveKey).max() ?? -1) + 1
        for index in removed {
            let old = changes[index].block
            let best = Self.sharing(old, among: holding) { changes[$0].block }.filter { !taken.contains($0) }.map {
                ($0, Self.likeness(old, changes[$0].block))
            }
            .max { $0.1 < $1.1 }
            guard let (target, likeness) = best, likeness >= threshold else { continue }
            let new = changes[target].block
            let words = Self.words(from: old, to: new)
            let counts = WordRun.counts(words)
            // Shown as a move, only the changed words are marked; as it aligned, every word of both.
            guard counts.added + counts.removed < old.words.count + new.words.count else { continue }
            taken.insert(target)
            result[index].status = .moved
            result[index].move = .toSection(number: 0, title: "")
            result[index].moveKey = key
            var arrival = BlockChange(status: .moved, block: new, words: words, move: .fromSectionStart)
            arrival.newIndex = changes[target].newIndex
            arrival.moveKey = key
            result[target] = arrival
            key += 1
        }
        return result
    }

    /// Paragraphs removed in one run of changes and added in another, much alike, each more alike the other
    /// than any block of its own run: moved and edited. Paired before the runs are compared word by word, so
    /// that such a paragraph's words are not lined up by chance with a neighbour where it stood (`removed`
    /// and `added` are the candidates' places, `runOf` their runs').
    func acrossRuns(
        removed: [Int], added: [Int], old: [DiffBlock], new: [DiffBlock],
        runOf: (removed: [Int: Int], added: [Int: Int])
    ) -> [(Int, Int)] {
        let removed = removed.filter { old[$0].words.count >= Self.fewestWords }
        let added = added.filter { new[$0].words.count >= Self.fewestWords }
        guard !removed.isEmpty, !added.isEmpty else { return [] }
        let addedHolding = Self.holding(added) { new[$0] }
        // The removed blocks by their runs, needed only once a pair is likely.
        lazy var removedHolding = Self.holding(removed) { old[$0] }
        // How alike two blocks are; their words in common, order aside, bound it from above at little cost.
        let likeness = Self.likeness
        let bound = { (a: DiffBlock, b: DiffBlock) in EditScript.sharedShare(a.styledWords, b.styledWords) }
        var pairs: [(Int, Int)] = []
        var taken: Set<Int> = []
        for i in removed {
            // Likeness is worked out only where a block elsewhere shares a run with this one, and could be alike.
            let candidates = Self.sharing(old[i], among: addedHolding) { new[$0] }
            let elsewhere = candidates.filter {
                runOf.added[$0] != runOf.removed[i] && !taken.contains($0) && bound(old[i], new[$0]) >= threshold
            }
            guard !elsewhere.isEmpty,
                let (j, best) = elsewhere.map({ ($0, likeness(old[i], new[$0])) }).max(by: { $0.1 < $1.1 }),
                best >= threshold,
                candidates.allSatisfy({
                    runOf.added[$0] != runOf.removed[i] || bound(old[i], new[$0]) < best
                        || likeness(old[i], new[$0]) < best
                }),
                Self.sharing(new[j], among: removedHolding, { old[$0] }).allSatisfy({
                    runOf.removed[$0] != runOf.added[j] || bound(old[$0], new[j]) < best
                        || likeness(old[$0], new[j]) < best
                })
            else { continue }
            taken.insert(j)
            pairs.append((i, j))
        }
        return pairs
    }

    /// A moved block's words, marked against the block it came from.
    static func words(from old: DiffBlock, to new: DiffBlock) -> [WordRun] {
        WordRun.runs(from: old.words, to: new.words, comparing: old.styledWords, new.styledWords)
    }

    private static func likeness(_ a: DiffBlock, _ b: DiffBlock) -> Double {
        EditScript.similarity(a.styledWords, b.styledWords)
    }

    // The blocks at `places` by the runs of three words each holds.
    private static func holding(_ places: [Int], _ block: (Int) -> DiffBlock) -> [String: [Int]] {
        var holding: [String: [Int]] = [:]
        for place in places {
            for run in Set(runs(of: block(place))) { holding[run, default: []].append(place) }
        }
        return holding
    }

    // The places in `holding` of the blocks of `block`'s kind that share a run of three words with it, in
    // order; a run that stands in more than `commonest` blocks says nothing.
    private static func sharing(_ block: DiffBlock, among holding: [String: [Int]], _ blockAt: (Int) -> DiffBlock)
        -> [Int]
    {
        var candidates: Set<Int> = []
        for run in Set(runs(of: block)) {
            guard let places = holding[run], places.count <= commonest else { continue }
            candidates.formUnion(places.filter { blockAt($0).kind == block.kind })
        }
        return candidates.sorted()
    }

    // A paragraph, heading or list item of a section's text, removed or added whole, of enough words.
    private static func isCandidate(_ change: BlockChange, _ status: BlockChange.Status) -> Bool {
        change.status == status && change.move == nil && !change.block.isSectionHeading
            && !change.block.isTableRow
            && change.block.kind != .code && change.block.words.count >= fewestWords
    }

    /// The runs of three words of a block, small letters.
    static func runs(of block: DiffBlock) -> [String] { runs(of: block.words) }

    /// The runs of three words of `words`, small letters (fewer words make one run).
    static func runs(of words: [Substring]) -> [String] {
        let words = words.map { $0.lowercased() }
        guard words.count >= 3 else { return [words.joined(separator: " ")] }
        return (0...(words.count - 3)).map { words[$0..<($0 + 3)].joined(separator: " ") }
    }
}
