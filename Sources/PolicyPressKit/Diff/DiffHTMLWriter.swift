import Foundation

/// Writes a diff as an HTML redline: removed words in `<del>`, added ones in `<ins>`, each also
/// announced in words (not by colour alone), every change numbered and linked to the next.
public struct DiffHTMLWriter: Sendable {
    /// Makes a writer.
    public init() {}

    /// The redline's body: one `<section>` per section of the policy.
    public func html(of diff: EditionDiff) -> String {
        var counter = ChangeCounter(total: changeCount(diff))
        let title = diff.title.isEmpty ? "" : "<p class=\"diff-title\">Title: " + runs(diff.title) + "</p>\n"
        return title + diff.sections.enumerated().map { section($1, anchor: Self.anchor($0), counter: &counter) }.joined()
    }

    /// The id of the `index`th section of a redline (counting from 0).
    public static func anchor(_ index: Int) -> String {
        "diff-section-\(index + 1)"
    }

    /// The number of changes the redline numbers: each changed, added, removed or moved block, and each
    /// added, removed or moved section (whose blocks are not counted again).
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

    private struct ChangeCounter {
        var total: Int
        var next = 1

        // An id for this change and a link to the one after it (or back to the summary after the last).
        mutating func take() -> (id: String, link: String) {
            let id = "change-\(next)"
            next += 1
            let link = next <= total
                ? "<a class=\"next-change\" href=\"#change-\(next)\">Next change</a>"
                : "<a class=\"next-change\" href=\"#summary\">Back to the summary</a>"
            return (id, link)
        }
    }

    private func section(_ section: SectionChange, anchor: String, counter: inout ChangeCounter) -> String {
        let number = section.newNumber ?? section.oldNumber ?? 0
        let whole = [SectionChange.Status.added, .removed].contains(section.status)
        let titleChanged = section.title.contains { $0.change != .same }
        var headingAttributes = ""
        var after = ""
        if whole || titleChanged || section.status != .unchanged && section.status != .changed {
            let (id, link) = counter.take()
            headingAttributes = " id=\"\(id)\""
            after = "<p>\(link)</p>\n"
        }
        let title = whole ? HTML.escape(section.title.flatMap(\.words).joined(separator: " ")) : runs(section.title)
        var html = "<section id=\"\(anchor)\" class=\"diff-section diff-\(cssName(section.status))\">\n"
        html += "<h2\(headingAttributes)>\(number). \(title)\(label(section.status))</h2>\n" + after
        for block in section.blocks {
            html += self.block(block, counted: !whole, counter: &counter)
        }
        return html + "</section>\n"
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

    private func label(_ status: SectionChange.Status) -> String {
        let text: String
        switch status {
        case .unchanged: return ""
        case .changed: text = "changed"
        case .added: text = "new section"
        case .removed: text = "section removed"
        case .moved(let from): text = "moved: was section \(from)"
        }
        return " <span class=\"diff-label\">(\(text))</span>"
    }

    private func block(_ change: BlockChange, counted: Bool, counter: inout ChangeCounter) -> String {
        let block = change.block
        var attributes = ""
        var link = ""
        if counted, change.status != .same {
            let taken = counter.take()
            attributes = " id=\"\(taken.id)\""
            link = " " + taken.link
        }
        // Lists, quotes and footnotes indent their blocks; a table at the top of a section is not nested.
        let classes = "diff-block diff-\(change.status)" + (block.restPrefix.isEmpty ? "" : " diff-nested")
        let moved = change.status == .moved ? "<span class=\"diff-label\">(moved)</span> " : ""
        let marker = block.firstPrefix.trimmingCharacters(in: .whitespaces)
        let lead = marker.isEmpty ? "" : "<span class=\"diff-marker\">\(HTML.escape(marker))</span> "
        let indent = block.restPrefix.count
        let style = indent > 0 ? " style=\"margin-left: \(indent)ch\"" : ""
        // A block that cannot hold the link inline is followed by it in a paragraph of its own.
        let linkAfter = link.isEmpty ? "" : "<p>\(link)</p>"
        switch block.kind {
        case .heading(let level):
            let tag = "h\(min(6, max(3, level)))"
            return "<\(tag)\(attributes) class=\"\(classes)\">\(moved)\(runs(change.words))\(link)</\(tag)>\n"
        case .code:
            let lines = change.words.flatMap { run in run.words.map { wrap(HTML.escape(String($0)), run.change) } }
            return "<pre\(attributes) class=\"\(classes)\"\(style)><code>\(lines.joined(separator: "\n"))</code></pre>\(linkAfter)\n"
        case .rule:
            return "<hr\(attributes) class=\"\(classes)\">\(linkAfter)\n"
        case .paragraph:
            return "<p\(attributes) class=\"\(classes)\"\(style)>\(lead)\(moved)\(runs(change.words))\(link)</p>\n"
        case .tableHeader:
            return "<p\(attributes) class=\"\(classes)\"\(style)>\(lead)\(moved)\(columns(change.cells))\(link)</p>\n"
        case .tableRow:
            return "<dl\(attributes) class=\"\(classes)\"\(style)>\(cells(change.cells, lead: lead + moved))</dl>\(linkAfter)\n"
        }
    }

    /// Runs of words as HTML, removed ones in `<del>` and added ones in `<ins>`.
    func runs(_ runs: [WordRun]) -> String {
        runs.map { wrap(HTML.escape($0.words.joined(separator: " ")), $0.change) }.joined(separator: " ")
    }

    /// HTML in `<del>` or `<ins>` for `change`, announced in words as well, or as it is when kept.
    func wrap(_ html: String, _ change: WordRun.Change) -> String {
        switch change {
        case .same: return html
        case .removed: return "<del><span class=\"visually-hidden\">[removed: </span>\(html)<span class=\"visually-hidden\">]</span></del>"
        case .added: return "<ins><span class=\"visually-hidden\">[added: </span>\(html)<span class=\"visually-hidden\">]</span></ins>"
        }
    }
}
