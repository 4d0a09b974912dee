/// Fragment ids for headings: lower case words joined by hyphens, unique within a page.
struct SlugMaker {
    private var used: Set<String> = []

    /// The ids the policy page's template gives its own elements, which no section or heading may take.
    static let policyPageIDs: Set<String> = ["main", "contents-heading", "notes-heading"]

    /// A maker that never gives out any of `taken` (ids the page already uses).
    init(reserving taken: Set<String> = []) {
        used = taken
    }

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
