/// Writes a ``MarkdownDocument`` as wrapped plain text with no Markdown syntax left in it, for the plain-text edition.
public struct PlainTextWriter: Sendable {
    /// The widest a line may be, in `Character`s; only a single long word, a code line or a heading goes past it.
    public var width: Int = 72

    /// Makes a writer that wraps lines at `width` characters.
    public init(width: Int = 72) {
        self.width = width
    }

    /// The document as text ending in exactly one newline, or the empty string when nothing in it prints;
    /// the document's footnotes follow its blocks after a blank line.
    public func text(from document: MarkdownDocument) -> String {
        var lines = render(document.blocks, in: .top, separated: true)
        let notes = notes(document.footnotes)
        if !lines.isEmpty && !notes.isEmpty { lines.append("") }
        lines += notes
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}

/// Where a block is written: what its first line and its later lines start with, and how many lists enclose it.
struct Frame {
    var first: String
    var rest: String
    var listDepth: Int

    static let top = Frame(first: "", rest: "", listDepth: 0)

    /// The same place for a block that does not start the enclosing item or quote.
    var continuing: Frame { Frame(first: rest, rest: rest, listDepth: listDepth) }

    /// Inside a block quote.
    var quoted: Frame { Frame(first: first + "| ", rest: rest + "| ", listDepth: listDepth) }

    /// The line that separates two blocks here: the prefix alone, so a quote's bar carries on.
    var blankLine: String { rest.withoutTrailingBlanks() }

    /// Inside a list item whose marker is `marker`; later lines line up with the item's text.
    func item(_ marker: String) -> Frame {
        Frame(first: first + marker, rest: rest + String(repeating: " ", count: marker.count), listDepth: listDepth + 1)
    }
}

extension PlainTextWriter {
    private func render(_ blocks: [MarkdownBlock], in frame: Frame, separated: Bool) -> [String] {
        var lines: [String] = []
        for block in blocks {
            // Blocks that print nothing (raw HTML) must not leave a separator or take the item's marker.
            let blockLines = render(block, in: lines.isEmpty ? frame : frame.continuing)
            if blockLines.isEmpty { continue }
            if separated && !lines.isEmpty { lines.append(frame.blankLine) }
            lines += blockLines
        }
        return lines
    }

    private func render(_ block: MarkdownBlock, in frame: Frame) -> [String] {
        switch block.kind {
        case .paragraph(let inlines): return paragraph(inlines, in: frame)
        case .heading(let level, let inlines): return heading(level: level, inlines, in: frame)
        case .list(let list): return render(list, in: frame)
        case .blockQuote(let blocks): return render(blocks, in: frame.quoted, separated: true)
        case .codeBlock(_, let literal): return codeBlock(literal, in: frame)
        case .htmlBlock: return []
        case .thematicBreak: return [frame.first + rule(after: frame.first)]
        case .table(let table): return render(table, in: frame)
        }
    }

    private func paragraph(_ inlines: [MarkdownInline], in frame: Frame) -> [String] {
        let text = inlineText(inlines).trimmingBlanks
        let wrapper = TextWrapper(width: width, firstPrefix: frame.first, continuationPrefix: frame.rest)
        return wrapper.lines(for: text)
    }

    private func heading(level: Int, _ inlines: [MarkdownInline], in frame: Frame) -> [String] {
        let text = String(inlineText(inlines).map { $0 == "\n" ? " " : $0 }).trimming { $0 == " " }
        if text.isEmpty { return [] }
        guard let underline = HeadingUnderline.line(under: text, level: level) else { return [frame.first + text] }
        return [frame.first + text, frame.rest + underline]
    }

    private func codeBlock(_ literal: String, in frame: Frame) -> [String] {
        Self.codeLines(literal).enumerated().map { index, line in
            ((index == 0 ? frame.first : frame.rest) + "    " + line).withoutTrailingBlanks()
        }
    }

    /// A code block's lines, without the blank lines at its end.
    static func codeLines(_ literal: String) -> [Substring] {
        var lines = literal.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        while lines.last?.allSatisfy({ $0 == " " || $0 == "\t" }) == true { lines.removeLast() }
        return lines
    }

    // Twenty bars, but never so many that the rule alone overruns the width.
    private func rule(after prefix: String) -> String {
        String(repeating: "─", count: min(20, max(1, width - prefix.count)))
    }
}

extension PlainTextWriter {
    private func render(_ list: MarkdownList, in frame: Frame) -> [String] {
        items(list.items, markers: markers(for: list, depth: frame.listDepth + 1), tight: list.tight, in: frame)
    }

    /// Items of blocks, each behind its marker with later lines under the item's text; loose items (not `tight`)
    /// are separated by blank lines, and an item that prints nothing keeps its marker.
    func items(_ items: [[MarkdownBlock]], markers: [String], tight: Bool, in frame: Frame) -> [String] {
        var lines: [String] = []
        for (item, marker) in zip(items, markers) {
            if !tight && !lines.isEmpty { lines.append(frame.blankLine) }
            let itemFrame = (lines.isEmpty ? frame : frame.continuing).item(marker)
            let itemLines = render(item, in: itemFrame, separated: !tight)
            lines += itemLines.isEmpty ? [itemFrame.first.withoutTrailingBlanks()] : itemLines
        }
        return lines
    }

    /// The markers of a list's items when the list is `depth` lists deep: a bullet, or numbers that line up.
    func markers(for list: MarkdownList, depth: Int) -> [String] {
        guard list.ordered else { return Array(repeating: bullet(depth: depth), count: list.items.count) }
        return rightAligned(list.items.indices.map { "\(list.start + $0)." }).map { $0 + " " }
    }

    /// The labels padded on the left to the width of the widest, so the text after them lines up.
    func rightAligned(_ labels: [String]) -> [String] {
        let widest = labels.map(\.count).max() ?? 0
        return labels.map { String(repeating: " ", count: widest - $0.count) + $0 }
    }

    private func bullet(depth: Int) -> String {
        switch depth {
        case 1: return "• "
        case 2: return "◦ "
        default: return "▪ "
        }
    }
}

extension PlainTextWriter {
    // Hard breaks become "\n", which the wrapper turns into new lines.
    func inlineText(_ inlines: [MarkdownInline]) -> String {
        inlines.map(inlineText).joined()
    }

    private func inlineText(_ inline: MarkdownInline) -> String {
        switch inline {
        case .text(let text), .code(let text): return text
        case .softBreak: return " "
        case .lineBreak: return "\n"
        case .html: return ""
        case .footnoteReference(let number): return "[\(number)]"
        case .emphasis(let children), .strong(let children): return inlineText(children)
        // Plain text cannot strike words through, and struck words read as current unless they are marked.
        case .strikethrough(let children): return "[struck out: " + inlineText(children) + "]"
        case .link(let url, _, let children): return link(inlineText(children), url: url)
        case .image(let url, _, let children): return image(inlineText(children), url: url)
        }
    }

    private func link(_ text: String, url: String) -> String {
        switch LinkText(text: text, url: url) {
        case .words: return text
        case .address(let address): return "<\(address)>"
        case .wordsAndAddress(let address): return "\(text) <\(address)>"
        }
    }

    private func image(_ alt: String, url: String) -> String { LinkText.image(alt: alt, url: url) }
}
