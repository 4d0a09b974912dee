/// Turns pandoc's tree of a document into a policy's parts: a title, and sections each with its
/// heading, its blocks and its drafting notes. Everything it drops or changes goes in the report.
///
/// In order: a document with tracked changes is refused; Word's own table of contents goes; paragraph
/// styles (read with `docx+styles`) say which paragraph is the title; a document with no headings at all
/// has its short bold or capital paragraphs taken as headings; headings lose their numbers; then each
/// block is cleaned (`InlineCleanup`, table cells joined) and the document is cut at its top heading level;
/// last, links inside the document are pointed at their headings' ids (`InternalLinks`) and each section is
/// fitted to what Markdown writes without HTML (`GFMFit`).
struct DocumentCleaner {
    /// Whether drafting notes and blanks stay words of the text (see `PolicyImporter.Reading`).
    var keepsNotesAndBlanks = false
    var report = ImportReport()
    /// The pages a policy's site publishes (another policy's `behaviour.html`), which a link may lead to.
    var sitePages: Set<String> = []
    /// The document's file name, which often is its title ("02 Accident and Incident Policy (2025).docx").
    var fileName: String?
    var links = InternalLinks()

    init(
        sitePages: Set<String> = [], fileName: String? = nil, keepsNotesAndBlanks: Bool = false,
        wordBookmarks: [String: Set<String>] = [:]
    ) {
        self.sitePages = sitePages
        self.fileName = fileName
        self.keepsNotesAndBlanks = keepsNotesAndBlanks
        links = InternalLinks(paragraphBookmarks: wordBookmarks)
    }

    /// One section of the cleaned document.
    struct Section: Equatable {
        var title: String
        var blocks: [PandocBlock]
        /// The drafting notes found in it, for its `guidance`.
        var notes: [String]
        /// The token its heading was tagged with (see `InternalLinks`), when it has a heading.
        var token: String? = nil
    }

    /// The cleaned document.
    struct Result: Equatable {
        var title: String?
        var sections: [Section]
        /// Drafting notes before the first heading: about the whole model, not one section.
        var leadingNotes: [String]
    }

    /// Cleans `document`, or refuses it when it holds tracked changes.
    mutating func clean(_ document: PandocDocument) throws(ImportRefusal) -> Result {
        let changes = TrackedChanges.count(in: document.blocks)
        if changes > 0 {
            throw ImportRefusal(
                "it holds \(changes) tracked \(changes == 1 ? "change" : "changes") not yet accepted or rejected, so it is not yet a text anyone approved: in Word, use Review › Accept (or Reject) › All Changes, save it, and import it again"
            )
        }
        // Pandoc's own title block (HTML written by pandoc) repeats the title; its subtitle, author and date go,
        // each reported.
        var blocks: [PandocBlock] = []
        for block in unwrapped(document.blocks) {
            guard case .div(let attr, let inner) = block, attr.identifier == "title-block-header", document.title != nil
            else {
                blocks.append(block)
                continue
            }
            for part in inner {
                if case .header = part { continue }
                let text = part.inlines.map(PandocInline.text) ?? part.json.words
                if !text.isEmpty { report.add(.metadataLeftOut(field: "title block", text: text), in: nil) }
            }
        }
        // Before anything moves or unwraps a heading, each is tagged with the names links know it by.
        blocks = links.tagged(Self.captionsBefore(blocks))
        var title = document.title
        for field in ["subtitle", "author", "date", "abstract"] {
            if let text = document.metaText(field) { report.add(.metadataLeftOut(field: field, text: text), in: nil) }
        }
        if let index = blocks.firstIndex(where: { $0.customStyle == "Title" }) {
            title =
                title ?? PandocInline.text(of: blocks[index].content.inlines ?? []).trimmingCharacters(in: .whitespaces)
            blocks.remove(at: index)
        }
        blocks = Self.withoutStyles(WebFootnotes.restored(withoutContents(blocks)))
        if !blocks.contains(where: { if case .header = $0 { return true } else { return false } }) {
            blocks = withHeadingsFound(blocks)
        }
        title = takeTitle(from: &blocks, known: title)
        var result = sections(of: blocks, title: title)
        result.sections = links.resolved(result.sections, sitePages: sitePages, report: &report).map { section in
            var fitted = section
            fitted.blocks = GFMFit.fitted(section.blocks)
            return fitted
        }
        return result
    }

    // Paragraph and character styles, read so that the title and contents can be told, are unwrapped.
    private func unwrapped(_ blocks: [PandocBlock]) -> [PandocBlock] {
        blocks.flatMap { block -> [PandocBlock] in
            if case .div(let attr, let inner) = block, attr.customStyle != nil, inner.count != 1 {
                return unwrapped(inner)
            }
            return [block]
        }
    }

    // Once the title, contents and web footnotes are found, and the headings tagged, the wrappers that carried
    // them are of no more use: every `Div` and `Span` (Word's styles, a web page's classes and ids, bookmarks),
    // which Markdown could only write as raw HTML, gives way to what it holds, in footnotes too. A comment's
    // spans stay, for `InlineCleanup` to leave out and report.
    static func withoutStyles(_ blocks: [PandocBlock]) -> [PandocBlock] {
        blocks.flatMap { block -> [PandocBlock] in
            if case .div(_, let inner) = block { return withoutStyles(inner) }
            return [block.mapChildren(blocks: withoutStyles, inlines: withoutStyles)]
        }
    }

    static func withoutStyles(_ inlines: [PandocInline]) -> [PandocInline] {
        inlines.flatMap { inline -> [PandocInline] in
            if case .span(let attr, let inner) = inline, !InlineCleanup.isComment(attr) { return withoutStyles(inner) }
            return [inline.mapChildren(blocks: withoutStyles, inlines: withoutStyles)]
        }
    }

    // A table's caption becomes the paragraph before it, where a Word document has it (pandoc moves a
    // captioned table's caption paragraph inside the table), since a Markdown table has no caption.
    static func captionsBefore(_ blocks: [PandocBlock]) -> [PandocBlock] {
        blocks.flatMap { block -> [PandocBlock] in
            guard case .table(var table) = block else {
                return [block.mapChildren(blocks: captionsBefore, inlines: { $0 })]
            }
            let caption = table.takeCaption()
            return captionsBefore(caption) + [
                PandocBlock.table(table).mapChildren(blocks: captionsBefore, inlines: { $0 })
            ]
        }
    }

    // Cuts the document at its top heading level; deeper headings become level 3 and below.
    private mutating func sections(of blocks: [PandocBlock], title: String?) -> Result {
        let top = blocks.compactMap { block -> Int? in
            guard case .header(let level, _, let inlines) = block,
                !PandocInline.text(of: inlines).trimmingCharacters(in: .whitespaces).isEmpty
            else { return nil }
            return level
        }.min()
        var sections: [Section] = []
        var leadingNotes: [String] = []
        var current: Section?
        var tables = 0
        for block in blocks {
            // A heading with no words (an empty Heading paragraph, common in Word) heads nothing.
            if case .header(_, _, let inlines) = block,
                PandocInline.text(of: inlines).trimmingCharacters(in: .whitespaces).isEmpty
            {
                continue
            }
            if case .header(let level, let attr, let inlines) = block, level == top {
                if let section = current { sections.append(section) }
                let title = heading(inlines)
                current = Section(
                    title: title, blocks: [], notes: [], token: attr.identifier.isEmpty ? nil : attr.identifier)
                // A footnote on the heading: the title holds words only, so the note follows it.
                let notes = Self.notes(in: inlines)
                if !notes.isEmpty {
                    report.add(.headingNoteMoved(heading: title), in: title)
                    var cleanup = InlineCleanup(keepsNotesAndBlanks: keepsNotesAndBlanks)
                    current!.blocks.append(.para(cleanup.clean(notes)))
                    for item in cleanup.found { report.add(item, in: title) }
                }
                continue
            }
            let place = current?.title
            var cleanup = InlineCleanup(keepsNotesAndBlanks: keepsNotesAndBlanks)
            // A paragraph that was only a note, or only a picture, leaves nothing.
            let cleaned = clean(block, top: top ?? 1, cleanup: &cleanup, tables: &tables, place: place).filter {
                $0.inlines?.isEmpty != true
            }
            for item in cleanup.found { report.add(item, in: place) }
            if current == nil {
                leadingNotes += cleanup.notes
                if !cleaned.isEmpty {
                    report.add(.preamble, in: nil)
                    current = Section(title: "Preamble", blocks: cleaned, notes: [])
                }
                continue
            }
            current!.notes += cleanup.notes
            current!.blocks += cleaned
        }
        if let section = current { sections.append(section) }
        // A heading with nothing under it before the next: its section's page would show only its title.
        for section in sections where section.blocks.isEmpty { report.add(.emptySection, in: section.title) }
        return Result(title: title, sections: sections, leadingNotes: leadingNotes)
    }

    // A heading's words without its number, which is reported (in the section it heads, or is in).
    private mutating func heading(_ inlines: [PandocInline], in section: String? = nil) -> String {
        let text = PandocInline.text(of: inlines).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let (number, rest) = HeadingNumber.split(text)
        if let number, !rest.isEmpty {
            report.add(.numberDropped(number, heading: rest), in: section ?? rest)
            return rest
        }
        return text
    }

    // The footnotes in a heading's words, at any depth.
    private static func notes(in inlines: [PandocInline]) -> [PandocInline] {
        var notes: [PandocInline] = []
        for inline in inlines { inline.forEachInline { if case .note = $0 { notes.append($0) } } }
        return notes
    }

    private mutating func clean(
        _ block: PandocBlock, top: Int, cleanup: inout InlineCleanup, tables: inout Int, place: String?
    ) -> [PandocBlock] {
        switch block {
        case .header(let level, let attr, let inlines):
            let text = heading(inlines, in: place)
            let header = PandocBlock.header(level: min(6, 3 + level - top - 1), attr, [.str(text)])
            let notes = Self.notes(in: inlines)
            guard !notes.isEmpty else { return [header] }
            cleanup.found.append(.headingNoteMoved(heading: text))
            return [header, .para(cleanup.clean(notes))]
        case .table(var table):
            tables += 1
            // A table inside a cell takes the next number; this table's cells keep this one.
            let number = tables
            let (spanned, repeats) = TableSpans.resolved(table.json)
            table = PandocTable(spanned) ?? table
            for repeated in repeats {
                cleanup.found.append(
                    .cellRepeated(table: number, row: repeated.row, column: repeated.column, rows: repeated.rows))
            }
            for index in table.cells.indices {
                let cell = table.cells[index].flatMap {
                    clean($0, top: top, cleanup: &cleanup, tables: &tables, place: place)
                }
                // One paragraph is one line already (RTF and web pages give each cell a paragraph).
                if !CellJoiner.isOneLine(cell) {
                    let (row, column) = table.places[index]
                    cleanup.found.append(.cellJoined(table: number, row: row, column: column))
                }
                table.cells[index] = CellJoiner.joined(cell)
            }
            return [.table(table)]
        case .other(let json):
            if json["t"]?.string == "RawBlock" {
                cleanup.found.append(
                    .markupLeftOut("raw markup '\(InlineCleanup.firstWords(json["c"]?.elements.last?.string ?? ""))'"))
                return []
            }
            return [block]
        case .para, .plain, .bulletList, .orderedList, .blockQuote, .div:
            return [
                block.mapChildren(
                    blocks: { $0.flatMap { clean($0, top: top, cleanup: &cleanup, tables: &tables, place: place) } },
                    inlines: { cleanup.clean($0) })
            ]
        }
    }
}

extension PandocBlock {
    /// The Word style pandoc names (`docx+styles`) on a block wrapped in a styled `Div`.
    var customStyle: String? {
        if case .div(let attr, _) = self { return attr.customStyle }
        return nil
    }

    /// The block inside a styled `Div` of one block; the block itself otherwise.
    var content: PandocBlock {
        if case .div(let attr, let inner) = self, attr.customStyle != nil, inner.count == 1 { return inner[0].content }
        return self
    }
}

extension PandocAttr {
    /// The value of `custom-style`, which pandoc's `docx+styles` sets to the Word style's name.
    var customStyle: String? {
        for pair in pairs.elements {
            let parts = pair.elements
            if parts.count == 2, parts[0].string == "custom-style" { return parts[1].string }
        }
        return nil
    }
}
