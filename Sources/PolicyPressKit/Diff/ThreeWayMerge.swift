/// Merges two sets of changes made to the same text: the school's, and the new text underneath (the
/// model's or the trust's), each against the base both started from, as `git merge-file` does.
///
/// The text is compared line by line, blank lines aside. Each side's changes are the stretches of the
/// base it replaced (a stretch may be empty: an insertion). Changes to stretches that do not overlap are
/// all made; changes that overlap and differ are written as a conflict, both wordings between
/// `ConflictMarkers`, for a person to settle. The blank lines before a line are those of a text in which
/// the same line comes before it, so that paragraphs stay apart as both sides had them.
public enum ThreeWayMerge {
    /// The merged text, and where its conflicts are.
    public struct Result: Equatable, Sendable {
        /// The text, with every conflict written out between markers.
        public var text: String
        /// The lines (from 1) of each conflict's first and last marker.
        public var conflicts: [ClosedRange<Int>]
    }

    /// Merges `ours` and `theirs`, both changed from `base`; `labels` follow the start and end markers.
    public static func merge(base: String, ours: String, theirs: String, labels: (ours: String, theirs: String))
        -> Result
    {
        let original = pieces(of: base)
        let sides = [Side(original, pieces(of: ours), isOurs: true), Side(original, pieces(of: theirs), isOurs: false)]
        let changes = sides.flatMap(\.hunks).sorted {
            ($0.start, $0.end, $0.isOurs ? 0 : 1) < ($1.start, $1.end, $1.isOurs ? 0 : 1)
        }
        var items: [Item] = []
        var cursor = 0
        var index = 0
        while index < changes.count {
            // A group: changes that overlap one another, directly or through a third.
            var group = [changes[index]]
            var end = changes[index].end
            index += 1
            while index < changes.count, group.contains(where: { overlap($0, changes[index], in: sides) }) {
                end = max(end, changes[index].end)
                group.append(changes[index])
                index += 1
            }
            let start = group[0].start
            items += (cursor..<start).map(Item.base)
            let mine = sides[0].applying(group.filter(\.isOurs), in: start..<end)
            let yours = sides[1].applying(group.filter { !$0.isOurs }, in: start..<end)
            if !group.contains(where: { !$0.isOurs }) || sides[0].texts(mine) == sides[1].texts(yours) {
                items += mine
            } else if !group.contains(where: \.isOurs) {
                items += yours
            } else {
                items.append(.conflict(ours: sides[0].texts(mine), theirs: sides[1].texts(yours)))
            }
            cursor = end
        }
        items += (cursor..<original.count).map(Item.base)
        return write(items, original: original, sides: sides, labels: labels)
    }

    /// A piece of text: one line (`key`) with the blank lines before it (`blanks`); the blank lines at the
    /// end of a text are a piece with an empty key.
    struct Piece: Equatable {
        var blanks: [Substring]
        var key: Substring
        var text: String { (blanks + [key]).joined(separator: "\n") }
    }

    /// One side's change: the base's pieces `start..<end` became the side's pieces `pieces`.
    struct Hunk: Equatable {
        var start: Int
        var end: Int
        var pieces: [Int]
        var isOurs: Bool
    }

    /// What the merged text is made of, before its blank lines are chosen.
    enum Item: Equatable {
        case base(Int)
        case added(isOurs: Bool, Int)
        case conflict(ours: [String], theirs: [String])
    }

    /// One side against the base: its changes, and for each piece of the base it kept, its own piece.
    struct Side {
        var pieces: [Piece]
        var isOurs: Bool
        var hunks: [Hunk] = []
        /// The side's piece for each piece of the base it kept, and the other way round.
        var kept: [Int: Int] = [:]
        var keptFrom: [Int: Int] = [:]

        init(_ base: [Piece], _ side: [Piece], isOurs: Bool) {
            pieces = side
            self.isOurs = isOurs
            var open: Hunk?
            var position = 0
            for step in EditScript.align(base.map(\.key), side.map(\.key)) {
                switch step {
                case .same(let i, let j):
                    if let hunk = open { hunks.append(hunk) }
                    open = nil
                    position = i + 1
                    kept[i] = j
                    keptFrom[j] = i
                case .removed(let i):
                    if open == nil { open = Hunk(start: i, end: i, pieces: [], isOurs: isOurs) }
                    open!.end = i + 1
                    position = i + 1
                case .added(let j):
                    if open == nil { open = Hunk(start: position, end: position, pieces: [], isOurs: isOurs) }
                    open!.pieces.append(j)
                }
            }
            if let hunk = open { hunks.append(hunk) }
        }

        /// The base's pieces in `range` with this side's changes there (which do not overlap) made.
        func applying(_ changes: [Hunk], in range: Range<Int>) -> [Item] {
            var result: [Item] = []
            var cursor = range.lowerBound
            for hunk in changes {
                result += (cursor..<hunk.start).map(Item.base)
                result += hunk.pieces.map { Item.added(isOurs: isOurs, $0) }
                cursor = hunk.end
            }
            return result + (cursor..<range.upperBound).map(Item.base)
        }

        /// The lines of items this side gave, as it wrote them.
        func texts(_ items: [Item]) -> [String] {
            items.map { item in
                switch item {
                case .base(let i): return pieces[kept[i]!].text
                case .added(_, let j): return pieces[j].text
                case .conflict: return ""
                }
            }
        }

        /// The item before a piece of the base on this side, or nil at the start.
        func item(before base: Int) -> Item? {
            let j = kept[base]!
            guard j > 0 else { return nil }
            return keptFrom[j - 1].map(Item.base) ?? .added(isOurs: isOurs, j - 1)
        }
    }

    /// The text cut into pieces. Joined with `\n`, the pieces' texts are the text again.
    static func pieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        var blanks: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                blanks.append(line)
            } else {
                pieces.append(Piece(blanks: blanks, key: line))
                blanks = []
            }
        }
        if !blanks.isEmpty { pieces.append(Piece(blanks: Array(blanks.dropLast()), key: blanks.last!)) }
        return pieces
    }

    /// Whether two changes touch the same pieces of the base, or insert at the same place. An insertion
    /// just before or just after a stretch the other side replaced does not touch it, unless the
    /// replacement starts (or ends) with the same text: then both may have made one change, and it is
    /// left to a person rather than made twice.
    static func overlap(_ a: Hunk, _ b: Hunk, in sides: [Side]) -> Bool {
        switch (a.start == a.end, b.start == b.end) {
        case (true, true): return a.start == b.start
        case (true, false): return b.start < a.start && a.start < b.end || repeats(a, b, in: sides)
        case (false, true): return a.start < b.start && b.start < a.end || repeats(b, a, in: sides)
        case (false, false): return a.start < b.end && b.start < a.end
        }
    }

    // Whether `replacement`, from the other side, starts or ends where `insertion` goes with the same text.
    private static func repeats(_ insertion: Hunk, _ replacement: Hunk, in sides: [Side]) -> Bool {
        let inserted = insertion.pieces.map { sides[insertion.isOurs ? 0 : 1].pieces[$0].key }
        let replaced = replacement.pieces.map { sides[replacement.isOurs ? 0 : 1].pieces[$0].key }
        guard !inserted.isEmpty else { return false }
        return insertion.start == replacement.start && replaced.starts(with: inserted)
            || insertion.start == replacement.end && replaced.reversed().starts(with: inserted.reversed())
    }

    // The merged text. A piece both sides kept takes its blank lines from a side where the same item comes
    // before it (the one that changed them, if either did); where neither does, from the base, as the
    // blank lines that followed the item before it there (the blank lines that end the text are its own).
    private static func write(_ items: [Item], original: [Piece], sides: [Side], labels: (ours: String, theirs: String))
        -> Result
    {
        var output = Output()
        var conflicts: [ClosedRange<Int>] = []
        var previous: Item?
        for item in items {
            switch item {
            case .added(let isOurs, let j):
                output.append(sides[isOurs ? 0 : 1].pieces[j].text)
            case .base(let i):
                let agreeing = sides.filter { $0.item(before: i) == previous }.map { $0.pieces[$0.kept[i]!] }
                if let piece = agreeing.first(where: { $0 != original[i] }) ?? agreeing.first {
                    output.append(piece.text)
                } else if let next = previous.baseIndexAfter, next < original.count, !original[i].key.isEmpty {
                    output.append(Piece(blanks: original[next].blanks, key: original[i].key).text)
                } else {
                    output.append(
                        sides.map { $0.pieces[$0.kept[i]!] }.first { $0 != original[i] }?.text ?? original[i].text)
                }
            case .conflict(let ours, let theirs):
                conflicts.append(conflict(ours, theirs, labels: labels, into: &output))
            }
            previous = item
        }
        return Result(text: output.texts.joined(separator: "\n"), conflicts: conflicts)
    }

    /// The merged text as it is written: items joined with `\n`, each one or more whole lines, and how many
    /// lines they make so far (kept as they are added, so that a conflict's place costs nothing to find).
    private struct Output {
        var texts: [String] = []
        var lineCount = 0

        mutating func append(_ text: String) {
            texts.append(text)
            lineCount += text.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        }
    }

    // Writes both wordings between markers; the blank lines either starts with are written once, before them.
    private static func conflict(
        _ ours: [String], _ theirs: [String], labels: (ours: String, theirs: String), into output: inout Output
    ) -> ClosedRange<Int> {
        func lines(_ pieces: [String]) -> [Substring] {
            pieces.isEmpty
                ? [] : pieces.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        }
        let mine = lines(ours), yours = lines(theirs)
        let blank = { (line: Substring) in line.allSatisfy { $0 == " " || $0 == "\t" } }
        let leading = max(mine.prefix(while: blank).count, yours.prefix(while: blank).count)
        let block =
            Array(repeating: "", count: leading) + ["\(ConflictMarkers.start) \(labels.ours)"]
            + mine.drop(while: blank).map(String.init)
            + [ConflictMarkers.middle] + yours.drop(while: blank).map(String.init) + [
                "\(ConflictMarkers.end) \(labels.theirs)"
            ]
        let before = output.lineCount
        output.append(block.joined(separator: "\n"))
        return (before + leading + 1)...(before + block.count)
    }
}

extension Optional where Wrapped == ThreeWayMerge.Item {
    /// After this item (nil: at the start), the piece of the base that would come next; nil after other items.
    var baseIndexAfter: Int? {
        switch self {
        case nil: return 0
        case .base(let k)?: return k + 1
        default: return nil
        }
    }
}
