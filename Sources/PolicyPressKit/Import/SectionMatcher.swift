/// Pairs the sections of a policy's new version with those of the version in the library, so that each
/// section keeps its file (and with it the amendments schools made of it) across an update.
///
/// First by heading: headings equal once case, spacing, punctuation and a heading number are set aside
/// are paired one to one, in order. Then, among the sections left, by content: the pairs whose texts share
/// most of their three-word runs (``similarity``, at least ``threshold``), best pairs first. What is left of
/// the new version is added; what is left of the old, removed. A section that moved is paired like any
/// other: order plays no part. The cost grows with the length of the texts, not with the number of pairs of
/// sections (``Matching/work``).
struct SectionMatcher {
    /// One section as the matcher sees it.
    struct Section: Sendable, Equatable {
        /// Its heading, as written.
        var title: String
        /// Its text.
        var text: String
    }

    /// Why two sections were paired.
    enum Evidence: Sendable, Equatable {
        /// Their headings are the same.
        case heading
        /// Their texts are alike, with this similarity (from ``threshold`` to 1).
        case content(Double)
    }

    /// An old section and the new section that takes its place.
    struct Pair: Sendable, Equatable {
        var old: Int
        var new: Int
        var evidence: Evidence
    }

    /// The outcome: the pairs, in the new version's order, and the indices of the sections left on each side.
    struct Matching: Sendable, Equatable {
        var pairs: [Pair]
        var added: [Int]
        var removed: [Int]
        /// How many (run, section) entries the content pass visited: its cost, which stays within a small
        /// multiple of the number of words.
        var work: Int
    }

    /// The least similarity (twice the three-word runs two texts share, over the runs of both: Dice's
    /// coefficient) at which two sections with different headings are taken to be one section renamed. A
    /// text keeping half its words in place, the other half rewritten, scores about a half: below that, more
    /// of the section is new than kept, and a new file (with the old one's amendments reported) is the
    /// honest outcome. In the fixtures (medical-conditions v1 and v2) the section renamed with a paragraph
    /// reworded scores 0.88, sections kept under their heading 0.90 to 1, and every pair of different
    /// sections 0.06 at most, the removed 'Complaints' and the added 'Unacceptable practice' (which both
    /// speak of the complaints procedure) 0.05.
    static let threshold = 0.5

    /// A run of words found in more than this many old sections tells none of them apart ("in line with
    /// the"), so it is not counted: this keeps the content pass linear when a document repeats itself.
    static let commonRun = 8

    /// Pairs `new` with `old`.
    static func match(old: [Section], new: [Section]) -> Matching {
        var pairs: [Pair] = []
        var oldPaired = [Bool](repeating: false, count: old.count)
        var newPaired = [Bool](repeating: false, count: new.count)

        var byHeading: [String: [Int]] = [:]
        for (index, section) in old.enumerated().reversed() {
            let key = heading(section.title)
            if !key.isEmpty { byHeading[key, default: []].append(index) }
        }
        for (index, section) in new.enumerated() {
            let key = heading(section.title)
            guard let oldIndex = byHeading[key]?.popLast() else { continue }
            pairs.append(Pair(old: oldIndex, new: index, evidence: .heading))
            oldPaired[oldIndex] = true
            newPaired[index] = true
        }

        let left = (old: old.indices.filter { !oldPaired[$0] }, new: new.indices.filter { !newPaired[$0] })
        let (byContent, work) = contentPairs(old: left.old.map { old[$0].text }, new: left.new.map { new[$0].text })
        for pair in byContent {
            pairs.append(Pair(old: left.old[pair.old], new: left.new[pair.new], evidence: pair.evidence))
            oldPaired[left.old[pair.old]] = true
            newPaired[left.new[pair.new]] = true
        }
        return Matching(
            pairs: pairs.sorted { $0.new < $1.new }, added: new.indices.filter { !newPaired[$0] },
            removed: old.indices.filter { !oldPaired[$0] }, work: work)
    }

    /// A heading as it is compared: its number dropped, in small letters, its words alone.
    static func heading(_ title: String) -> String {
        words(HeadingNumber.split(title).rest).joined(separator: " ")
    }

    /// The words of a text in small letters: its runs of letters and digits, whatever stands between them.
    static func words(_ text: String) -> [Substring] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }
    }

    // The best pairs of texts by similarity, each text in one pair at most. Each text's three-word runs are
    // numbered; an index from run to the old texts holding it gives, for each new text, the old texts it
    // shares runs with and how many, without comparing any two texts that share nothing.
    private static func contentPairs(old: [String], new: [String]) -> (pairs: [Pair], work: Int) {
        guard !old.isEmpty, !new.isEmpty else { return ([], 0) }
        var numbers: [String: Int] = [:]
        let oldRuns = old.map { runs(of: $0, numbering: &numbers) }
        let newRuns = new.map { runs(of: $0, numbering: &numbers) }
        var holders = [[Int]](repeating: [], count: numbers.count)
        for (index, runs) in oldRuns.enumerated() {
            for run in runs { holders[run].append(index) }
        }
        let telling = holders.map { $0.count <= commonRun }
        let oldSizes = oldRuns.map { $0.filter { telling[$0] }.count }
        var candidates: [Pair] = []
        var work = 0
        for (index, runs) in newRuns.enumerated() {
            var shared: [Int: Int] = [:]
            var size = 0
            for run in runs where telling[run] {
                size += 1
                for holder in holders[run] { shared[holder, default: 0] += 1 }
                work += holders[run].count
            }
            for (holder, count) in shared {
                let similarity = Double(2 * count) / Double(size + oldSizes[holder])
                if similarity >= threshold {
                    candidates.append(Pair(old: holder, new: index, evidence: .content(similarity)))
                }
            }
        }
        candidates.sort { a, b in
            let (x, y) = (a.similarity, b.similarity)
            return x != y ? x > y : (a.new, a.old) < (b.new, b.old)
        }
        var oldTaken = Set<Int>(), newTaken = Set<Int>()
        var pairs: [Pair] = []
        for candidate in candidates where !oldTaken.contains(candidate.old) && !newTaken.contains(candidate.new) {
            pairs.append(candidate)
            oldTaken.insert(candidate.old)
            newTaken.insert(candidate.new)
        }
        return (pairs, work)
    }

    /// The distinct three-word runs of a text (the whole text when it has fewer words), as numbers from
    /// `numbering`, which gives each run met for the first time the next number.
    private static func runs(of text: String, numbering: inout [String: Int]) -> Set<Int> {
        let words = words(text)
        let width = min(3, words.count)
        guard width > 0 else { return [] }
        var result = Set<Int>()
        for start in 0...(words.count - width) {
            let run = words[start..<(start + width)].joined(separator: " ")
            if let number = numbering[run] {
                result.insert(number)
            } else {
                numbering[run] = numbering.count
                result.insert(numbering.count - 1)
            }
        }
        return result
    }
}

extension SectionMatcher.Pair {
    /// The similarity of a pair made by content (1 for a pair made by heading).
    var similarity: Double {
        if case .content(let value) = evidence { return value }
        return 1
    }
}
