import Foundation

/// What a policy's own words say about it, found in its imported sections: how often it is reviewed
/// ("reviewed annually", "every two years"), who approves it, an approval already given ("Approved by the
/// Governing Body on 12 March 2025"), and the slash forms ("School/Academy") that may want a `{{ term.… }}`.
/// Each with the section file's line and column where it was found, for the author to check.
public struct PolicyFacts: Sendable, Equatable {
    /// A fact and where it was found: the index of the section, and the line and column in its Markdown
    /// (from 1).
    public struct Found<Value: Sendable & Equatable>: Sendable, Equatable {
        public var value: Value
        public var section: Int
        public var line: Int
        public var column: Int
        /// The words that said it.
        public var words: String
    }

    /// An approval the text records.
    public struct Approval: Sendable, Equatable {
        public var body: String
        public var date: Day
    }

    public var reviewCycle: Found<ReviewCycle>?
    public var approvingBody: Found<String>?
    public var approval: Found<Approval>?
    public var slashForms: [Found<String>] = []

    /// The facts in `sections` (their Markdown, in order).
    public init(sections: [String]) {
        for (index, markdown) in sections.enumerated() {
            for (offset, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                find(in: String(line), section: index, line: offset + 1)
            }
        }
    }

    static let cycles: [(pattern: String, months: Int)] = [
        (#"\b(reviewed|review(ed)? it)\s+(annually|yearly)\b"#, 12),
        (#"\b(every|each)\s+(year|twelve months|12 months)\b"#, 12),
        (#"\bannual(ly)? review(ed)?\b"#, 12), (#"\bevery\s+(two|2)\s+years\b"#, 24), (#"\bbiennially\b"#, 24),
        (#"\bevery\s+(three|3)\s+years\b"#, 36), (#"\bevery\s+(four|4)\s+years\b"#, 48),
        (#"\bevery\s+(six|6)\s+months\b"#, 6),
    ]

    static let bodies = [
        "Full Governing Body", "Local Governing Body", "Governing Body", "Governing Board", "Board of Governors",
        "Board of Trustees",
        "Board of Directors", "Trust Board", "Management Committee", "Resources Committee", "Curriculum Committee",
        "Headteacher",
        "Principal", "Proprietor",
    ]

    private mutating func find(in written: String, section: Int, line number: Int) {
        // A non-breaking space (Word keeps "12 March 2025" on one line with them) is a space here; each is
        // one character, so columns stay those of the line written.
        let line = written.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(
            of: "\u{202F}", with: " ")
        let column = { (index: String.Index) in line.distance(from: line.startIndex, to: index) + 1 }
        if reviewCycle == nil {
            for (pattern, months) in Self.cycles {
                if let range = line.range(of: pattern, options: [.regularExpression, .caseInsensitive]) {
                    reviewCycle = Found(
                        value: ReviewCycle(months: months), section: section, line: number,
                        column: column(range.lowerBound), words: String(line[range]))
                    break
                }
            }
        }
        if reviewCycle == nil, let (months, range) = Self.reviewDates(in: line) {
            reviewCycle = Found(
                value: ReviewCycle(months: months), section: section, line: number, column: column(range.lowerBound),
                words: String(line[range]))
        }
        // "approved by the Governing Body on 12 March 2025": the body, and a date when one is written.
        let approvedBy =
            #"\bapproved by (the )?([A-Z][A-Za-z]+( (of )?[A-Z][A-Za-z]+)*)(( on)? (\d{1,2})(st|nd|rd|th)? ([A-Z][a-z]+) (\d{4}))?"#
        if let range = line.range(of: approvedBy, options: [.regularExpression, .caseInsensitive]) {
            let words = String(line[range])
            let body =
                Self.bodies.first { words.range(of: $0, options: .caseInsensitive) != nil } ?? Self.body(in: words)
            if approvingBody == nil, let body {
                approvingBody = Found(
                    value: body, section: section, line: number, column: column(range.lowerBound), words: words)
            }
            if approval == nil, let body, let date = Self.date(in: words) {
                approval = Found(
                    value: Approval(body: body, date: date), section: section, line: number,
                    column: column(range.lowerBound), words: words)
            }
        } else if approvingBody == nil, reviewCycle?.line == number, reviewCycle?.section == section,
            let (body, range) = Self.bodies.lazy.compactMap({ body in
                line.range(of: "by the " + body, options: .caseInsensitive).map { (body, $0) }
            }).first
        {
            approvingBody = Found(
                value: body, section: section, line: number, column: column(range.lowerBound), words: "by the \(body)")
        }
        findSlashForms(in: line, section: section, line: number)
    }

    static let slashForm = try! NSRegularExpression(
        pattern: #"\b[A-Za-z][a-z]+( [A-Z][a-z]+)*/[A-Za-z][a-z]+( (of )?[A-Z][a-z]+)*\b"#)

    // Slash forms, left to right, all found in one search. The line is read once: what stands before each
    // form (whether it is in a link's address) is kept up to date as the reading moves on.
    private mutating func findSlashForms(in line: String, section: Int, line number: Int) {
        var read = line.startIndex, column = 1, inAddress = false, previous: Character?
        for match in Self.slashForm.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
            guard let range = Range(match.range, in: line), range.lowerBound >= read else { continue }
            while read < range.lowerBound {
                let character = line[read]
                if previous == "]", character == "(" { inAddress = true } else if character == ")" { inAddress = false }
                previous = character
                column += 1
                read = line.index(after: read)
            }
            var form = String(line[range])
            var at = column
            for article in ["The ", "the "] where form.hasPrefix(article) {
                form.removeFirst(article.count)
                at += article.count
            }
            // A link's address, a path or a web address, and "and/or" are not slash forms.
            let attached = previous == "/" || previous == "." || previous == ":"
            if !["and/or", "he/she", "his/her", "him/her"].contains(form.lowercased()), !inAddress, !attached {
                slashForms.append(Found(value: form, section: section, line: number, column: at, words: form))
            }
        }
    }

    // The capitalised words after "approved by (the)" ("of" and "and" between them), up to the first other word.
    private static func body(in words: String) -> String? {
        let afterBy =
            words.range(of: "by ", options: .caseInsensitive).map { words[$0.upperBound...] } ?? Substring(words)
        let withoutThe = afterBy.hasPrefix("the ") ? afterBy.dropFirst(4) : afterBy
        var kept: [Substring] = []
        for word in withoutThe.split(separator: " ") {
            if word.first?.isUppercase == true {
                kept.append(word)
            } else if ["of", "and"].contains(word), !kept.isEmpty {
                kept.append(word)
            } else {
                break
            }
        }
        while let last = kept.last, ["of", "and"].contains(last) { kept.removeLast() }
        return kept.isEmpty ? nil : kept.joined(separator: " ")
    }

    /// A review table's row, "Last reviewed: September 2025 | Next review: September 2026": the months between
    /// the two, when they make a review cycle, and the words that say it.
    static func reviewDates(in line: String) -> (months: Int, range: Range<String.Index>)? {
        let pattern =
            #"(last reviewed|date reviewed|reviewed|approved)[^A-Za-z0-9]*(?:on)?\s*(\d{1,2}(?:st|nd|rd|th)? )?([A-Za-z]+) (\d{4}).*?next review(?: date| due)?[^A-Za-z0-9]*(?:by)?\s*(\d{1,2}(?:st|nd|rd|th)? )?([A-Za-z]+) (\d{4})"#
        guard let expression = try? NSRegularExpression(pattern: pattern, options: .caseInsensitive),
            let match = expression.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
            let range = Range(match.range, in: line)
        else { return nil }
        func text(_ group: Int) -> String { Range(match.range(at: group), in: line).map { String(line[$0]) } ?? "" }
        let months = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        guard
            let from = months.firstIndex(where: { text(3).lowercased().hasPrefix($0.prefix(3)) && text(3).count >= 3 }),
            let to = months.firstIndex(where: { text(6).lowercased().hasPrefix($0.prefix(3)) && text(6).count >= 3 }),
            let fromYear = Int(text(4)), let toYear = Int(text(7))
        else { return nil }
        let between = (toYear - fromYear) * 12 + (to - from)
        return [6, 12, 24, 36, 48].contains(between) ? (between, range) : nil
    }

    /// "12 March 2025" or "4th February 2025" in `words`, as a day.
    static func date(in words: String) -> Day? {
        let pattern = #"(\d{1,2})(st|nd|rd|th)? ([A-Za-z]+) (\d{4})"#
        guard let range = words.range(of: pattern, options: .regularExpression) else { return nil }
        let parts = words[range].split(separator: " ")
        let day = Int(parts[0].prefix { $0.isNumber }) ?? 0
        let months = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        guard let month = months.firstIndex(of: parts[1].lowercased()), let year = Int(parts[2]) else { return nil }
        return Day(year: year, month: month + 1, day: day)
    }
}
