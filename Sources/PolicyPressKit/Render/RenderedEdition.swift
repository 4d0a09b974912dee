/// One edition parsed once, as the page and the text edition show it: each section's HTML and tree, the
/// footnotes, and every fragment id the page gives.
///
/// The whole edition is one cmark-gfm document, so a footnote may be cited in any section and is numbered
/// across the page, as a reader expects.
public struct RenderedEdition: Sendable {
    /// A section's HTML body and its tree; the tree's footnotes are the notes first cited in this section.
    public struct Section: Sendable {
        /// The body as page HTML (headings with ids, tables in their scrolling region).
        public var html: String
        /// The body's blocks, with the notes to print after it.
        public var document: MarkdownDocument
    }

    /// The sections, in the edition's order.
    public var sections: [Section]
    /// The notes as an ordered list for the end of the page, or the empty string when there are none.
    public var footnotesHTML: String
    /// Every fragment id the page holds: the page's own, the sections', the headings' and the footnotes'.
    public var ids: Set<String>
}

/// Renders an edition for the page and the text edition from one parse.
public struct EditionRenderer: Sendable {
    /// Parses Markdown.
    public var converter = CommonMarkConverter()

    /// Makes a renderer.
    public init() {}

    /// The edition rendered.
    public func render(_ edition: Edition) -> RenderedEdition {
        let (html, document) = converter.htmlAndDocument(from: edition.markdown, style: .page)
        let bodies = sectionBlocks(of: document)
        guard bodies.count == edition.sections.count else { return renderedSeparately(edition) }
        var slugs = SlugMaker(reserving: SlugMaker.policyPageIDs.union(edition.sections.map(\.anchor)))
        let headingIDs = (bodies.flatMap { $0 } + document.footnotes.flatMap(\.blocks)).headings.map {
            slugs.slug(for: $0)
        }
        let tables = (bodies.flatMap { $0 } + document.footnotes.flatMap(\.blocks)).tables
        let page = PageHTML(html, headingIDs: headingIDs, tableLabels: tables.map(Self.label))
        let notes = FootnotePlacement(sections: bodies, footnotes: document.footnotes)
        let sections = bodies.indices.map { index in
            RenderedEdition.Section(
                html: page.sections.indices.contains(index) ? page.sections[index] : "",
                document: MarkdownDocument(blocks: bodies[index], footnotes: notes.notes(after: index)))
        }
        let ids = SlugMaker.policyPageIDs.union(edition.sections.map(\.anchor)).union(page.ids)
        return RenderedEdition(sections: sections, footnotesHTML: page.footnotes, ids: ids)
    }

    // The blocks after each `##` heading; the `#` title before them is the page's own.
    private func sectionBlocks(of document: MarkdownDocument) -> [[MarkdownBlock]] {
        var sections: [[MarkdownBlock]] = []
        for block in document.blocks {
            if case .heading(2, _) = block.kind {
                sections.append([])
            } else if !sections.isEmpty {
                sections[sections.count - 1].append(block)
            }
        }
        return sections
    }

    // Only a body holding a level-2 heading could split differently from the edition's sections, and the
    // section check refuses those; should one come through a kept text, each section stands alone.
    private func renderedSeparately(_ edition: Edition) -> RenderedEdition {
        var ids = SlugMaker.policyPageIDs.union(edition.sections.map(\.anchor))
        let sections = edition.sections.map { section in
            let (html, document) = converter.htmlAndDocument(from: section.markdown, style: .page)
            let page = PageHTML(
                html, headingIDs: [], tableLabels: document.blocks.tables.map(Self.label), splitsSections: false)
            ids.formUnion(page.ids)
            return RenderedEdition.Section(html: (page.sections.first ?? "") + page.footnotes, document: document)
        }
        return RenderedEdition(sections: sections, footnotesHTML: "", ids: ids)
    }

    // A table's region is named by its header cells, which say what the table holds.
    private static func label(_ table: MarkdownTable) -> String {
        let headers = table.header.map { $0.plainText.trimmingBlanks }.filter { !$0.isEmpty }
        return headers.isEmpty ? "Table" : "Table: " + headers.joined(separator: ", ")
    }
}

/// Which section each footnote is printed after in the text edition: the first that cites it.
struct FootnotePlacement {
    private var firstCitation: [Int: Int] = [:]
    private let footnotes: [MarkdownFootnote]
    private let lastSection: Int

    init(sections: [[MarkdownBlock]], footnotes: [MarkdownFootnote]) {
        self.footnotes = footnotes
        lastSection = sections.count - 1
        for (index, blocks) in sections.enumerated() {
            for number in blocks.citations where firstCitation[number] == nil { firstCitation[number] = index }
        }
    }

    /// The notes to print after section `index`; a note cited only from another note goes after the last section.
    func notes(after index: Int) -> [MarkdownFootnote] {
        footnotes.filter { (firstCitation[$0.number] ?? lastSection) == index }
    }
}

extension Array where Element == MarkdownBlock {
    /// Every block in reading order, with those inside quotes and list items after the block holding them.
    var flattened: [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        var pending = Array(reversed())
        while let block = pending.popLast() {
            result.append(block)
            switch block.kind {
            case .blockQuote(let children): pending += children.reversed()
            case .list(let list): pending += list.items.flatMap { $0 }.reversed()
            default: break
            }
        }
        return result
    }

    /// The texts of the headings below level 2, in reading order.
    var headings: [String] {
        flattened.compactMap { block in
            if case .heading(let level, let inlines) = block.kind, level > 2 { return inlines.plainText.trimmingBlanks }
            return nil
        }
    }

    /// The tables, in reading order.
    var tables: [MarkdownTable] {
        flattened.compactMap { block in
            if case .table(let table) = block.kind { return table }
            return nil
        }
    }

    /// The numbers of the footnotes cited, in reading order.
    var citations: [Int] {
        flattened.flatMap { block -> [Int] in
            switch block.kind {
            case .paragraph(let inlines), .heading(_, let inlines): return inlines.citations
            case .table(let table): return (table.header + table.rows.flatMap { $0 }).flatMap(\.citations)
            default: return []
            }
        }
    }
}

extension Array where Element == MarkdownInline {
    /// The numbers of the footnotes cited, in reading order.
    var citations: [Int] {
        flatMap { inline -> [Int] in
            switch inline {
            case .footnoteReference(let number): return [number]
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c), .image(_, _, let c):
                return c.citations
            default: return []
            }
        }
    }
}
