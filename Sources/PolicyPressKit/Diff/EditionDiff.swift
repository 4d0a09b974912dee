/// What changed between two editions of a policy, section by section and block by block.
public struct EditionDiff: Sendable {
    /// The sections of both editions in reading order: the new edition's, with removed sections where they stood.
    public var sections: [SectionChange]
    /// The policy's title, word by word, when it changed; empty when it did not.
    public var title: [WordRun] = []
    /// Where the title's change came from, when the changes were traced.
    public var titleOrigin: ChangeOrigin?
    /// Whether the changes were put down to their sources (see `ChangeTracer`); nil when the diff is not
    /// from an approval to the draft.
    public var tracing: ChangeTracing?

    /// Whether the two editions are the same text.
    public var isEmpty: Bool { title.isEmpty && sections.allSatisfy { $0.status == .unchanged } }

    /// The counts a summary gives.
    public var summary: DiffSummary {
        var summary = DiffSummary()
        summary.wordsAdded += WordRun.counts(title).added
        summary.wordsRemoved += WordRun.counts(title).removed
        for section in sections {
            switch section.status {
            case .added: summary.sectionsAdded += 1
            case .removed: summary.sectionsRemoved += 1
            case .moved: summary.sectionsMoved += 1
            case .changed where section.isOnlyAHeadingAdded: break
            case .changed: summary.sectionsChanged += 1
            case .unchanged: break
            }
            if section.headingAdded, section.status != .added { summary.headingsAdded += 1 }
            summary.headingsRemoved +=
                section.blocks.filter { $0.status == .removed && $0.block.isSectionHeading }.count
            if case .moved = section.status, section.hasChanges { summary.sectionsChanged += 1 }
            summary.passagesMoved += section.blocks.filter { $0.status == .moved && $0.move?.isArrival != false }.count
            summary.punctuationChanged += section.blocks.reduce(0) { $0 + $1.words.filter(\.isPunctuation).count }
            summary.wordsAdded += section.titleWords.added + section.blocks.reduce(0) { $0 + $1.wordCounts.added }
            summary.wordsRemoved += section.titleWords.removed + section.blocks.reduce(0) { $0 + $1.wordCounts.removed }
        }
        return summary
    }
}

/// Counts of what changed, for the top of a diff.
public struct DiffSummary: Equatable, Sendable, CustomStringConvertible {
    public var sectionsAdded = 0, sectionsRemoved = 0, sectionsChanged = 0, sectionsMoved = 0
    /// Headings that cut a section in two, or stopped cutting one, the text around them kept.
    public var headingsAdded = 0, headingsRemoved = 0
    public var passagesMoved = 0
    public var wordsAdded = 0, wordsRemoved = 0
    /// Words whose quotes or apostrophes alone changed (straight against typographic).
    public var punctuationChanged = 0

    /// "1 section changed, 1 added; 2 passages moved; 12 words added, 3 removed", or "No changes."
    public var description: String {
        let sections = [
            (sectionsChanged, "changed"), (sectionsAdded, "added"), (sectionsRemoved, "removed"),
            (sectionsMoved, "moved"),
        ].filter { $0.0 > 0 }
        guard
            !sections.isEmpty
                || headingsAdded + headingsRemoved + wordsAdded + wordsRemoved + passagesMoved + punctuationChanged > 0
        else { return "No changes." }
        var parts: [String] = []
        if !sections.isEmpty {
            parts.append(
                sections.enumerated().map { index, entry in
                    index == 0
                        ? "\(entry.0) \(entry.0 == 1 ? "section" : "sections") \(entry.1)" : "\(entry.0) \(entry.1)"
                }.joined(separator: ", "))
        }
        let headings = [(headingsAdded, "added"), (headingsRemoved, "removed")].filter { $0.0 > 0 }
        if !headings.isEmpty {
            parts.append(
                headings.enumerated().map { index, entry in
                    index == 0
                        ? "\(entry.0) \(entry.0 == 1 ? "heading" : "headings") \(entry.1)" : "\(entry.0) \(entry.1)"
                }.joined(separator: ", "))
        }
        if passagesMoved > 0 { parts.append("\(passagesMoved) \(passagesMoved == 1 ? "passage" : "passages") moved") }
        if punctuationChanged > 0 {
            parts.append("\(punctuationChanged) \(punctuationChanged == 1 ? "word" : "words") with other quotes")
        }
        parts.append(
            wordsAdded + wordsRemoved == 0
                ? "no words added or removed"
                : "\(wordsAdded) \(wordsAdded == 1 ? "word" : "words") added, \(wordsRemoved) removed")
        return parts.joined(separator: "; ") + "."
    }
}

/// One section in a diff.
public struct SectionChange: Sendable {
    /// How the section changed as a whole.
    public enum Status: Equatable, Sendable {
        case unchanged, changed, added, removed
        /// Now at another place; `from` is its number in the old edition.
        case moved(from: Int)
    }

    /// How the section changed.
    public var status: Status
    /// Its number in the new edition (nil when removed) and in the old one (nil when added).
    public var newNumber: Int?
    public var oldNumber: Int?
    /// Its title, word by word: unchanged words, and those removed or added.
    public var title: [WordRun]
    /// Its blocks, in reading order.
    public var blocks: [BlockChange]
    /// The level of its heading (2 for `## `; nil for text under no heading), in the new edition where it has one.
    public var level: Int? = 2
    /// Where the section's addition, removal or move came from, when the changes were traced.
    public var origin: ChangeOrigin?
    /// Where the change of its heading came from, when the changes were traced.
    public var titleOrigin: ChangeOrigin?

    /// Whether anything in the section itself (title or text) changed.
    public var hasChanges: Bool {
        title.contains { $0.change != .same } || blocks.contains { $0.status != .same }
    }

    /// Whether its heading is new: every word of it added, none changed from another heading or text.
    var headingAdded: Bool { !title.isEmpty && title.allSatisfy { $0.change == .added } }

    /// Whether a heading added is all that changed: it cut an older section in two, the text kept.
    var isOnlyAHeadingAdded: Bool { headingAdded && status == .changed && !blocks.contains { $0.status != .same } }

    /// What happened to the section, for its label: "changed", "heading added", "moved from section 2 to
    /// section 5".
    var statusWords: String? {
        switch status {
        case .unchanged: return nil
        case .changed where headingAdded: return isOnlyAHeadingAdded ? "heading added" : "heading added, text changed"
        case .changed: return "changed"
        case .added: return "added"
        case .removed: return "removed"
        case .moved(let from): return "moved from section \(from) to section \(newNumber ?? 0)"
        }
    }

    var titleWords: (added: Int, removed: Int) { WordRun.counts(title) }
}

/// One leaf block in a diff.
public struct BlockChange: Sendable {
    /// How the block changed.
    public enum Status: Equatable, Sendable {
        case same, changed, added, removed, moved
    }

    /// How the block changed.
    public var status: Status
    /// The block as it is now (or, when removed, as it was).
    public var block: DiffBlock
    /// Its words, each run marked as kept, removed or added (a table row's, all its cells' in order).
    public var words: [WordRun]
    /// A table row's cells, column by column; empty for other blocks.
    public var cells: [CellChange] = []
    /// For a moved block, where it came from (or, at the place it left, where it went).
    public var move: BlockMove? = nil
    /// Where the change came from, when the changes were traced.
    public var origin: ChangeOrigin? = nil

    /// The block's place in the older and in the newer edition's list of blocks (see `FlatEdition`), where
    /// it stands for one block of that edition; for the differ's own bookkeeping.
    var oldIndex: Int? = nil
    var newIndex: Int? = nil
    /// The same number on a moved block's place of departure and its place of arrival.
    var moveKey: Int? = nil

    /// The words added and removed: a moved block counts its changes where it arrives (none when it moved
    /// as it was), and none where it left.
    var wordCounts: (added: Int, removed: Int) { move?.isArrival == false ? (0, 0) : WordRun.counts(words) }

    /// What starts the block's first line as the redline prints it: its list marker, unless the marks of
    /// a changed start already show that marker as added (then it is not printed twice).
    var shownFirstPrefix: String {
        let marker = block.marker
        let marks = words.prefix { $0.isMarker && !$0.isPunctuation }
        let markedAdded =
            !marker.isEmpty && marks.contains { $0.change == .added && $0.words.first?.hasPrefix(marker) == true }
        return markedAdded ? block.restPrefix : block.firstPrefix
    }

    /// Whether the block is gone from where it stood (removed, or moved to another section), its list
    /// marker struck with its words.
    var isGone: Bool { status == .removed || move?.isArrival == false }

    /// What a moved block is labelled with: "(moved from after “…”)"; empty for other blocks.
    var moveLabel: String { status == .moved ? "(" + (move?.description ?? "moved") + ")" : "" }
}

/// A run of words that were kept, removed or added together.
public struct WordRun: Equatable, Sendable {
    /// What happened to the words.
    public enum Change: Equatable, Sendable { case same, removed, added }

    /// What happened to them.
    public var change: Change
    /// The words.
    public var words: [Substring]
    /// Whether this run marks where a block starts (`¶`, a list marker, a heading's `#`s) rather than
    /// holding words: a paragraph split or joined, or a block that changed its kind; it counts as no word.
    public var isMarker = false
    /// Whether this marker says what a word's quotes were ("(was it’s)"); counted apart from words.
    public var isPunctuation = false

    static func counts(_ runs: [WordRun]) -> (added: Int, removed: Int) {
        runs.reduce((0, 0)) { total, run in
            if run.isMarker { return total }
            switch run.change {
            case .same: return total
            case .added: return (total.0 + run.words.count, total.1)
            case .removed: return (total.0, total.1 + run.words.count)
            }
        }
    }

    /// Runs of equal, removed and added words from a word-by-word alignment; removals before additions.
    static func runs(from old: [Substring], to new: [Substring]) -> [WordRun] {
        runs(from: old, to: new, comparing: old.map(String.init), new.map(String.init))
    }

    /// The same, with the words compared by `oldKeys` and `newKeys` (a word with its formatting).
    static func runs(from old: [Substring], to new: [Substring], comparing oldKeys: [String], _ newKeys: [String])
        -> [WordRun]
    {
        var runs: [WordRun] = []
        func append(_ change: Change, _ word: Substring) {
            if runs.last?.change == change {
                runs[runs.count - 1].words.append(word)
            } else {
                runs.append(WordRun(change: change, words: [word]))
            }
        }
        var pendingAdded: [Substring] = []
        for step in EditScript.align(oldKeys, newKeys) {
            switch step {
            case .same(_, let j):
                for word in pendingAdded { append(.added, word) }
                pendingAdded = []
                append(.same, new[j])
            case .removed(let i): append(.removed, old[i])
            case .added(let j): pendingAdded.append(new[j])
            }
        }
        for word in pendingAdded { append(.added, word) }
        return runs
    }
}
