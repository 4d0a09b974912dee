import Foundation

/// Writes a diff as an HTML redline: removed words in `<del>`, added ones in `<ins>`, each also
/// announced in words (not by colour alone), every change numbered and linked to the next.
public struct DiffHTMLWriter: Sendable {
    /// Makes a writer.
    public init() {}

    /// The redline's body: one `<section>` per section of the policy. Each changed section's heading links
    /// to the next changed section (one link a section, not one a change, so the keyboard's way through the
    /// page stays short); unchanged sections and long unchanged stretches fold into `<details>`.
    public func html(of diff: EditionDiff) -> String {
        let changed = diff.sections.indices.filter { diff.sections[$0].status != .unchanged }
        let titleSource = diff.titleOrigin.map { " " + Self.source($0) } ?? ""
        var html =
            diff.title.isEmpty ? "" : "<p class=\"diff-title\">Title: " + runs(diff.title) + titleSource + "</p>\n"
        for (index, section) in diff.sections.enumerated() {
            let next = changed.first { $0 > index }.map { "#" + Self.anchor($0) } ?? "#summary"
            html += self.section(section, index: index, next: next)
        }
        return html
    }

    /// The id of the `index`th section of a redline (counting from 0).
    public static func anchor(_ index: Int) -> String {
        "diff-section-\(index + 1)"
    }

    /// The id of the `number`th change (counting from 0) in the `index`th section of a redline.
    public static func changeAnchor(_ index: Int, _ number: Int) -> String {
        anchor(index) + "-change-\(number + 1)"
    }

    /// The number of changes: each changed, added, removed or moved block, and each added, removed or moved
    /// section (whose blocks are not counted again).
    public func changeCount(_ diff: EditionDiff) -> Int {
        diff.sections.reduce(0) { total, section in
            switch section.status {
            case .added, .removed: return total + 1
            case .moved: return total + 1 + section.blocks.filter { $0.status != .same }.count
            default:
                let titleChanged = section.title.contains { $0.change != .same } ? 1 : 0
                return total + titleChanged + section.blocks.filter { $0.status != .same }.count
            }
        }
    }

    /// A section's number as the redline shows it: a removed section's old number struck through.
    static func number(_ section: SectionChange) -> String {
        guard section.status != .removed, let number = section.newNumber else {
            return wrap("\(section.oldNumber ?? 0).", .removed)
        }
        return "\(number)."
    }

    private func section(_ section: SectionChange, index: Int, next: String) -> String {
        let whole = [SectionChange.Status.added, .removed].contains(section.status)
        let title = whole ? HTML.escape(section.title.flatMap(\.words).joined(separator: " ")) : runs(section.title)
        let link =
            section.status == .unchanged
            ? ""
            : " <a class=\"next-change\" href=\"\(next)\">\(next == "#summary" ? "Back to the summary" : "Next changed section")</a>"
        var html = "<section id=\"\(Self.anchor(index))\" class=\"diff-section diff-\(cssName(section.status))\">\n"
        html += "<h2>\(Self.number(section)) \(title)\(label(section))\(link)</h2>\n"
        // Each change has an id, for the summary's list of changes to link to.
        var number = 0
        let blocks = section.blocks.map { change -> String in
            guard change.status != .same else { return block(change, id: "") }
            defer { number += 1 }
            return block(change, id: " id=\"\(Self.changeAnchor(index, number))\"") + source(of: change)
        }
        if section.status == .unchanged {
            html += Self.folded(blocks[...])
        } else {
            html += Self.foldingUnchanged(blocks, changed: section.blocks.map { $0.status != .same })
        }
        return html + "</section>\n"
    }

    // Runs of more than three unchanged blocks fold, keeping one block of context on each side of a change.
    private static func foldingUnchanged(_ blocks: [String], changed: [Bool]) -> String {
        var html = ""
        var index = 0
        while index < blocks.count {
            var end = index
            while end < blocks.count, !changed[end] { end += 1 }
            let keepBefore = index == 0 ? 0 : 1, keepAfter = end == blocks.count ? 0 : 1
            if end - index - keepBefore - keepAfter > 2 {
                html += blocks[index..<index + keepBefore].joined()
                html += folded(blocks[(index + keepBefore)..<(end - keepAfter)])
                html += blocks[(end - keepAfter)..<end].joined()
            } else {
                html += blocks[index..<end].joined()
            }
            if end < blocks.count { html += blocks[end] }
            index = end + 1
        }
        return html
    }

    private static func folded(_ blocks: ArraySlice<String>) -> String {
        guard !blocks.isEmpty else { return "" }
        let count = blocks.count
        return
            "<details class=\"diff-folded\"><summary>\(count) unchanged \(count == 1 ? "paragraph" : "paragraphs")</summary>\n"
            + blocks.joined() + "</details>\n"
    }

    private func cssName(_ status: SectionChange.Status) -> String {
        switch status {
        case .unchanged: return "unchanged"
        case .changed: return "changed"
        case .added: return "added"
        case .removed: return "removed"
        case .moved: return "moved"
        }
    }

    private func label(_ section: SectionChange) -> String {
        let text: String
        switch section.status {
        case .unchanged: return ""
        case .added: text = "new section"
        case .removed: text = "section removed"
        case .changed, .moved: text = section.statusWords ?? ""
        }
        return
            " <span class=\"diff-label\">(\(HTML.escape(([text] + section.originWords).joined(separator: "; "))))</span>"
    }

    /// Where a change came from, as the redline says it beside the change: "(changed in the model)".
    static func source(_ origin: ChangeOrigin) -> String {
        "<span class=\"diff-source\">(\(HTML.escape(origin.words)))</span>"
    }

    // A changed block's source follows it, indented as it is.
    private func source(of change: BlockChange) -> String {
        guard let origin = change.origin else { return "" }
        let indent = change.block.restPrefix.count
        let style = indent > 0 ? " style=\"margin-left: \(indent)ch\"" : ""
        return "<p class=\"diff-source\"\(style)>(\(HTML.escape(origin.words)))</p>\n"
    }

    private func block(_ change: BlockChange, id: String) -> String {
        let block = change.block
        // Lists, quotes and footnotes indent their blocks; a table at the top of a section is not nested.
        let classes = "diff-block diff-\(change.status)" + (block.restPrefix.isEmpty ? "" : " diff-nested")
        let moved = change.status == .moved ? "<span class=\"diff-label\">\(HTML.escape(change.moveLabel))</span> " : ""
        let marker = change.shownFirstPrefix.trimming { $0 == " " }
        let lead =
            marker.isEmpty
            ? "" : "<span class=\"diff-marker\">\(wrap(HTML.escape(marker), change.isGone ? .removed : .same))</span> "
        let indent = block.restPrefix.count
        let style = indent > 0 ? " style=\"margin-left: \(indent)ch\"" : ""
        switch block.kind {
        case .heading(let level):
            let tag = "h\(min(6, max(3, level)))"
            return "<\(tag)\(id) class=\"\(classes)\">\(moved)\(runs(change.words))</\(tag)>\n"
        case .code:
            let lines = change.words.flatMap { run in run.words.map { wrap(HTML.escape(String($0)), run.change) } }
            return "<pre\(id) class=\"\(classes)\"\(style)><code>\(lines.joined(separator: "\n"))</code></pre>\n"
        case .rule:
            return "<hr\(id) class=\"\(classes)\">\n"
        case .paragraph:
            return "<p\(id) class=\"\(classes)\"\(style)>\(lead)\(moved)\(runs(change.words))</p>\n"
        case .tableHeader:
            return "<p\(id) class=\"\(classes)\"\(style)>\(lead)\(moved)\(columns(change.cells))</p>\n"
        case .tableRow:
            return "<dl\(id) class=\"\(classes)\"\(style)>\(cells(change.cells, lead: lead + moved))</dl>\n"
        }
    }

    /// Runs of words as HTML, removed ones in `<del>` and added ones in `<ins>`.
    func runs(_ runs: [WordRun]) -> String {
        runs.map { wrap(HTML.escape($0.words.joined(separator: " ")), $0.change) }.joined(separator: " ")
    }

    /// HTML in `<del>` or `<ins>` for `change`, announced in words as well, or as it is when kept.
    func wrap(_ html: String, _ change: WordRun.Change) -> String {
        Self.wrap(html, change)
    }

    /// HTML in `<del>` or `<ins>` for `change`, announced in words as well, or as it is when kept.
    static func wrap(_ html: String, _ change: WordRun.Change) -> String {
        switch change {
        case .same: return html
        case .removed:
            return
                "<del><span class=\"visually-hidden\">[removed: </span>\(html)<span class=\"visually-hidden\">]</span></del>"
        case .added:
            return
                "<ins><span class=\"visually-hidden\">[added: </span>\(html)<span class=\"visually-hidden\">]</span></ins>"
        }
    }
}
