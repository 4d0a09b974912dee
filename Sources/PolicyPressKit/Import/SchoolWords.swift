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

    /// Words to look for, longest first: each with its variable, or, when several terms share the words,
    /// with those terms (and no variable).
    private var wordings: [(words: String, variable: String?, terms: [String])] = []

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
        for (words, keys) in byWords { wordings.append((words, keys.sorted()[0], [])) }
        for (words, keys) in termWords where byWords[words] == nil {
            wordings.append(keys.count == 1 ? (words, keys[0], []) : (words, nil, keys.sorted()))
        }
        wordings.sort { ($0.words.count, $0.words) > ($1.words.count, $1.words) }
    }

    /// Profile keys that are settings, not words a policy says.
    static let notValues: Set<String> = [
        "type", "website", "site_url", "contact", "trust_folder", "accessibility.contact", "accessibility.last_checked",
    ]

    static func isReplaceable(_ value: String) -> Bool {
        value.count >= 4 && !value.contains("@") && !value.contains("://") && !value.contains("{{")
    }

    /// `markdown` (the section `section`) with the school's words made variables, and the changes, each at
    /// its line and column in the text written.
    public func applied(to markdown: String, section: Int) -> (markdown: String, changes: [Change]) {
        var changes: [Change] = []
        var lines: [String] = []
        for (offset, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            lines.append(
                replacing(in: line) { column, words, variable, candidates in
                    changes.append(
                        Change(
                            section: section, line: offset + 1, column: column, words: words, variable: variable,
                            candidates: candidates))
                })
        }
        return (lines.joined(separator: "\n"), changes)
    }

    // One pass along the line: at each word's start outside a variable or a link's address, the longest of
    // the school's words that stands there as whole words is replaced (or, when ambiguous, only found).
    // `found` gets the column where the result stands in the line written.
    private func replacing(
        in line: Substring, found: (_ column: Int, _ words: String, _ variable: String?, _ candidates: [String]) -> Void
    ) -> String {
        var result = ""
        var context = MarkdownContext()
        var column = 1
        var previous: Character?
        var index = line.startIndex
        while index < line.endIndex {
            if !Self.isWordCharacter(previous), !context.isInVariable, !context.isInAddress,
                let match = match(in: line, at: index)
            {
                found(column, match.words, match.variable, match.candidates)
                let shown = match.variable.map { "{{ \($0) }}" } ?? match.words
                result += shown
                column += shown.count
                if match.variable == nil { context.read(match.words) }
                previous = match.words.last
                index = match.end
                continue
            }
            let character = line[index]
            result.append(character)
            column += 1
            context.read(character)
            previous = character
            index = line.index(after: index)
        }
        return result
    }

    private func match(in line: Substring, at index: Substring.Index) -> (
        words: String, variable: String?, candidates: [String], end: Substring.Index
    )? {
        let rest = line[index...]
        func standing(_ words: String) -> Substring.Index? {
            guard rest.hasPrefix(words) else { return nil }
            let end = rest.index(index, offsetBy: words.count)
            return end < line.endIndex && Self.isWordCharacter(line[end]) ? nil : end
        }
        for (words, variable, terms) in wordings {
            if let end = standing(words) { return (words, variable, terms, end) }
        }
        return nil
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        character.map { $0.isLetter || $0.isNumber } ?? false
    }

    /// Where a place in a line of Markdown stands, read character by character: inside `{{ … }}` (more
    /// `{{` than `}}` so far) or inside a link's address (after `](`, before its `)`).
    private struct MarkdownContext {
        private var opened = 0, closed = 0
        private var pending: Character?
        private(set) var isInAddress = false
        var isInVariable: Bool { opened > closed }

        mutating func read(_ text: String) { for character in text { read(character) } }

        mutating func read(_ character: Character) {
            switch (pending, character) {
            case ("{", "{"): opened += 1; pending = nil; return
            case ("}", "}"): closed += 1; pending = nil; return
            case ("]", "("): isInAddress = true
            case (_, ")"): isInAddress = false
            default: break
            }
            pending = character
        }
    }
}
