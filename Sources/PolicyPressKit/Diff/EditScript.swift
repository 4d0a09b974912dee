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

    /// The same alignment with each run of only additions or only removals slid as far down as equal
    /// elements allow, as GNU diff and git do, so that a hunk ends on the same line either would choose.
    static func slidDown<Element: Equatable>(_ steps: [EditStep], old: [Element], new: [Element]) -> [EditStep] {
        var steps = steps
        var start = 0
        while start < steps.count {
            guard let kind = runKind(steps[start]) else {
                start += 1
                continue
            }
            var end = start
            while end < steps.count, runKind(steps[end]) == kind { end += 1 }
            let mixed = end < steps.count && runKind(steps[end]) != nil || start > 0 && runKind(steps[start - 1]) != nil
            while !mixed, end < steps.count, case .same(let i, let j) = steps[end], slides(steps[start], i, j, old, new) {
                steps[start...end] = ArraySlice(shifted(steps[start..<end], past: (i, j)))
                start += 1
                end += 1
            }
            start = end
        }
        return steps
    }

    private static func runKind(_ step: EditStep) -> Bool? {
        switch step {
        case .same: return nil
        case .removed: return false
        case .added: return true
        }
    }

    // A run can move down one when the element after it equals its first element.
    private static func slides<Element: Equatable>(_ first: EditStep, _ i: Int, _ j: Int, _ old: [Element], _ new: [Element]) -> Bool {
        switch first {
        case .added(let a): return new[a] == new[j]
        case .removed(let r): return old[r] == old[i]
        case .same: return false
        }
    }

    private static func shifted(_ run: ArraySlice<EditStep>, past same: (Int, Int)) -> [EditStep] {
        switch run.first! {
        case .added(let a): return [.same(old: same.0, new: a)] + run.map { if case .added(let x) = $0 { return .added(new: x + 1) } else { return $0 } }
        case .removed(let r): return [.same(old: r, new: same.1)] + run.map { if case .removed(let x) = $0 { return .removed(old: x + 1) } else { return $0 } }
        case .same: return Array(run)
        }
    }

    /// How alike two sequences are: twice the common length over the total, from 0 (nothing shared) to 1.
    static func similarity<Element: Equatable>(_ old: [Element], _ new: [Element]) -> Double {
        guard !old.isEmpty || !new.isEmpty else { return 1 }
        let common = align(old, new).filter { if case .same = $0 { return true } else { return false } }.count
        return Double(2 * common) / Double(old.count + new.count)
    }
}
