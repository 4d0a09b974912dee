import CCmark
import Foundation

/// The one place that talks to cmark-gfm: Markdown text in, HTML, a ``MarkdownDocument`` or landmarks out.
///
/// GitHub Flavored Markdown: CommonMark with the table, strikethrough, autolink, footnotes and tagfilter
/// extensions, in safe mode (raw HTML omitted, `javascript:` links emptied), as
/// `cmark-gfm -e footnotes -e table -e strikethrough -e autolink -e tagfilter` renders it.
public struct CommonMarkConverter: Sendable {
    /// How HTML is written: as the `cmark-gfm` command writes it, or for a page (alignment as `style`,
    /// since HTML5 has no `align` attribute on table cells).
    public enum HTMLStyle: Sendable {
        case command, page
    }

    /// Makes a converter; it holds no state.
    public init() {}

    /// The extensions enabled, by cmark-gfm's names.
    public static let extensions = ["table", "strikethrough", "autolink", "tagfilter"]

    /// HTML exactly as the `cmark-gfm` command prints it with the same extensions, or in the page's style.
    public func html(from markdown: String, style: HTMLStyle = .command) -> String {
        withDocument(markdown) { root, parser in renderHTML(root, parser, style: style) }
    }

    /// HTML and the tree from one parse, for writers that need both.
    public func htmlAndDocument(from markdown: String, style: HTMLStyle = .command) -> (
        html: String, document: MarkdownDocument
    ) {
        withDocument(markdown) { root, parser in
            (renderHTML(root, parser, style: style), document(root, labels: FootnoteLabels(markdown)))
        }
    }

    /// The document's tree as Swift values.
    public func document(from markdown: String) -> MarkdownDocument {
        withDocument(markdown) { root, _ in document(root, labels: FootnoteLabels(markdown)) }
    }

    /// How deep lists and quotes may nest in the tree; anything deeper becomes one paragraph of its words.
    /// cmark itself has no limit, but the writers walk the tree recursively, and a hostile file nested ten
    /// thousand deep must not overflow the stack. No policy nests anywhere near this.
    public static let maximumDepth = 48

    private static let parseOptions = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES

    private func renderHTML(_ root: OpaquePointer, _ parser: OpaquePointer, style: HTMLStyle) -> String {
        let options = Self.parseOptions | (style == .page ? CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES : 0)
        guard let rendered = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private func withDocument<T>(_ markdown: String, _ body: (OpaquePointer, OpaquePointer) -> T) -> T {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(Self.parseOptions) else {
            fatalError("cmark-gfm could not allocate a parser")
        }
        defer { cmark_parser_free(parser) }
        for name in Self.extensions {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else { fatalError("cmark-gfm could not allocate a document") }
        defer { cmark_node_free(root) }
        return body(root, parser)
    }
}

extension CommonMarkConverter {
    /// Raw HTML, links, headings, footnotes and code blocks with their positions, in document order.
    public func landmarks(in markdown: String) -> [MarkdownLandmark] {
        let labels = FootnoteLabels(markdown)
        return withDocument(markdown) { root, _ in
            guard let iterator = cmark_iter_new(root) else { return [] }
            defer { cmark_iter_free(iterator) }
            var found: [MarkdownLandmark] = []
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                    let node = cmark_iter_get_node(iterator),
                    let kind = landmark(node, labels: labels)
                else { continue }
                found.append(
                    MarkdownLandmark(
                        kind, line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))
                    ))
            }
            return found
        }
    }

    private func landmark(_ node: OpaquePointer, labels: FootnoteLabels) -> MarkdownLandmark.Kind? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal(node))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(literal(node))
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE: return .link(url: string(cmark_node_get_url(node)))
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            return .footnoteDefinition(label: labels.label(on: Int(cmark_node_get_start_line(node))))
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference(number: Int(literal(node)) ?? 0)
        case CMARK_NODE_CODE_BLOCK: return .codeBlock(lastLine: Int(cmark_node_get_end_line(node)))
        default: return nil
        }
    }
}

extension CommonMarkConverter {
    private func document(_ root: OpaquePointer, labels: FootnoteLabels) -> MarkdownDocument {
        var blocks: [MarkdownBlock] = []
        var footnotes: [MarkdownFootnote] = []
        for node in children(of: root) {
            if cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION {
                let label = labels.label(on: Int(cmark_node_get_start_line(node)))
                footnotes.append(
                    MarkdownFootnote(
                        number: footnotes.count + 1, label: label, blocks: self.blocks(under: node, depth: 1)))
            } else if let block = block(node, depth: 0) {
                blocks.append(block)
            }
        }
        return MarkdownDocument(blocks: blocks, footnotes: footnotes)
    }

    private func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private func blocks(under node: OpaquePointer, depth: Int = 0) -> [MarkdownBlock] {
        children(of: node).compactMap { block($0, depth: depth) }
    }

    private func block(_ node: OpaquePointer, depth: Int) -> MarkdownBlock? {
        let line = Int(cmark_node_get_start_line(node))
        let kind: MarkdownBlock.Kind
        let type = cmark_node_get_type(node)
        if depth >= Self.maximumDepth, type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST {
            return MarkdownBlock(.paragraph([.text(flattenedText(node))]), line: line)
        }
        switch type {
        case CMARK_NODE_PARAGRAPH:
            kind = .paragraph(inlines(under: node))
        case CMARK_NODE_HEADING:
            kind = .heading(level: Int(cmark_node_get_heading_level(node)), inlines(under: node))
        case CMARK_NODE_BLOCK_QUOTE:
            kind = .blockQuote(blocks(under: node, depth: depth + 1))
        case CMARK_NODE_LIST:
            kind = .list(
                MarkdownList(
                    ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                    start: Int(cmark_node_get_list_start(node)),
                    tight: cmark_node_get_list_tight(node) != 0,
                    items: children(of: node).map { blocks(under: $0, depth: depth + 1) }))
        case CMARK_NODE_CODE_BLOCK:
            kind = .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal(node))
        case CMARK_NODE_HTML_BLOCK:
            kind = .htmlBlock(literal(node))
        case CMARK_NODE_THEMATIC_BREAK:
            kind = .thematicBreak
        case ccmark_table_type():
            kind = .table(table(node))
        default:
            return nil
        }
        return MarkdownBlock(kind, line: line, column: Int(cmark_node_get_start_column(node)))
    }

    private func table(_ node: OpaquePointer) -> MarkdownTable {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        let alignments: [MarkdownTable.Alignment] = (0..<columns).map { index in
            switch cmark_gfm_extensions_get_table_alignments(node)?[index] {
            case UInt8(ascii: "l"): return .left
            case UInt8(ascii: "c"): return .center
            case UInt8(ascii: "r"): return .right
            default: return .none
            }
        }
        var header: [[MarkdownInline]] = []
        var rows: [[[MarkdownInline]]] = []
        for row in children(of: node) {
            let cells = children(of: row).map { inlines(under: $0) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 { header = cells } else { rows.append(cells) }
        }
        return MarkdownTable(alignments: alignments, header: header, rows: rows)
    }

    // The words of a whole subtree, gathered with cmark's own iterator, which needs no recursion.
    private func flattenedText(_ node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var words: [String] = []
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator)
            else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK: words.append(literal(current))
            default: break
            }
        }
        return words.joined(separator: " ")
    }

    private func inlines(under node: OpaquePointer, depth: Int = 0) -> [MarkdownInline] {
        children(of: node).compactMap { inline($0, depth: depth) }
    }

    private func inline(_ node: OpaquePointer, depth: Int) -> MarkdownInline? {
        if depth >= Self.maximumDepth { return .text(flattenedText(node)) }
        let inner = { (node: OpaquePointer) in self.inlines(under: node, depth: depth + 1) }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_HTML_INLINE: return .html(literal(node))
        case CMARK_NODE_EMPH: return .emphasis(inner(node))
        case CMARK_NODE_STRONG: return .strong(inner(node))
        case ccmark_strikethrough_type(): return .strikethrough(inner(node))
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference(Int(literal(node)) ?? 0)
        case CMARK_NODE_LINK:
            return .link(url: safeURL(node), title: string(cmark_node_get_title(node)), inner(node))
        case CMARK_NODE_IMAGE:
            return .image(url: safeURL(node), title: string(cmark_node_get_title(node)), inner(node))
        default: return nil
        }
    }

    private func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    // cmark's HTML writer empties dangerous link targets in safe mode; the tree keeps them, so do the same here.
    private func safeURL(_ node: OpaquePointer) -> String {
        let url = string(cmark_node_get_url(node))
        return URLSafety.isDangerous(url) ? "" : url
    }
}

/// A footnote's label as written on the line where its definition starts: cmark-gfm keeps the label but
/// offers no function to read it.
private final class FootnoteLabels {
    let markdown: String
    // Where each line starts, found once when the first label is asked for.
    private lazy var lineStarts: [String.Index] = {
        var starts = [markdown.startIndex]
        var index = markdown.utf8.startIndex
        while let newline = markdown.utf8[index...].firstIndex(of: 10) {
            index = markdown.utf8.index(after: newline)
            starts.append(index)
        }
        return starts
    }()

    init(_ markdown: String) {
        self.markdown = markdown
    }

    /// The label of the first `[^label]:` on line `number` (from 1), or the empty string.
    func label(on number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let text = markdown[lineStarts[number - 1]...].prefix { $0 != "\n" }
        guard let open = text.range(of: "[^"), let close = text[open.upperBound...].range(of: "]:") else { return "" }
        return String(text[open.upperBound..<close.lowerBound])
    }
}
