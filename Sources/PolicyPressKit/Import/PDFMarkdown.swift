import Foundation

/// The PDF reader's Markdown made ready for pandoc and the clean-up every document gets (`DocumentCleaner`):
/// the passes only a PDF needs, each reported. A table cut by a page break is put back in its place
/// (`PageBreakTables`); the page furniture goes (`PageFurniture`); the pages become
/// one text, a paragraph cut by a page break joined again; letters the PDF drew as ligatures ("ﬁ") are
/// written out; the headings are levelled (`HeadingLevels`); a contents list, and the title page PolicyPress
/// prints (the school, the approval, the facts), are left out.
struct PDFMarkdown {
    /// The report's lines, in the order of the passes.
    private(set) var report: [String] = []
    /// The title the PDF's properties give, when it is the document's: its first words are on the first page
    /// (a Word file's properties often hold a template's name, or the file's).
    private(set) var title: String?

    /// The Markdown of the whole document.
    mutating func markdown(of reading: PDFReader.Reading) -> String {
        // Empty tables first: lines drawn at the foot of every page would pass for a running footer.
        var pages = reading.pages.map { PageFurniture.blocks(of: Self.plain($0)) }
        if let title = reading.title, Self.isTitle(title, of: reading.pages.first ?? "") { self.title = title }
        let emptyTables = pages.joined().filter { Self.isEmptyTable($0.markdown) }.count
        pages = pages.map { $0.filter { !Self.isEmptyTable($0.markdown) } }
        var tables = PageBreakTables()
        pages = tables.placed(pages, runningOn: reading.tablesRunningOn)
        report += tables.reportLines
        var furniture = PageFurniture()
        let margins = reading.margins.map { ($0.page, Self.plain($0.text), $0.footer) }
        var blocks = Self.joined(
            Self.runningOnLast(furniture.removed(from: pages, margins: margins), reading.blocksRunningOn))
        report += furniture.reportLines
        let listed = ListedHeadings.restored(blocks)
        blocks = listed.blocks
        if listed.count > 0 {
            report.append(
                "\(listed.count) numbered \(listed.count == 1 ? "heading" : "headings") that the PDF set like a list item (its number, then the words) \(listed.count == 1 ? "was" : "were") taken as headings"
            )
        }
        if emptyTables > 0 {
            report.append(
                "\(emptyTables) empty \(emptyTables == 1 ? "table was" : "tables were") left out (lines drawn on the page, with no words)"
            )
        }
        var levels = HeadingLevels()
        blocks = levels.levelled(blocks, sizes: reading.headings.map { (Self.plain($0.text), $0.size) })
        blocks = withoutTitlePage(blocks)
        blocks = withoutContents(blocks)
        report += levels.reportLines
        return blocks.map(\.markdown).joined(separator: "\n\n") + "\n"
    }

    /// Text as the PDF drew it, made plain: ligatures written out; the reader's line breaks in a table cell
    /// made spaces, and after a hyphen taken away; a `<` that Markdown would take for HTML escaped.
    static func plain(_ text: String) -> String {
        var text = text
        for (ligature, letters) in [
            "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st", "\u{00AD}": "",
        ] {
            text = text.replacingOccurrences(of: ligature, with: letters)
        }
        text = text.replacingOccurrences(of: #"(<|&lt;)br\s*/?(>|&gt;)"#, with: " ", options: .regularExpression)
        // A word the line broke after its hyphen ("self-" / "discipline") is one word again.
        text = text.replacingOccurrences(of: #"(\p{L})-\n(\p{Ll})"#, with: "$1-$2", options: .regularExpression)
        return text.replacingOccurrences(of: #"<(?=[A-Za-z/!?])"#, with: #"\\<"#, options: .regularExpression)
    }

    // A paragraph (or list) that runs on to the next page is the last on its page, before the footnotes at its
    // foot. The reader, reading a tagged PDF's structure, can set it higher (above the heading it follows),
    // since its box spans both pages; moved back, it stays under its heading.
    static func runningOnLast(_ pages: [[PageFurniture.Block]], _ running: [(page: Int, text: String)])
        -> [[PageFurniture.Block]]
    {
        var pages = pages
        for (page, text) in running where pages.indices.contains(page) {
            let key = WordParts.key(plain(text))
            guard !key.isEmpty, let index = pages[page].firstIndex(where: { WordParts.key($0.text) == key }) else {
                continue
            }
            let block = pages[page].remove(at: index)
            let footnotes = pages[page].reversed().prefix {
                $0.markdown.range(of: #"^(- )?\[\d+\] "#, options: .regularExpression) != nil
            }.count
            pages[page].insert(block, at: pages[page].count - footnotes)
        }
        return pages
    }

    // The pages as one list of blocks; a paragraph that a page break cut (it ends without a stop, and the
    // next page goes on in small letters) is one paragraph again.
    static func joined(_ pages: [[PageFurniture.Block]]) -> [PageFurniture.Block] {
        var blocks: [PageFurniture.Block] = []
        for page in pages {
            var page = page[...]
            if let last = blocks.last, let first = page.first, isProse(last.markdown), isProse(first.markdown),
                let end = last.markdown.last, !".!?:;".contains(end), first.markdown.first?.isLowercase == true
            {
                blocks[blocks.count - 1].markdown += " " + first.markdown
                page = page.dropFirst()
            }
            blocks += page
        }
        return blocks
    }

    // A paragraph of text: not a heading, list, table or quotation.
    private static func isProse(_ markdown: String) -> Bool {
        guard let first = markdown.first else { return false }
        return !"#|->*+".contains(first) && markdown.range(of: #"^\d+[.)] "#, options: .regularExpression) == nil
    }

    /// Whether a block is a table whose cells hold no words.
    static func isEmptyTable(_ markdown: String) -> Bool {
        markdown.hasPrefix("|") && !markdown.contains(where: { $0.isLetter || $0.isNumber })
    }

    // PolicyPress's own title page, when the PDF is one it printed: after the title, the school's name, the
    // approval or draft notice and the facts ("Approving body: …", "Reviewed every: …"; the colons are the text
    // edition's, which Typst prints, and not the web page's, which Chromium prints) up to the contents.
    private mutating func withoutTitlePage(_ blocks: [PageFurniture.Block]) -> [PageFurniture.Block] {
        guard let title = blocks.firstIndex(where: { HeadingLevels.level(of: $0.markdown) != nil }),
            title + 1 < blocks.count
        else { return blocks }
        let next =
            blocks[(title + 1)...].firstIndex(where: { HeadingLevels.level(of: $0.markdown) != nil }) ?? blocks.endIndex
        let front = blocks[(title + 1)..<next]
        guard front.contains(where: { $0.text.contains("Approving body") && $0.text.contains("Reviewed every") }) else {
            return blocks
        }
        // The contents stay for their own pass, which checks them against the headings.
        let contents = front.firstIndex(where: { Self.isContentsTitle($0.text) }) ?? next
        guard contents > title + 1 else { return blocks }
        let parts = blocks[(title + 1)..<contents].map { "'\(InlineCleanup.firstWords($0.text))'" }
        report.append(
            "the title page PolicyPress printed (\(parts.joined(separator: ", "))) was left out: the school's profile, policy.yml and the register hold it"
        )
        // Its running header is the school and the title (a draft's with a notice between): on a page or two,
        // too few to be seen repeating.
        let school = blocks[title + 1].text, name = PageFurniture.Block.text(of: blocks[title].markdown)
        let isHeader = { (block: PageFurniture.Block) in
            block.text.hasPrefix(school) && block.text.hasSuffix(name)
                && block.text.count <= school.count + name.count + 40
        }
        let headers = blocks.filter(isHeader)
        if let first = headers.first {
            report.append(
                "the running header '\(first.text)' (on \(headers.count) \(headers.count == 1 ? "page" : "pages")) was left out: it is the page's, not the policy's text"
            )
        }
        return Array(blocks[...title] + blocks[contents...]).filter { !isHeader($0) }
    }

    // A contents list: "Contents" and the entries after it, up to the next heading, when every word of the
    // entries is a word of a heading that follows, or a page number, a dot leader, a section number.
    private mutating func withoutContents(_ blocks: [PageFurniture.Block]) -> [PageFurniture.Block] {
        guard let start = blocks.firstIndex(where: { Self.isContentsTitle($0.text) }) else { return blocks }
        let end =
            blocks[(start + 1)...].firstIndex(where: { HeadingLevels.level(of: $0.markdown) != nil }) ?? blocks.endIndex
        let headingWords = Set(
            blocks[end...].filter { HeadingLevels.level(of: $0.markdown) != nil }.flatMap { Self.words($0.text) })
        var entries = Self.words(blocks[start].text).dropFirst(
            blocks[start].text.lowercased().hasPrefix("table of contents") ? 3 : 1)
        for block in blocks[(start + 1)..<end] { entries += Self.words(block.text) }
        // Entries of only dot leaders and page numbers (a tagged PDF's contents can read so) are entries too.
        guard !entries.isEmpty || end > start + 1, entries.allSatisfy(headingWords.contains) else { return blocks }
        report.append(
            "a contents list (\(end - start) \(end - start == 1 ? "block" : "blocks")) was left out: PolicyPress makes its own"
        )
        return Array(blocks[..<start] + blocks[end...])
    }

    /// Whether the properties' title names this document: two words or more, not a file's name, and its first
    /// three words on the first page.
    static func isTitle(_ title: String, of firstPage: String) -> Bool {
        let said = words(title)
        guard said.count >= 2,
            title.range(of: #"(?i)\.(docx?|pdf|odt|rtf)$|^microsoft word"#, options: .regularExpression) == nil
        else {
            return false
        }
        return words(plain(firstPage)).joined(separator: " ").contains(said.prefix(3).joined(separator: " "))
    }

    /// Whether a block starts a contents list: "Contents" or "Table of contents", alone or before its entries.
    static func isContentsTitle(_ text: String) -> Bool {
        text.range(of: #"^(?i)(table of )?contents(\s|$)"#, options: .regularExpression) != nil
    }

    // Words compared in a contents list: small letters, without numbers, dot leaders and punctuation.
    private static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map(String.init)
    }
}
