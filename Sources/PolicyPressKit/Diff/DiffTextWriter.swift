/// Writes a diff as plain text, wrapped like the text edition, with removed words as `[-words-]` and
/// added ones as `{+words+}`, as wdiff prints them.
public struct DiffTextWriter: Sendable {
    /// The widest a line may be.
    public var width = 72

    /// Makes a writer.
    public init(width: Int = 72) {
        self.width = width
    }

    /// The whole diff: each section's heading with what happened to it, and all its text with the changes marked.
    public func text(of diff: EditionDiff) -> String {
        var parts: [String] = []
        if !diff.title.isEmpty {
            let title = "Title: " + marked(diff.title) + (diff.titleOrigin.map { " (\($0.words))" } ?? "")
            parts.append(
                TextWrapper(width: width, firstPrefix: "", continuationPrefix: "").lines(for: title).joined(
                    separator: "\n"))
        }
        for section in diff.sections {
            // A removed section's number is its old one, struck like its words, so no number stands twice.
            let number =
                section.status == .removed ? mark("\(section.oldNumber ?? 0).", .removed) : "\(section.newNumber ?? 0)."
            let heading = number + " " + marked(section.title) + label(section)
            // The heading is marked and labelled, so it may outgrow the width; its rule stops there.
            var lines = [heading, HeadingUnderline.line(under: heading, level: 2, longest: width) ?? ""]
            var previous: DiffBlock?
            for block in section.blocks {
                // Items of one list follow each other without a blank line, as in the text edition; rows
                // of a table do not, even in a list item.
                let sameList =
                    previous?.context == block.block.context && block.block.context.contains("/list")
                    && !block.block.isTableRow
                if !sameList { lines.append("") }
                lines += self.lines(of: block)
                if block.status != .same, let origin = block.origin {
                    lines.append(block.block.restPrefix + "(\(origin.words))")
                }
                previous = block.block
            }
            parts.append(lines.joined(separator: "\n"))
        }
        return parts.joined(separator: "\n\n\n") + "\n"
    }

    // What happened to the section, and where that came from: "(added; changed by the school)".
    private func label(_ section: SectionChange) -> String {
        guard let what = section.statusWords else { return "" }
        return " (" + ([what] + section.originWords).joined(separator: "; ") + ")"
    }

    private func lines(of change: BlockChange) -> [String] {
        let block = change.block
        let moved = change.status == .moved ? change.moveLabel + " " : ""
        switch block.kind {
        case .code:
            return change.words.flatMap { run in
                run.words.map { line in block.restPrefix + "    " + mark(String(line), run.change) }
            }
        case .rule:
            return [block.firstPrefix + mark(String(repeating: "─", count: 20), change.words.first?.change ?? .same)]
        case .tableHeader, .tableRow:
            return rowLines(of: change)
        case .heading, .paragraph:
            // A block that is gone has its list marker struck with its words: "[-• keep passwords private;-]".
            let marker = block.marker
            guard change.isGone, !marker.isEmpty else {
                let wrapper = TextWrapper(
                    width: width, firstPrefix: change.shownFirstPrefix, continuationPrefix: block.restPrefix)
                return wrapper.lines(for: moved + marked(change.words))
            }
            let indent = String(block.firstPrefix.prefix { $0 == " " })
            let wrapper = TextWrapper(width: width, firstPrefix: indent, continuationPrefix: block.restPrefix)
            return wrapper.lines(
                for: moved + mark(([Substring(marker)] + block.words).joined(separator: " "), .removed))
        }
    }

    /// Words with their changes marked, runs separated by single spaces.
    func marked(_ runs: [WordRun]) -> String {
        runs.map { mark($0.words.joined(separator: " "), $0.change) }.joined(separator: " ")
    }

    /// The text between wdiff's marks for `change`, or as it is when kept.
    func mark(_ text: String, _ change: WordRun.Change) -> String {
        switch change {
        case .same: return text
        case .removed: return "[-" + text + "-]"
        case .added: return "{+" + text + "+}"
        }
    }
}
