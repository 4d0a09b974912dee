import CCmark
import Foundation

/// The one place that talks to cmark: Markdown text in, HTML or a ``MarkdownDocument`` out.
///
/// cmark runs in its default safe mode: raw HTML is omitted and `javascript:` links are emptied.
public struct CommonMarkConverter: Sendable {
    /// Makes a converter; it holds no state.
    public init() {}

    /// HTML exactly as the `cmark` command prints it.
    public func html(from markdown: String) -> String {
        withDocument(markdown) { root in
            guard let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }

    /// HTML and the tree from one parse, for writers that need both.
    public func htmlAndDocument(from markdown: String) -> (html: String, document: MarkdownDocument) {
        withDocument(markdown) { root in
            let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT)
            defer { free(rendered) }
            return (rendered.map { String(cString: $0) } ?? "", MarkdownDocument(blocks: blocks(under: root)))
        }
    }

    /// The document's tree as Swift values.
    public func document(from markdown: String) -> MarkdownDocument {
        withDocument(markdown) { root in MarkdownDocument(blocks: blocks(under: root)) }
    }

    /// How deep lists and quotes may nest in the tree; anything deeper becomes one paragraph of its words.
    /// cmark itself has no limit, but the writers walk the tree recursively, and a hostile file nested ten
    /// thousand deep must not overflow the stack. No policy nests anywhere near this.
    public static let maximumDepth = 48

    private func withDocument<T>(_ markdown: String, _ body: (OpaquePointer) -> T) -> T {
        var text = markdown
        let root = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let root else { fatalError("cmark could not allocate a document") }
        defer { cmark_node_free(root) }
        return body(root)
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
        default:
            return nil
        }
        return MarkdownBlock(kind, line: line, column: Int(cmark_node_get_start_column(node)))
    }

    // The words of a whole subtree, gathered with cmark's own iterator, which needs no recursion.
    private func flattenedText(_ node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var words: [String] = []
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
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
