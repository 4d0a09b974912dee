import Foundation

/// Writes a ``MarkdownDocument`` as Typst markup for the PDF edition, with the words the text edition has
/// (``PlainTextWriter``), in the same order: links as their words and address (``LinkText``), a note's
/// citation as `[1]` and the section's notes after it, struck words marked as struck out. Every word is
/// a Typst string (`#"…";`), so nothing an author writes is read as Typst.
public struct TypstWriter: Sendable {
    /// The address a link to another file of the site is made absolute against (the school's `site_url`);
    /// without it, such a link is printed as its words and address but does not link.
    public var linkBase: String?

    /// Makes a writer.
    public init(linkBase: String? = nil) {
        self.linkBase = linkBase
    }

    /// The document's blocks, then its notes.
    public func markup(from document: MarkdownDocument) -> String {
        var parts = document.blocks.map(block).filter { !$0.isEmpty }
        if !document.footnotes.isEmpty { parts.append(notes(document.footnotes)) }
        return parts.joined(separator: "\n\n")
    }

    /// A Typst string holding `text` exactly, ended so that nothing after it continues it.
    static func string(_ text: String) -> String { "#" + literal(text) + ";" }

    /// `text` as a Typst string literal.
    static func literal(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}

extension TypstWriter {
    private func blocks(_ blocks: [MarkdownBlock]) -> String {
        blocks.map(block).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    private func block(_ block: MarkdownBlock) -> String {
        switch block.kind {
        case .paragraph(let inlines): return inline(inlines)
        case .heading(let level, let inlines):
            // The page's title is level 1 and its sections level 2, so a heading in a section is 3 or below.
            guard !inlines.plainText.trimmingBlanks.isEmpty else { return "" }
            return "#heading(level: \(min(6, max(3, level))))[\(inline(inlines))]"
        case .list(let list):
            let items = list.items.map { "[" + blocks($0) + "]" }.joined(separator: ", ")
            let kind = list.ordered ? "enum(start: \(list.start), " : "list("
            return "#\(kind)tight: \(list.tight), \(items))"
        case .blockQuote(let children): return "#quote(block: true)[" + blocks(children) + "]"
        case .codeBlock(_, let literal):
            return "#raw(block: true, \(Self.literal(PlainTextWriter.codeLines(literal).joined(separator: "\n"))))"
        case .htmlBlock: return ""
        case .thematicBreak: return "#line(length: 100%, stroke: 0.5pt + luma(120))"
        case .table(let table): return self.table(table)
        }
    }

    // Every row has as many cells as the widest (``TableCells``, as the text edition lays them out); the
    // header row repeats on each page the table runs on to.
    private func table(_ table: MarkdownTable) -> String {
        let cells = TableCells(table, text: inline)
        func row(_ row: [String]) -> String { row.map { "[" + $0 + "]" }.joined(separator: ", ") }
        let alignments = cells.alignments.map { alignment -> String in
            switch alignment {
            case .center: return "center"
            case .right: return "right"
            case .left, .none: return "left"
            }
        }
        let parts = [
            "columns: \(cells.header.count)", "align: (\(alignments.joined(separator: ", ")),)",
            "table.header(\(row(cells.header)))",
        ]
        return "#table(" + (parts + cells.rows.map(row)).joined(separator: ", ") + ")"
    }

    // As the text edition sets them after the section: `[1]` and the note, under a short rule.
    private func notes(_ footnotes: [MarkdownFootnote]) -> String {
        let tight = footnotes.allSatisfy { $0.blocks.count <= 1 }
        let items = footnotes.map { "enum.item(\($0.number))[" + blocks($0.blocks) + "]" }.joined(separator: ", ")
        return
            "#line(length: 30%, stroke: 0.5pt + luma(120))\n#block(text(size: 0.9em, enum(numbering: \"[1]\", tight: \(tight), \(items))))"
    }
}

extension TypstWriter {
    private func inline(_ inlines: [MarkdownInline]) -> String {
        inlines.map(inline).joined()
    }

    private func inline(_ inline: MarkdownInline) -> String {
        switch inline {
        case .text(let text): return Self.string(text)
        case .code(let text): return "#raw(\(Self.literal(text)));"
        case .softBreak: return Self.string(" ")
        case .lineBreak: return "#linebreak();"
        case .html: return ""
        case .footnoteReference(let number): return Self.string("[\(number)]")
        case .emphasis(let children): return "#emph[\(self.inline(children))]"
        case .strong(let children): return "#strong[\(self.inline(children))]"
        case .strikethrough(let children):
            return Self.string("[struck out: ") + "#strike[\(self.inline(children))]" + Self.string("]")
        case .link(let url, _, let children): return link(children, url: url)
        case .image(let url, _, let children):
            return Self.string(LinkText.image(alt: PlainTextWriter().inlineText(children), url: url))
        }
    }

    private func link(_ children: [MarkdownInline], url: String) -> String {
        let target = self.target(of: url)
        func linked(_ content: String) -> String {
            target.map { "#link(\(Self.literal($0)))[\(content)]" } ?? content
        }
        switch LinkText(text: PlainTextWriter().inlineText(children), url: url) {
        case .words: return linked(inline(children))
        case .address(let address): return linked(Self.string("<\(address)>"))
        case .wordsAndAddress(let address): return linked(inline(children)) + Self.string(" <\(address)>")
        }
    }

    // Where a link goes from a downloaded PDF: an address with a scheme as it is, another file of the site
    // under the site's address; an in-page link, or a file of the site with no site address, nowhere.
    private func target(of url: String) -> String? {
        if url.isEmpty || url.hasPrefix("#") { return nil }
        if let scheme = URL(string: url)?.scheme, !scheme.isEmpty { return url }
        guard let linkBase else { return nil }
        let base =
            URL(string: linkBase)
            ?? linkBase.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed).flatMap { URL(string: $0) }
        return base.flatMap { URL(string: url, relativeTo: $0)?.absoluteString }
    }
}
