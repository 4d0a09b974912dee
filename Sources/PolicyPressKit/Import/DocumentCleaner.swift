/// Turns pandoc's tree of a document into a policy's parts: a title, and sections each with its
/// heading, its blocks and its drafting notes. Everything it drops or changes goes in the report.
///
/// In order: a document with tracked changes is refused; Word's own table of contents goes; paragraph
/// styles (read with `docx+styles`) say which paragraph is the title; a document with no headings at all
/// has its short bold or capital paragraphs taken as headings; headings lose their numbers; then each
/// block is cleaned (`InlineCleanup`, table cells joined) and the document is cut at its top heading level.
struct DocumentCleaner {
    /// Whether drafting notes and blanks stay words of the text (see `PolicyImporter.Reading`).
    var keepsNotesAndBlanks = false
    private(set) var report = ImportReport()

    /// One section of the cleaned document.
    struct Section: Equatable {
        var title: String
        var blocks: [PandocBlock]
        /// The drafting notes found in it, for its `guidance`.
        var notes: [String]
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
            guard case .div(let attr, let inner) = block, attr.identifier == "title-block-header", document.title != nil else {
                blocks.append(block)
                continue
            }
            for part in inner {
                if case .header = part { continue }
                let text = part.inlines.map(PandocInline.text) ?? part.json.words
                if !text.isEmpty { report.add(.metadataLeftOut(field: "title block", text: text), in: nil) }
            }
        }
        var title = document.title
        for field in ["subtitle", "author", "date", "abstract"] {
            if let text = document.metaText(field) { report.add(.metadataLeftOut(field: field, text: text), in: nil) }
        }
        if let index = blocks.firstIndex(where: { $0.customStyle == "Title" }) {
            title = title ?? PandocInline.text(of: blocks[index].content.inlines ?? []).trimmingCharacters(in: .whitespaces)
            blocks.remove(at: index)
        }
        blocks = WebFootnotes.restored(Self.withoutStyles(withoutContents(blocks)))
        // A `Div` with no style left is only a wrapper (pandoc's `<div>` of a web page): its blocks stand for it.
        blocks = blocks.flatMap { block -> [PandocBlock] in
            if case .div(let attr, let inner) = block, attr == PandocAttr() { return inner }
            return [block]
        }
        if !blocks.contains(where: { if case .header = $0 { return true } else { return false } }) {
            blocks = withHeadingsFound(blocks)
        }
        // The first heading is the title when it stands above the rest: the only one at its level, or the
        // only one without a number among numbered ones.
        let headings = blocks.compactMap { block -> (level: Int, numbered: Bool)? in
            guard case .header(let level, _, let inlines) = block else { return nil }
            return (level, HeadingNumber.split(PandocInline.text(of: inlines)).number != nil)
        }
        if title == nil, case .header(let level, _, let inlines)? = blocks.first, headings.count > 1 {
            let peers = headings.dropFirst().filter { $0.level == level }
            if peers.isEmpty || (!headings[0].numbered && peers.allSatisfy(\.numbered)) {
                title = PandocInline.text(of: inlines).trimmingCharacters(in: .whitespaces)
                blocks.removeFirst()
                if let taken = report.items.firstIndex(where: { $0.item == .headingTaken(title!, level: level) }) {
                    report.items[taken].item = .titleTaken(title!)
                }
            }
        }
        return sections(of: blocks, title: title)
    }

    // Paragraph and character styles, read so that the title and contents can be told, are unwrapped.
    private func unwrapped(_ blocks: [PandocBlock]) -> [PandocBlock] {
        blocks.flatMap { block -> [PandocBlock] in
            if case .div(let attr, let inner) = block, attr.customStyle != nil, inner.count != 1 { return unwrapped(inner) }
            return [block]
        }
    }

    // Once the title and contents are found, Word's style names are of no more use: every styled `Div` and
    // `Span` (which Markdown would write as raw HTML) gives way to what it holds, in footnotes too.
    static func withoutStyles(_ blocks: [PandocBlock]) -> [PandocBlock] {
        blocks.flatMap { block -> [PandocBlock] in
            if case .div(let attr, let inner) = block, attr.customStyle != nil { return withoutStyles(inner) }
            return [block.mapChildren(blocks: withoutStyles, inlines: withoutStyles)]
        }
    }

    static func withoutStyles(_ inlines: [PandocInline]) -> [PandocInline] {
        inlines.flatMap { inline -> [PandocInline] in
            if case .span(let attr, let inner) = inline, attr.customStyle != nil { return withoutStyles(inner) }
            return [inline.mapChildren(blocks: withoutStyles, inlines: withoutStyles)]
        }
    }

    // Word's table of contents: a "Contents" heading or paragraph, and the paragraphs made only of links
    // into the document that follow it (or stand anywhere, in a run of two or more).
    private mutating func withoutContents(_ blocks: [PandocBlock]) -> [PandocBlock] {
        var result: [PandocBlock] = []
        var index = 0
        while index < blocks.count {
            var end = index
            let titled = Self.isContentsTitle(blocks[index])
            if titled { end += 1 }
            while end < blocks.count, Self.isContentsEntry(blocks[end]) { end += 1 }
            let entries = end - index - (titled ? 1 : 0)
            let nextIsHeading: Bool = {
                if end < blocks.count, case .header = blocks[end].content { return true }
                return false
            }()
            // A contents heading alone, first in the document, is where Word's field was (pandoc reads none of it).
            let first = index == 0 && titled
            if entries >= 2 || (titled && (entries > 0 || nextIsHeading || first)) {
                report.add(.contentsLeftOut(entries: entries), in: nil)
                index = end
            } else {
                result.append(blocks[index])
                index += 1
            }
        }
        return result
    }

    private static func isContentsTitle(_ block: PandocBlock) -> Bool {
        if block.customStyle == "TOC Heading" { return true }
        guard let inlines = block.content.inlines else { return false }
        let text = PandocInline.text(of: inlines).trimmingCharacters(in: .whitespaces).lowercased()
        return ["contents", "table of contents"].contains(text)
    }

    private static func isContentsEntry(_ block: PandocBlock) -> Bool {
        if let style = block.customStyle, style.hasPrefix("TOC ") || style.hasPrefix("toc ") { return true }
        guard let inlines = block.content.inlines, !inlines.isEmpty else { return false }
        return inlines.allSatisfy { inline in
            switch inline {
            case .link(_, _, let url, _): return url.hasPrefix("#")
            case .space, .softBreak: return true
            default: return false
            }
        }
    }

    // A document without heading styles: a short paragraph all in bold, or all in capitals, that is not a
    // sentence, is a heading; its number ("4.1") gives its depth.
    private mutating func withHeadingsFound(_ blocks: [PandocBlock]) -> [PandocBlock] {
        blocks.map { block in
            guard case .para(let inlines) = block, let text = Self.headingText(inlines) else { return block }
            let depth = HeadingNumber.split(text).number.map { $0.split(separator: ".").filter { !$0.isEmpty }.count } ?? 1
            let level = min(depth, 3)
            report.add(.headingTaken(text, level: level), in: nil)
            return .header(level: level, PandocAttr(), [.str(text)])
        }
    }

    static func headingText(_ inlines: [PandocInline]) -> String? {
        let text = PandocInline.text(of: inlines).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.count <= 12, text.count <= 90, !text.hasSuffix("."), !text.hasSuffix(":") || words.count <= 3,
            !text.hasSuffix(",")
        else { return nil }
        let bold = inlines.allSatisfy { inline in
            switch inline {
            case .strong: return true
            case .space, .softBreak: return true
            default: return false
            }
        }
        let letters = text.filter(\.isLetter)
        let capitals = letters.count >= 4 && letters.allSatisfy(\.isUppercase)
        return bold || capitals ? text : nil
    }

    // Cuts the document at its top heading level; deeper headings become level 3 and below.
    private mutating func sections(of blocks: [PandocBlock], title: String?) -> Result {
        let top = blocks.compactMap { block -> Int? in
            guard case .header(let level, _, let inlines) = block, !PandocInline.text(of: inlines).trimmingCharacters(in: .whitespaces).isEmpty
            else { return nil }
            return level
        }.min()
        var sections: [Section] = []
        var leadingNotes: [String] = []
        var current: Section?
        var tables = 0
        for block in blocks {
            // A heading with no words (an empty Heading paragraph, common in Word) heads nothing.
            if case .header(_, _, let inlines) = block, PandocInline.text(of: inlines).trimmingCharacters(in: .whitespaces).isEmpty {
                continue
            }
            if case .header(let level, _, let inlines) = block, level == top {
                if let section = current { sections.append(section) }
                current = Section(title: heading(inlines), blocks: [], notes: [])
                continue
            }
            let place = current?.title
            var cleanup = InlineCleanup(keepsNotesAndBlanks: keepsNotesAndBlanks)
            var cleaned = clean(block, top: top ?? 1, cleanup: &cleanup, tables: &tables, place: place)
            for item in cleanup.found { report.add(item, in: place) }
            // A paragraph that was only a note, or only a picture, leaves nothing.
            if let inlines = cleaned?.inlines, inlines.isEmpty { cleaned = nil }
            if current == nil {
                leadingNotes += cleanup.notes
                if let cleaned {
                    report.add(.preamble, in: nil)
                    current = Section(title: "Preamble", blocks: [cleaned], notes: [])
                }
                continue
            }
            current!.notes += cleanup.notes
            if let cleaned { current!.blocks.append(cleaned) }
        }
        if let section = current { sections.append(section) }
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

    private mutating func clean(
        _ block: PandocBlock, top: Int, cleanup: inout InlineCleanup, tables: inout Int, place: String?
    ) -> PandocBlock? {
        switch block {
        case .header(let level, let attr, let inlines):
            let text = heading(inlines, in: place)
            return .header(level: min(6, 3 + level - top - 1), attr, [.str(text)])
        case .table(var table):
            tables += 1
            // A table inside a cell takes the next number; this table's cells keep this one.
            let number = tables
            for index in table.cells.indices {
                let cell = table.cells[index].compactMap { clean($0, top: top, cleanup: &cleanup, tables: &tables, place: place) }
                // One paragraph is one line already (RTF and web pages give each cell a paragraph).
                if !CellJoiner.isOneLine(cell) {
                    let (row, column) = table.places[index]
                    cleanup.found.append(.cellJoined(table: number, row: row, column: column))
                }
                table.cells[index] = CellJoiner.joined(cell)
            }
            return .table(table)
        case .other(let json):
            if json["t"]?.string == "RawBlock" {
                cleanup.found.append(.markupLeftOut("raw markup '\(InlineCleanup.firstWords(json["c"]?.elements.last?.string ?? ""))'"))
                return nil
            }
            return block
        case .para, .plain, .bulletList, .orderedList, .blockQuote, .div:
            return block.mapChildren(
                blocks: { $0.compactMap { clean($0, top: top, cleanup: &cleanup, tables: &tables, place: place) } },
                inlines: { cleanup.clean($0) })
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
