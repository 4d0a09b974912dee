/// One step of an alignment of two sequences.
enum EditStep: Equatable {
    /// The element at `old` in the first sequence is the element at `new` in the second.
    case same(old: Int, new: Int)
    /// The element at `old` is gone.
    case removed(old: Int)
    /// The element at `new` is new.
    case added(new: Int)
}

/// Aligns two sequences in time that grows with their length, not with its square: patience diff (Bram
/// Cohen's; one of git's algorithms) anchors on elements that stand once on each side, in order, and
/// aligns what lies between the anchors the same way; a stretch with no such anchor is aligned exactly
/// (a longest common subsequence, as Myers' algorithm, git's default, finds) when it is small enough, and
/// otherwise counted as removed and added whole. Common heads and tails are matched first.
enum EditScript {
    /// Above this many pairs of elements, a stretch without anchors is not aligned exactly: the cost of
    /// doing so grows with the product of the two sides when they share little.
    static let exactLimit = 250_000
    /// Up to this many pairs of elements, a stretch is aligned exactly even where it has anchors: an anchor
    /// (a word that stands once on each side) can be a poor choice, and so small a table costs little.
    static let anchorsAbove = 16_384

    /// The steps from `old` to `new`, in order; at each point removals come before additions. With `weight`,
    /// a stretch aligned exactly keeps the elements of most weight in all rather than the most elements.
    static func align<Element: Hashable>(_ old: [Element], _ new: [Element], weight: ((Element) -> Int32)? = nil)
        -> [EditStep]
    {
        // Each distinct element is hashed once, here; the matcher then compares and counts small numbers.
        var symbols: [Element: Int] = [:]
        var weights: [Int32] = []
        func symbol(_ element: Element) -> Int {
            if let known = symbols[element] { return known }
            symbols[element] = symbols.count
            if let weight { weights.append(weight(element)) }
            return symbols.count - 1
        }
        let oldSymbols = old.map(symbol), newSymbols = new.map(symbol)
        var matcher = Matcher(
            old: oldSymbols, new: newSymbols, symbolCount: symbols.count, weights: weight == nil ? nil : weights)
        matcher.match(0..<old.count, 0..<new.count, depth: 0)
        var steps: [EditStep] = []
        steps.reserveCapacity(max(old.count, new.count))
        var i = 0, j = 0
        for (mi, mj) in matcher.matches + [(old.count, new.count)] {
            while i < mi { steps.append(.removed(old: i)); i += 1 }
            while j < mj { steps.append(.added(new: j)); j += 1 }
            if mi < old.count, mj < new.count { steps.append(.same(old: mi, new: mj)) }
            i = mi + 1
            j = mj + 1
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
            while !mixed, end < steps.count, case .same(let i, let j) = steps[end], slides(steps[start], i, j, old, new)
            {
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
    private static func slides<Element: Equatable>(
        _ first: EditStep, _ i: Int, _ j: Int, _ old: [Element], _ new: [Element]
    ) -> Bool {
        switch first {
        case .added(let a): return new[a] == new[j]
        case .removed(let r): return old[r] == old[i]
        case .same: return false
        }
    }

    private static func shifted(_ run: ArraySlice<EditStep>, past same: (Int, Int)) -> [EditStep] {
        switch run.first! {
        case .added(let a):
            return [.same(old: same.0, new: a)]
                + run.map { if case .added(let x) = $0 { return .added(new: x + 1) } else { return $0 } }
        case .removed(let r):
            return [.same(old: r, new: same.1)]
                + run.map { if case .removed(let x) = $0 { return .removed(old: x + 1) } else { return $0 } }
        case .same: return Array(run)
        }
    }

    /// The longest run of `pairs` (in increasing order of their first places) whose second places increase
    /// too, by patience sorting: the pairs of two lists that keep their order in both.
    static func longestIncreasing(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
        var tops: [Int] = []  // index into pairs of the smallest tail of each pile
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0, high = tops.count
            while low < high {
                let middle = (low + high) / 2
                if pairs[tops[middle]].1 < pair.1 { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tops[low - 1] }
            if low == tops.count { tops.append(index) } else { tops[low] = index }
        }
        var result: [(Int, Int)] = []
        var index = tops.last ?? -1
        while index >= 0 {
            result.append(pairs[index])
            index = previous[index]
        }
        return result.reversed()
    }

    /// Twice the elements two sequences share, order aside, over their total: at least `similarity`, and
    /// cheaper to work out.
    static func sharedShare<Element: Hashable>(_ old: [Element], _ new: [Element]) -> Double {
        guard !old.isEmpty || !new.isEmpty else { return 1 }
        var counts: [Element: Int] = [:]
        for element in old { counts[element, default: 0] += 1 }
        var shared = 0
        for element in new {
            if let count = counts[element], count > 0 {
                counts[element] = count - 1
                shared += 1
            }
        }
        return Double(2 * shared) / Double(old.count + new.count)
    }

    /// How alike two sequences are: twice the common length over the total, from 0 (nothing shared) to 1.
    static func similarity<Element: Hashable>(_ old: [Element], _ new: [Element]) -> Double {
        guard !old.isEmpty || !new.isEmpty else { return 1 }
        let common = align(old, new).filter { if case .same = $0 { return true } else { return false } }.count
        return Double(2 * common) / Double(old.count + new.count)
    }
}

/// Finds the pairs of equal elements an alignment keeps, in increasing order on both sides.
private struct Matcher {
    let old: [Int]
    let new: [Int]
    /// Each symbol's weight in an exact alignment (see `matchByTable`); every symbol weighs 1 when nil.
    let weights: [Int32]?
    var matches: [(Int, Int)] = []
    // How often each symbol stands in the stretch being anchored, kept at zero between calls so that
    // counting costs the stretch's length, not the number of symbols.
    private var oldCounts: [Int]
    private var newCounts: [Int]

    init(old: [Int], new: [Int], symbolCount: Int, weights: [Int32]? = nil) {
        self.old = old
        self.new = new
        self.weights = weights
        oldCounts = [Int](repeating: 0, count: symbolCount)
        newCounts = oldCounts
    }

    // Each level of anchors splits the stretch; so deep a nesting means anchors that explain little.
    private static var maximumDepth: Int { 64 }

    mutating func match(_ a: Range<Int>, _ b: Range<Int>, depth: Int) {
        var a = a, b = b
        var tail: [(Int, Int)] = []
        while !a.isEmpty, !b.isEmpty, old[a.lowerBound] == new[b.lowerBound] {
            matches.append((a.lowerBound, b.lowerBound))
            a = a.lowerBound + 1..<a.upperBound
            b = b.lowerBound + 1..<b.upperBound
        }
        while !a.isEmpty, !b.isEmpty, old[a.upperBound - 1] == new[b.upperBound - 1] {
            tail.append((a.upperBound - 1, b.upperBound - 1))
            a = a.lowerBound..<a.upperBound - 1
            b = b.lowerBound..<b.upperBound - 1
        }
        if !a.isEmpty, !b.isEmpty {
            // A stretch this small costs little to align exactly, and anchors can only do worse.
            let anchors =
                depth < Self.maximumDepth && a.count * b.count > EditScript.anchorsAbove ? uniqueAnchors(a, b) : []
            if anchors.isEmpty {
                matchByTable(a, b)
            } else {
                var lowA = a.lowerBound, lowB = b.lowerBound
                for (i, j) in anchors {
                    match(lowA..<i, lowB..<j, depth: depth + 1)
                    matches.append((i, j))
                    lowA = i + 1
                    lowB = j + 1
                }
                match(lowA..<a.upperBound, lowB..<b.upperBound, depth: depth + 1)
            }
        }
        matches += tail.reversed()
    }

    // Elements that stand exactly once in each stretch, kept in the longest run that is in order on both
    // sides (a longest increasing subsequence, by patience sorting). Where no element is unique, those that
    // stand equally often on both sides, the rarest first, are paired occurrence by occurrence (as git's
    // histogram diff prefers rare elements): a section of paragraphs all rewritten still lines up paragraph
    // by paragraph on their starts.
    private mutating func uniqueAnchors(_ a: Range<Int>, _ b: Range<Int>) -> [(Int, Int)] {
        for i in a { oldCounts[old[i]] += 1 }
        for j in b { newCounts[new[j]] += 1 }
        defer {
            for i in a { oldCounts[old[i]] = 0 }
            for j in b { newCounts[new[j]] = 0 }
        }
        var rarest = Int.max
        for i in a where oldCounts[old[i]] == newCounts[old[i]] { rarest = min(rarest, oldCounts[old[i]]) }
        guard rarest < Int.max else { return [] }
        // The k-th occurrence of a chosen element in the old stretch pairs with its k-th in the new.
        var positions: [Int: [Int]] = [:]
        for j in b where newCounts[new[j]] == rarest && oldCounts[new[j]] == rarest {
            positions[new[j], default: []].append(j)
        }
        var taken: [Int: Int] = [:]
        var pairs: [(Int, Int)] = []
        for i in a where oldCounts[old[i]] == rarest && newCounts[old[i]] == rarest {
            let occurrence = taken[old[i], default: 0]
            taken[old[i]] = occurrence + 1
            pairs.append((i, positions[old[i]]![occurrence]))
        }
        return EditScript.longestIncreasing(pairs)
    }

    // A stretch small enough is aligned by the textbook dynamic programme for a longest common subsequence
    // (Wagner and Fischer's table, cost a.count × b.count, bounded by `exactLimit`), read from the front so
    // that at each point a removal is taken before an addition. For stretches this small it is cheaper than
    // Myers' algorithm in the standard library, whose result must be built and sorted as a collection.
    // With weights it is the common subsequence of most weight.
    private mutating func matchByTable(_ a: Range<Int>, _ b: Range<Int>) {
        guard a.count * b.count <= EditScript.exactLimit else { return }
        let width = b.count + 1
        // common[i * width + j]: the longest common subsequence of old[a][i...] and new[b][j...].
        var common = [Int32](repeating: 0, count: (a.count + 1) * width)
        let weights = self.weights
        let weight = { (symbol: Int) -> Int32 in weights?[symbol] ?? 1 }
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            let x = old[a.lowerBound + i]
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                let apart = max(common[(i + 1) * width + j], common[i * width + j + 1])
                common[i * width + j] =
                    x == new[b.lowerBound + j]
                    ? max(common[(i + 1) * width + j + 1] + weight(x), apart) : apart
            }
        }
        var i = 0, j = 0
        while i < a.count, j < b.count {
            let x = old[a.lowerBound + i]
            if x == new[b.lowerBound + j], common[i * width + j] == common[(i + 1) * width + j + 1] + weight(x) {
                matches.append((a.lowerBound + i, b.lowerBound + j))
                i += 1
                j += 1
            } else if common[(i + 1) * width + j] >= common[i * width + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
    }
}
