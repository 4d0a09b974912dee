/// One step of an alignment of two sequences.
enum EditStep: Equatable {
    /// The element at `old` in the first sequence is the element at `new` in the second.
    case same(old: Int, new: Int)
    /// The element at `old` is gone.
    case removed(old: Int)
    /// The element at `new` is new.
    case added(new: Int)
}

/// Aligns two sequences with the standard library's `difference(from:)`, an implementation of Myers'
/// algorithm (the one git uses by default): a shortest edit script.
enum EditScript {
    /// The steps from `old` to `new`, in order; at each point removals come before additions.
    static func align<Element: Equatable>(_ old: [Element], _ new: [Element]) -> [EditStep] {
        var removed = Set<Int>(), added = Set<Int>()
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): added.insert(offset)
            }
        }
        var steps: [EditStep] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, removed.contains(i) {
                steps.append(.removed(old: i))
                i += 1
            } else if j < new.count, added.contains(j) {
                steps.append(.added(new: j))
                j += 1
            } else {
                steps.append(.same(old: i, new: j))
                i += 1
                j += 1
            }
        }
        return steps
    }

    /// How alike two sequences are: twice the common length over the total, from 0 (nothing shared) to 1.
    static func similarity<Element: Equatable>(_ old: [Element], _ new: [Element]) -> Double {
        guard !old.isEmpty || !new.isEmpty else { return 1 }
        let common = align(old, new).filter { if case .same = $0 { return true } else { return false } }.count
        return Double(2 * common) / Double(old.count + new.count)
    }
}
