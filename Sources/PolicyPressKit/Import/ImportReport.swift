/// What the import did to a document beyond copying its words: every paragraph taken as a heading, and
/// everything left out or changed, with where it was, so that nothing is dropped without a line here.
struct ImportReport: Sendable, Equatable {
    /// One thing to tell the author.
    enum Item: Sendable, Equatable {
        /// A paragraph in bold (or capitals) standing alone, taken as a heading of this level.
        case headingTaken(String, level: Int)
        /// A paragraph in bold standing first, above the numbered headings, taken as the title.
        case titleTaken(String)
        /// A heading's number, dropped because PolicyPress numbers sections itself.
        case numberDropped(String, heading: String)
        /// A first heading that repeats the title the document's properties give, taken as the title.
        case titleRepeated(String)
        /// A picture, with its description, left out.
        case imageLeftOut(String)
        /// A comment, with its first words, left out.
        case commentLeftOut(String)
        /// Word's table of contents (its entries), left out.
        case contentsLeftOut(entries: Int)
        /// A table cell holding several paragraphs or a list, joined into one line.
        case cellJoined(table: Int, row: Int, column: Int)
        /// A drafting note to the adopting school, moved to the section's guidance.
        case noteMoved(String)
        /// A place to fill in, in square brackets, left as it is.
        case blank(String)
        /// Raw HTML or other markup that no edition would publish, left out.
        case markupLeftOut(String)
        /// Text before the first heading, kept as a section of its own.
        case preamble
        /// A part of the document's properties (its subtitle, author, date) that is not the policy's text.
        case metadataLeftOut(field: String, text: String)
        /// A link to a place in the document that is not a heading (a bookmark), or that the document no
        /// longer has: its words kept, without the link.
        case linkKeptAsText(words: String, target: String, bookmark: Bool)
        /// A link to a file that is not part of the policy (a relative or root-relative path, a file on the
        /// author's computer), kept: it will lead nowhere where the policies are published.
        case linkToFile(words: String, url: String)
        /// A table cell merged down over several rows, repeated in each (a Markdown table cannot merge cells).
        case cellRepeated(table: Int, row: Int, column: Int, rows: Int)
        /// A text box's words (which pandoc does not read), kept as a quote where the box stood, or at the end.
        case textBoxKept(String, placed: Bool)
        /// Symbols in a symbol font (a Wingdings tick), which pandoc does not read, left out.
        case symbolsLeftOut(Int)
        /// A page header or footer's words, which are not the policy's text.
        case marginLeftOut(part: String, words: String)
        /// A section whose heading has nothing under it in the document.
        case emptySection
        /// A footnote on a heading, moved to just after the heading (a heading holds only words).
        case headingNoteMoved(heading: String)
    }

    /// Each item, with the section it is in (nil before any section).
    var items: [(section: String?, item: Item)] = []

    static func == (lhs: ImportReport, rhs: ImportReport) -> Bool {
        lhs.items.map(\.section) == rhs.items.map(\.section) && lhs.items.map(\.item) == rhs.items.map(\.item)
    }

    mutating func add(_ item: Item, in section: String?) {
        items.append((section, item))
    }

    /// One line each, as the import prints them under the file's summary; the numbers dropped from headings
    /// are said once for all, and a blank met several times in a section once with its count.
    var lines: [String] {
        var lines: [String] = []
        let numbers = items.compactMap { entry -> String? in
            if case .numberDropped(let number, _) = entry.item { return number }
            return nil
        }
        if !numbers.isEmpty {
            lines.append(
                "the numbers of \(numbers.count) \(numbers.count == 1 ? "heading were" : "headings were") dropped (\(numbers.prefix(6).joined(separator: ", "))\(numbers.count > 6 ? ", …" : "")): PolicyPress numbers sections itself"
            )
        }
        var seen: [String: Int] = [:]
        var counted: [(line: String, key: String)] = []
        for (section, item) in items {
            if case .numberDropped = item { continue }
            let place =
                section.map { "in '\($0)': " } ?? (item.isAboutTheWholeDocument ? "" : "before the first heading: ")
            var line = place + Self.describe(item)
            // A note before any section is about the whole model: it goes into policy.yml, as a comment.
            if section == nil, case .noteMoved(let note) = item {
                line =
                    place
                    + "the drafting note '[\(note)]' was kept as a comment in policy.yml, which is never published"
            }
            if case .blank = item, let index = seen[line] {
                counted[index].key += "+"
                continue
            }
            seen[line] = counted.count
            counted.append((line, ""))
        }
        for (line, more) in counted {
            lines.append(more.isEmpty ? line : line + " (\(more.count + 1) times)")
        }
        return lines
    }

    static func describe(_ item: Item) -> String {
        switch item {
        case .headingTaken(let text, let level):
            return
                "'\(text)' stands alone in bold or capitals, so it was taken as a \(level == 1 ? "section heading" : "heading inside a section")"
        case .titleTaken(let text):
            return "'\(text)' stands first, in bold, above the numbered headings, so it was taken as the title"
        case .titleRepeated(let text):
            return
                "the first heading, '\(text)', repeats the document's title, so it was taken as the title, not as a section"
        case .numberDropped(let number, let heading):
            return
                "the number '\(number)' was dropped from the heading '\(heading)' (PolicyPress numbers sections itself)"
        case .imageLeftOut(let description):
            return "a picture was left out" + (description.isEmpty ? "" : " ('\(description)')")
                + ": PolicyPress publishes text"
        case .commentLeftOut(let words):
            return "a comment was left out ('\(words)')"
        case .contentsLeftOut(let entries):
            return
                "Word's table of contents (\(entries) \(entries == 1 ? "entry" : "entries")) was left out: PolicyPress makes its own"
        case .cellJoined(let table, let row, let column):
            return
                "table \(table), row \(row) from the top, column \(column): the cell held several lines, paragraphs or a list, joined into one line"
        case .noteMoved(let note):
            return "the drafting note '[\(note)]' was moved to the section's guidance, which is never published"
        case .blank(let text):
            return "'[\(text)]' is a place to fill in: replace it with the school's words, or a variable"
        case .markupLeftOut(let what):
            return "\(what) was left out: it would not be published"
        case .preamble:
            return "the text before the first heading was kept as a section called 'Preamble'"
        case .metadataLeftOut(let field, let text):
            return "the document's \(field), '\(text)', was left out: it is not the policy's text"
        case .linkKeptAsText(let words, let target, let bookmark):
            let place =
                bookmark
                ? "a bookmark ('\(target)') that is not on a heading"
                : target.hasPrefix("\\")
                    ? "a place named in a Word field ('\(target)'), which cannot be followed"
                    : "'#\(target)', which no heading of the document is"
            return words.isEmpty
                ? "a link without words to \(place) was left out"
                : "the link '\(words)' led to \(place), so its words were kept without the link"
        case .linkToFile(let words, let url):
            let what = words.isEmpty || words == url ? "the link" : "the link '\(words)'"
            return
                "\(what) leads to '\(url)', a file that is not part of the policy: where the policies are published it will lead nowhere; give its full address (https://…), or remove the link"
        case .cellRepeated(let table, let row, let column, let rows):
            return
                "table \(table), row \(row) from the top, column \(column): the cell was merged down over \(rows) rows, and is repeated in each (a Markdown table cannot merge cells): check the table reads well"
        case .textBoxKept(let words, let placed):
            return
                "a text box ('\(words)') was kept as a quote \(placed ? "after the paragraph it stands by" : "at the end of the document, since its place could not be found"): move it where it belongs"
        case .symbolsLeftOut(let count):
            return
                "\(count) \(count == 1 ? "symbol" : "symbols") in a symbol font (such as a Wingdings tick) \(count == 1 ? "was" : "were") left out: type \(count == 1 ? "it" : "them") as text where \(count == 1 ? "it matters" : "they matter")"
        case .marginLeftOut(let part, let words):
            let what = part.hasPrefix("header") ? "page header" : "page footer"
            return
                "the \(what) ('\(words)', \(part)) was not imported: it is not the policy's text; if it holds words the policy needs, put them in its text"
        case .emptySection:
            return
                "the heading has no text under it in the document, so the section is empty: give it text, or delete its file"
        case .headingNoteMoved(let heading):
            return "the footnote on the heading '\(heading)' was moved to just after it: a heading holds only words"
        }
    }
}

extension ImportReport.Item {
    /// Whether the item speaks of the document as a whole, not of a place in it.
    var isAboutTheWholeDocument: Bool {
        switch self {
        case .headingTaken, .titleTaken, .titleRepeated, .contentsLeftOut, .metadataLeftOut, .textBoxKept,
            .symbolsLeftOut, .marginLeftOut:
            return true
        default: return false
        }
    }
}
