/// Finds the nearest known name to a misspelt one, for "did you mean …?" hints.
enum Suggestion {
    /// The closest candidate within a small edit distance, or nil when nothing is close.
    static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(2, word.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit,
                distance < (best?.distance ?? .max)
                    || (distance == best?.distance && candidate < best!.name)
            {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// " (did you mean 'x'?)" or "", ready to append to a message.
    static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        guard let name = nearest(to: word, in: candidates) else { return "" }
        return " (did you mean '\(name)'?)"
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}
