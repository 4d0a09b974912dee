import Foundation

/// A PDF's page furniture: its running headers and footers (lines repeated at the top or foot of most
/// pages, with their page numbers made alike) and page numbers ("Page 3 of 14", "- 3 -"), taken off each
/// page's Markdown and listed, so that the pages can be read as one text.
struct PageFurniture {
    /// What was taken off: the words as on the first page that had them, and on how many pages.
    struct Removal: Equatable {
        var text: String
        var pages: Int
        /// Whether it was at the foot of the page, rather than at its top.
        var footer: Bool
        /// Whether it was a page number alone.
        var pageNumber: Bool
    }

    /// What was taken off, in the order first met.
    private(set) var removals: [Removal] = []

    /// How many blocks at the top and at the foot of a page are looked at.
    static let edge = 2

    /// A block of a page: its lines, and the text a heading mark aside.
    struct Block {
        var markdown: String
        var text: String { Self.text(of: markdown) }

        /// The words of a block's Markdown, without a heading's `#` marks, one space apart.
        static func text(of markdown: String) -> String {
            markdown.replacingOccurrences(of: #"^#{1,6}\s+"#, with: "", options: .regularExpression)
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }

    /// The blocks of one page's Markdown: parts between blank lines. The reader keeps the PDF's line breaks
    /// (so that a heading set on a line of its own can be told); a heading's lines are one line again, but
    /// for a sentence after a numbered heading's line, which the reader took into the heading.
    static func blocks(of page: String) -> [Block] {
        page.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter {
            !$0.trimmingCharacters(in: .whitespaces).isEmpty
        }
        .flatMap { markdown -> [Block] in
            guard markdown.hasPrefix("#") else { return [Block(markdown: markdown)] }
            let lines = markdown.split(whereSeparator: \.isNewline).map(String.init)
            let rest = lines.dropFirst().joined(separator: " ")
            let title = lines[0].replacingOccurrences(of: #"^#+\s*"#, with: "", options: .regularExpression)
            if HeadingNumber.split(title).number != nil, let last = rest.last, ".:;?!".contains(last),
                rest.first?.isUppercase == true
            {
                return [Block(markdown: lines[0]), Block(markdown: rest)]
            }
            return [Block(markdown: lines.joined(separator: " "))]
        }
    }

    /// `pages` without their furniture: the margins the reader found (`margins`, each with its page) and the
    /// blocks at a page's edge that repeat on most pages, or are page numbers.
    mutating func removed(from pages: [[Block]], margins: [(page: Int, text: String, footer: Bool)]) -> [[Block]] {
        let pageCount = pages.count
        // A key per edge block: its words, small letters, every run of digits one mark.
        var seen: [String: Set<Int>] = [:], seenExactly: [String: Set<Int>] = [:]
        for (index, page) in pages.enumerated() {
            for block in Self.edges(of: page) {
                seen[Self.key(block.text), default: []].insert(index)
                seenExactly[block.text.lowercased(), default: []].insert(index)
            }
        }
        let most = max(2, (pageCount + 1) / 2)
        let marginKeys = Set(margins.map { Self.key($0.text) })
        var counts: [String: (removal: Removal, pages: Set<Int>)] = [:]
        var order: [String] = []
        func note(_ key: String, _ text: String, page: Int, footer: Bool, number: Bool) {
            if counts[key] == nil {
                counts[key] = (Removal(text: text, pages: 0, footer: footer, pageNumber: number), [])
                order.append(key)
            }
            counts[key]!.pages.insert(page)
        }
        var result: [[Block]] = []
        for (index, page) in pages.enumerated() {
            var kept: [Block] = []
            for (position, block) in page.enumerated() {
                let atTop = position < Self.edge, atFoot = position >= page.count - Self.edge
                let key = Self.key(block.text)
                let number = Self.isPageNumber(block.text)
                // "Page 3 of 14" with a few words, first or last on its page, is a footer or header even alone.
                let outermost = position == 0 || position == page.count - 1
                let numbered = outermost && Self.hasPageNumber(block.text)
                // Alike but for their numbers ("Page 3", "Page 4") only first or last on the page: a paragraph
                // near the edge that differs from page to page in its numbers alone is still text.
                let repeated =
                    pageCount >= 2 && !Self.isTooLong(block.text)
                    && ((seenExactly[block.text.lowercased()]?.count ?? 0) >= most
                        || outermost && (seen[key]?.count ?? 0) >= most)
                if (atTop || atFoot), number || numbered || repeated || marginKeys.contains(key) {
                    note(key, block.text, page: index, footer: atFoot && !atTop, number: number)
                } else {
                    kept.append(block)
                }
            }
            result.append(kept)
        }
        // The reader's own finds, which its Markdown may have left out already.
        for margin in margins {
            note(
                Self.key(margin.text), margin.text, page: margin.page, footer: margin.footer,
                number: Self.isPageNumber(margin.text))
        }
        removals = order.map { key in
            var removal = counts[key]!.removal
            removal.pages = counts[key]!.pages.count
            return removal
        }
        return result
    }

    // The blocks at the top and at the foot of a page.
    private static func edges(of page: [Block]) -> [Block] {
        page.count <= 2 * edge ? page : Array(page.prefix(edge) + page.suffix(edge))
    }

    /// A block's words made comparable from page to page: small letters, each number one mark.
    static func key(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: #"\d+"#, with: "#", options: .regularExpression)
    }

    /// Whether the words are a page number alone: "3", "Page 3", "Page 3 of 14", "3 of 14", "3/14", "- 3 -".
    static func isPageNumber(_ text: String) -> Bool {
        text.range(of: #"^(?i)[-–—]?\s*(page\s+)?\d{1,4}(\s*(of|/)\s*\d{1,4})?\s*[-–—]?$"#, options: .regularExpression)
            != nil
    }

    /// Whether a line holds "Page 3 of 14" among a few other words.
    static func hasPageNumber(_ text: String) -> Bool {
        text.split(separator: " ").count <= 14
            && text.range(of: #"(?i)\bpage\s+\d{1,4}\s+of\s+\d{1,4}\b"#, options: .regularExpression) != nil
    }

    // A paragraph of text repeated on most pages is not a running header: a header is a line.
    private static func isTooLong(_ text: String) -> Bool {
        text.split(separator: " ").count > 24
    }

    /// One line for the report of each thing taken off.
    var reportLines: [String] {
        removals.map { removal in
            let pages = "\(removal.pages) \(removal.pages == 1 ? "page" : "pages")"
            if removal.pageNumber {
                return
                    "the page numbers ('\(removal.text)', on \(pages)) were left out: PolicyPress numbers the pages it prints"
            }
            return
                "the running \(removal.footer ? "footer" : "header") '\(removal.text)' (on \(pages)) was left out: it is the page's, not the policy's text"
        }
    }
}
