/// One cell of a table row in a diff: the column it stands in, whether it is in both editions, and its words.
public struct CellChange: Equatable, Sendable {
    /// The heading of its column: the new edition's, or the old one's for a cell of a removed column.
    public var column: String
    /// `.same` for a cell in both editions (whose words may still have changed); `.added` or `.removed`
    /// for a cell of a row or a column that only one edition has.
    public var change: WordRun.Change
    /// Its words, each run marked as kept, removed or added.
    public var words: [WordRun]

    /// A cell kept, added or removed whole: all its words marked `change`.
    static func whole(_ change: WordRun.Change, column: String, words: [Substring]) -> CellChange {
        CellChange(column: column, change: change, words: words.isEmpty ? [] : [WordRun(change: change, words: words)])
    }
}

extension BlockChange {
    /// A block kept, moved, added or removed whole: every word, and every cell of a row, marked `change`.
    static func whole(_ status: Status, _ block: DiffBlock, _ change: WordRun.Change) -> BlockChange {
        let cells = zip(block.columns, block.cellWords).map { CellChange.whole(change, column: $0, words: $1) }
        return BlockChange(
            status: status, block: block, words: [WordRun(change: change, words: block.words)], cells: cells)
    }

    /// A block changed from `old` to `new`: word by word; a table row cell by cell, each cell compared with
    /// the one in the same column of the old row.
    static func changed(from old: DiffBlock, to new: DiffBlock) -> BlockChange {
        guard new.isTableRow else {
            return BlockChange(
                status: .changed, block: new,
                words: WordRun.runs(from: old.words, to: new.words, comparing: old.styledWords, new.styledWords))
        }
        let cells = TableColumns.align(old.columns, new.columns).map { step -> CellChange in
            switch step {
            case .same(let i, let j):
                return CellChange(
                    column: new.columns[j], change: .same,
                    words: WordRun.runs(from: old.cellWords[i], to: new.cellWords[j]))
            case .removed(let i): return .whole(.removed, column: old.columns[i], words: old.cellWords[i])
            case .added(let j): return .whole(.added, column: new.columns[j], words: new.cellWords[j])
            }
        }
        return BlockChange(status: .changed, block: new, words: cells.flatMap(\.words), cells: cells)
    }
}

/// How the columns of two versions of a table line up.
enum TableColumns {
    /// The columns of both versions in reading order, matched by heading; between two matched columns, a
    /// removed and an added one are one column renamed.
    static func align(_ old: [String], _ new: [String]) -> [EditStep] {
        var result: [EditStep] = []
        var removed: [Int] = [], added: [Int] = []
        func flush() {
            let renamed = min(removed.count, added.count)
            result += (0..<renamed).map { EditStep.same(old: removed[$0], new: added[$0]) }
            result += removed.dropFirst(renamed).map { EditStep.removed(old: $0) }
            result += added.dropFirst(renamed).map { EditStep.added(new: $0) }
            removed = []
            added = []
        }
        for step in EditScript.align(old, new) {
            switch step {
            case .same: flush(); result.append(step)
            case .removed(let i): removed.append(i)
            case .added(let j): added.append(j)
            }
        }
        flush()
        return result
    }

    /// How alike two rows are, as a share of the words in the columns both have, so that an added or
    /// removed column does not stop a row from being paired with its old self.
    static func similarity(_ old: DiffBlock, _ new: DiffBlock) -> Double {
        var oldWords: [Substring] = [], newWords: [Substring] = []
        for case .same(let i, let j) in align(old.columns, new.columns) {
            oldWords += old.cellWords[i]
            newWords += new.cellWords[j]
        }
        // Rows with no words in common columns are compared whole, or two empty rows would count as alike.
        if oldWords.isEmpty && newWords.isEmpty { return EditScript.similarity(old.words, new.words) }
        return EditScript.similarity(oldWords, newWords)
    }
}
