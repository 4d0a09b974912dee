/// Turns a school's own words in an imported text back into variables, so that the policy serves every
/// school: exact occurrences of the school's profile values become `{{ school.… }}`, and words of its
/// type's vocabulary become `{{ term.… }}` where the word means one term only. Each replacement, and each
/// word left because it is ambiguous, is listed with its place.
public struct SchoolWords: Sendable {
    /// One replacement or ambiguity: the section (index), line and column (from 1) in its Markdown.
    public struct Change: Sendable, Equatable {
        public var section: Int
        public var line: Int
        public var column: Int
        public var words: String
        /// The variable put in, or nil when the words were left because several terms have them.
        public var variable: String?
        /// For an ambiguity, the terms the words could be.
        public var candidates: [String] = []
    }

    /// Values to replace, longest first: (words, variable) pairs.
    private var replacements: [(words: String, variable: String)] = []
    /// Words that several terms share, with those terms.
    private var ambiguous: [(words: String, terms: [String])] = []

    /// The school's values (by dotted name, as in `SchoolProfile.values`) and its type's terms.
    public init(values: [String: String], terms: [String: String]) {
        var byWords: [String: [String]] = [:]
        for (key, value) in values where Self.isReplaceable(value) && !Self.notValues.contains(key) {
            byWords[value, default: []].append("school.\(key)")
        }
        var termWords: [String: [String]] = [:]
        // A term written all in small letters ("school") is too common a word to replace wherever it stands.
        for (key, value) in terms where Self.isReplaceable(value) && value.contains(where: \.isUppercase) {
            termWords[value, default: []].append("term.\(key)")
        }
        for (words, keys) in byWords { replacements.append((words, keys.sorted()[0])) }
        for (words, keys) in termWords where byWords[words] == nil {
            if keys.count == 1 { replacements.append((words, keys[0])) } else { ambiguous.append((words, keys.sorted())) }
        }
        replacements.sort { ($0.words.count, $0.words) > ($1.words.count, $1.words) }
        ambiguous.sort { $0.words > $1.words }
    }

    /// Profile keys that are settings, not words a policy says.
    static let notValues: Set<String> = ["type", "website", "site_url", "contact", "trust_folder", "accessibility.contact", "accessibility.last_checked"]

    static func isReplaceable(_ value: String) -> Bool {
        value.count >= 4 && !value.contains("@") && !value.contains("://") && !value.contains("{{")
    }

    /// `markdown` (the section `section`) with the school's words made variables, and the changes.
    public func applied(to markdown: String, section: Int) -> (markdown: String, changes: [Change]) {
        var changes: [Change] = []
        var lines: [String] = []
        for (offset, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var text = String(line)
            for (words, variable) in replacements {
                text = replacing(words, with: "{{ \(variable) }}", in: text) { column in
                    changes.append(Change(section: section, line: offset + 1, column: column, words: words, variable: variable))
                }
            }
            for (words, terms) in ambiguous {
                _ = replacing(words, with: nil, in: text) { column in
                    changes.append(Change(section: section, line: offset + 1, column: column, words: words, variable: nil, candidates: terms))
                }
            }
            lines.append(text)
        }
        // Columns as they stand in the text written: each change, in order, at the next place its result stands.
        changes.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        var searchedFrom: [String: String.Index] = [:]
        for index in changes.indices {
            let line = lines[changes[index].line - 1]
            let shown = changes[index].variable.map { "{{ \($0) }}" } ?? changes[index].words
            let key = "\(changes[index].line) \(shown)"
            if let range = line.range(of: shown, range: (searchedFrom[key] ?? line.startIndex)..<line.endIndex) {
                changes[index].column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                searchedFrom[key] = range.upperBound
            }
        }
        changes.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return (lines.joined(separator: "\n"), changes)
    }

    // Each whole-word occurrence of `words` outside variables and link addresses, replaced by `replacement`
    // (or, when nil, only found); `found` gets each one's column in the line as it was before.
    private func replacing(_ words: String, with replacement: String?, in line: String, found: (Int) -> Void) -> String {
        var result = ""
        var rest = Substring(line)
        var column = 1
        while let range = rest.range(of: words) {
            let before = rest[..<range.lowerBound]
            let previous = (result + before).last, next = rest[range.upperBound...].first
            let wordEdge = !(previous?.isLetter ?? false) && !(previous?.isNumber ?? false) && !(next?.isLetter ?? false) && !(next?.isNumber ?? false)
            let inVariable = (result + before).components(separatedBy: "{{").count > (result + before).components(separatedBy: "}}").count
            let inAddress = (result + before).hasSuffix("](") || (result + before).range(of: #"\]\([^)]*$"#, options: .regularExpression) != nil
            column += before.count
            if wordEdge, !inVariable, !inAddress {
                found(column)
                result += before + (replacement ?? words)
            } else {
                result += before + words
            }
            column += words.count
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
