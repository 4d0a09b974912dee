/// Fragment ids for headings: lower case words joined by hyphens, unique within a page.
struct SlugMaker {
    private var used: Set<String> = []

    /// A new id for `title` ("Scope of the Policy" → `scope-of-the-policy`, then `scope-of-the-policy-2`);
    /// letters outside ASCII are kept ("Café" → `café`), as HTML allows.
    mutating func slug(for title: String) -> String {
        var words: [String] = []
        var word = ""
        for scalar in title.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        let base = words.isEmpty ? "section" : words.joined(separator: "-")
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}
