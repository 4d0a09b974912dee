import Foundation

/// The paragraphs and headings removed and added between two kept blocks, compared as one stream of words
/// rather than paragraph against paragraph, as wdiff compares them: a paragraph merged, split or broken at
/// another place (as text from a PDF or Word often is) keeps its unchanged words, and only what changed is
/// marked. Each block's start is a token of the stream too, so a paragraph break added or taken away, or a
/// list item that became a plain paragraph, is marked where it happened.
struct ProseHunk {
    let removed: [DiffBlock]
    let added: [DiffBlock]
    /// The removed blocks (by their places) compared with nothing: shown removed whole where they stood, no
    /// word of theirs lined up by chance with another block's.
    var apart: Set<Int> = []

    /// Whether these blocks can be compared as a stream: paragraphs and headings only.
    static func applies(to blocks: [DiffBlock]) -> Bool {
        blocks.allSatisfy { if case .heading = $0.kind { return true } else { return $0.kind == .paragraph } }
    }

    private struct Stream {
        var keys: [String] = []
        var words: [Substring] = []
        var owner: [Int] = []
        var isStart: [Bool] = []

        init(_ blocks: [DiffBlock], apart: Set<Int> = []) {
            for (index, block) in blocks.enumerated() {
                // A block compared with nothing has keys no other block has.
                let alone = apart.contains(index) ? "\u{3}\(index)|" : ""
                keys.append("\u{1}\(alone)\(block.kind)|\(block.context)")
                words.append(Substring(ProseHunk.startLabel(of: block)))
                owner.append(index)
                isStart.append(true)
                for (word, key) in zip(block.words, block.styledWords) {
                    keys.append(alone + Punctuation.key(key))
                    words.append(word)
                    owner.append(index)
                    isStart.append(false)
                }
            }
        }
    }

    /// The weight of a key in the stream's alignment: a word outweighs every block start the two sides could
    /// keep together (`starts`), so that no word is marked to keep a paragraph break.
    static func weight(starts: Int) -> (String) -> Int32 {
        let word = Int32(clamping: starts + 1)
        return { key in key.hasPrefix("\u{1}") ? 1 : word }
    }

    /// How a block's start shows when it alone changed: its list marker, its heading level, or ¶.
    static func startLabel(of block: DiffBlock) -> String {
        if case .heading(let level) = block.kind { return String(repeating: "#", count: level) }
        return block.marker.isEmpty ? "¶" : block.marker + DiffBlockFlattener.qualifiers(of: block.context)
    }

    /// The changes, in reading order: each added block with its words marked, and each removed block that
    /// kept no word where it stood, whole; each with its place among the added (or removed) blocks as its
    /// `newIndex` (or `oldIndex`).
    func changes() -> [BlockChange] {
        let old = Stream(removed, apart: apart), new = Stream(added)
        var notes: [Int: String] = [:]
        let steps = Self.withoutStrayWords(
            Self.restyled(
                EditScript.align(old.keys, new.keys, weight: Self.weight(starts: min(removed.count, added.count))),
                old: old, new: new, notes: &notes), old: old, new: new)
        var kept = [Bool](repeating: false, count: removed.count)
        for case .same(let i, _) in steps { kept[old.owner[i]] = true }
        // A block removed whole is shown whole after the new block it stood in, unless words kept in that
        // block follow it: then its words are marked where they stood, so the old text still reads in order.
        var keptWordsFollow = [Bool](repeating: false, count: steps.count)
        var follows = false
        for index in steps.indices.reversed() {
            switch steps[index] {
            case .same(_, let j): follows = !new.isStart[j]
            case .added(let j): if new.isStart[j] { follows = false }
            case .removed: break
            }
            keptWordsFollow[index] = follows
        }
        for (index, step) in steps.enumerated() {
            if case .removed(let i) = step, old.isStart[i], keptWordsFollow[index] {
                kept[old.owner[i]] = true
            }
        }
        var runs = [[WordRun]](repeating: [], count: added.count)
        var startChanged = [Bool](repeating: false, count: added.count)
        var order: [(isNew: Bool, index: Int)] = []
        var current = 0
        // Where an old block started, and the words of it removed before any of its words is kept: they are
        // shown with what follows (the block its kept words are in), not with the block before. Once an old
        // block removed whole is shown after the current block, no later old word joins that block.
        var pending: [(word: Substring, isStart: Bool)] = []
        var removedWholeSince = false
        func flush(into index: Int) {
            for entry in pending { Self.append(.removed, entry.word, marker: entry.isStart, to: &runs[index]) }
            pending = []
        }
        for step in steps {
            switch step {
            case .same(let i, let j) where !new.isStart[j] && old.words[i] != new.words[j]:
                // The same word but for its quotes or apostrophe: kept, with what it was.
                flush(into: current)
                Self.append(.same, new.words[j], to: &runs[current])
                runs[current].append(
                    WordRun(change: .added, words: ["(was \(old.words[i]))"], isMarker: true, isPunctuation: true))
            case .same(_, let j), .added(let j):
                let isAdded: Bool = { if case .added = step { return true } else { return false } }()
                if new.isStart[j] {
                    current = new.owner[j]
                    order.append((true, current))
                    removedWholeSince = false
                    flush(into: current)
                    if isAdded { startChanged[current] = true }
                    if isAdded { Self.append(.added, new.words[j], marker: true, to: &runs[current]) }
                } else {
                    if !removedWholeSince { flush(into: current) }
                    Self.append(isAdded ? .added : .same, new.words[j], to: &runs[current])
                    if let note = notes[j] { Self.append(.added, Substring(note), marker: true, to: &runs[current]) }
                }
            case .removed(let i):
                let block = old.owner[i]
                if !kept[block] {
                    if old.isStart[i] { order.append((false, block)) }
                    removedWholeSince = true
                    continue
                }
                // A kept block's removed words are shown in the new block they stand in (see `pending`).
                if old.isStart[i] || !pending.isEmpty || removedWholeSince {
                    pending.append((old.words[i], old.isStart[i]))
                    continue
                }
                Self.append(.removed, old.words[i], to: &runs[added.isEmpty ? 0 : min(current, added.count - 1)])
            }
        }
        if !added.isEmpty { flush(into: current) }
        // The list depths each removed text stood at, gathered once for the whole hunk.
        var removedDepths: [String: Set<Int>] = [:]
        for block in removed { removedDepths[block.text, default: []].insert(Self.listDepth(block)) }
        return order.map { entry in
            guard entry.isNew else {
                var change = BlockChange.whole(.removed, removed[entry.index], .removed)
                change.oldIndex = entry.index
                return change
            }
            var change = self.change(
                of: entry.index, runs[entry.index], startChanged: startChanged[entry.index],
                removedDepths: removedDepths)
            change.newIndex = entry.index
            return change
        }
    }

    // An added block's change, from its runs: added whole, re-indented, changed or the same.
    private func change(of index: Int, _ blockRuns: [WordRun], startChanged: Bool, removedDepths: [String: Set<Int>])
        -> BlockChange
    {
        if blockRuns.allSatisfy({ $0.change == .added }) { return .whole(.added, added[index], .added) }
        let changed = startChanged || blockRuns.contains { $0.change != .same }
        if changed, let reindented = reindented(added[index], blockRuns, removedDepths: removedDepths) {
            return reindented
        }
        return BlockChange(status: changed ? .changed : .same, block: added[index], words: blockRuns)
    }

    // A list item whose words stayed but whose nesting changed has moved: re-indented, its marker marked.
    private func reindented(_ block: DiffBlock, _ runs: [WordRun], removedDepths: [String: Set<Int>]) -> BlockChange? {
        guard runs.allSatisfy({ $0.change == .same || ($0.isMarker && !$0.isPunctuation) }),
            removedDepths[block.text, default: []].contains(where: { $0 != Self.listDepth(block) })
        else { return nil }
        return BlockChange(status: .moved, block: block, words: runs, move: .reindented)
    }

    private static func listDepth(_ block: DiffBlock) -> Int {
        block.context.components(separatedBy: "/list").count - 1
    }

    // An old block that keeps less than a third of its words, all of them in new blocks made mostly of
    // another old block's words, kept them by chance: an "in" or a "the" lined up with a rewritten
    // neighbour. Its words are shown removed where it stood, and theirs added, rather than the old block's
    // words scattered through another block. (A paragraph rewritten where it stands keeps its few words.)
    private static func withoutStrayWords(_ steps: [EditStep], old: Stream, new: Stream) -> [EditStep] {
        let oldCount = old.owner.last.map { $0 + 1 } ?? 0, newCount = new.owner.last.map { $0 + 1 } ?? 0
        var kept = [Int](repeating: 0, count: oldCount), words = kept
        var shared = [[Int: Int]](repeating: [:], count: newCount)  // new block → old block → words kept
        for index in old.owner.indices where !old.isStart[index] { words[old.owner[index]] += 1 }
        for case .same(let i, let j) in steps where !old.isStart[i] {
            kept[old.owner[i]] += 1
            shared[new.owner[j]][old.owner[i], default: 0] += 1
        }
        let mainSource = shared.map { counts in counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key }
        var ownsAHome = [Bool](repeating: false, count: oldCount)
        for case .same(let i, let j) in steps where !old.isStart[i] && mainSource[new.owner[j]] == old.owner[i] {
            ownsAHome[old.owner[i]] = true
        }
        let stray = { (i: Int) in
            !old.isStart[i] && !ownsAHome[old.owner[i]] && kept[old.owner[i]] * 3 < words[old.owner[i]]
        }
        guard steps.contains(where: { if case .same(let i, _) = $0 { return stray(i) } else { return false } }) else {
            return steps
        }
        // Each run of changes keeps removals before additions.
        var result: [EditStep] = [], removed: [EditStep] = [], added: [EditStep] = []
        for step in steps {
            switch step {
            case .same(let i, let j) where stray(i):
                removed.append(.removed(old: i))
                added.append(.added(new: j))
            case .removed: removed.append(step)
            case .added: added.append(step)
            case .same:
                result += removed + added + [step]
                removed = []
                added = []
            }
        }
        return result + removed + added
    }

    // Words removed and added again with only their formatting changed are the same words, with a note of
    // what happened to their formatting after the last of them ("(no longer bold)").
    private static func restyled(_ steps: [EditStep], old: Stream, new: Stream, notes: inout [Int: String])
        -> [EditStep]
    {
        var result: [EditStep] = []
        var index = 0
        while index < steps.count {
            var removed: [Int] = [], added: [Int] = []
            var end = index
            while end < steps.count, case .removed(let i) = steps[end], !old.isStart[i] { removed.append(i); end += 1 }
            while end < steps.count, case .added(let j) = steps[end], !new.isStart[j] { added.append(j); end += 1 }
            guard !removed.isEmpty, removed.count == added.count,
                zip(removed, added).allSatisfy({ old.words[$0] == new.words[$1] })
            else {
                result.append(steps[index])
                index += 1
                continue
            }
            result += zip(removed, added).map { EditStep.same(old: $0, new: $1) }
            notes[added.last!] = StyleNote.describe(from: old.keys[removed[0]], to: new.keys[added[0]])
            index = end
        }
        return result
    }

    private static func append(
        _ change: WordRun.Change, _ word: Substring, marker: Bool = false, to runs: inout [WordRun]
    ) {
        if let last = runs.last, last.change == change, last.isMarker == marker {
            runs[runs.count - 1].words.append(word)
        } else {
            runs.append(WordRun(change: change, words: [word], isMarker: marker))
        }
    }
}

/// Says how a word's formatting changed: "(no longer bold)", "(now italic)", "(now a link, no longer code)".
enum StyleNote {
    /// The note for a word compared as `old` and `new` (its text, then `\u{2}` and its styles).
    static func describe(from old: String, to new: String) -> String {
        let before = styles(old), after = styles(new)
        let gained = after.subtracting(before).sorted().map { "now " + name($0) }
        let lost = before.subtracting(after).sorted().map { "no longer " + name($0) }
        return "(" + (gained + lost).joined(separator: ", ") + ")"
    }

    private static func styles(_ key: String) -> Set<String> {
        guard let mark = key.firstIndex(of: "\u{2}") else { return [] }
        return Set(key[key.index(after: mark)...].split(separator: ",").map(String.init))
    }

    private static func name(_ style: String) -> String {
        switch style {
        case "link": return "a link"
        case "image": return "an image"
        case "line break": return "followed by a line break"
        default: return style
        }
    }
}

/// Typographic and straight quotes and apostrophes read the same to a governor: words that differ only in
/// them are compared as the same word, and the change is shown once as punctuation.
enum Punctuation {
    /// The word (or word and formatting) with every quote made straight.
    static func key(_ word: String) -> String {
        guard !word.utf8.allSatisfy({ $0 < 0x80 }), word.unicodeScalars.contains(where: { curly.keys.contains($0) })
        else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.map { curly[$0] ?? $0 }))
    }

    private static let curly: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{2032}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{2033}": "\"",
    ]
}
