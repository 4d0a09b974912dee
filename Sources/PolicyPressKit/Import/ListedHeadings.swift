import Foundation

/// Numbered headings that the PDF reader took for list items. A PDF without tags draws "2.1 Rewards" as a
/// number and words, as it draws a list item, and the reader writes a list of one item, the heading's words
/// and the paragraph under it together: here such an item (a number, then a few words in capitals that do
/// not end as a sentence, on a line of their own) is a heading again, the lines after it a paragraph; and a
/// list whose every item carries its own number ("- 1. a reminder") is a numbered list.
enum ListedHeadings {
    /// `blocks` with their listed headings restored, and how many there were.
    static func restored(_ blocks: [PageFurniture.Block]) -> (blocks: [PageFurniture.Block], count: Int) {
        var result: [PageFurniture.Block] = []
        var count = 0
        for block in blocks {
            let lines = block.markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let items = lines.filter { $0.hasPrefix("- ") }
            if items.count == 1, lines[0].hasPrefix("- "), let heading = heading(in: String(lines[0].dropFirst(2))) {
                count += 1
                result.append(PageFurniture.Block(markdown: "## " + heading))
                let rest = lines.dropFirst().joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                if !rest.isEmpty { result.append(PageFurniture.Block(markdown: rest)) }
                continue
            }
            if items.count == lines.filter({ !$0.hasPrefix(" ") }).count, !items.isEmpty,
                items.allSatisfy({ $0.range(of: #"^- \d+[.)] "#, options: .regularExpression) != nil })
            {
                result.append(
                    PageFurniture.Block(
                        markdown: lines.map { $0.hasPrefix("- ") ? String($0.dropFirst(2)) : $0 }.joined(
                            separator: "\n")))
                continue
            }
            result.append(block)
        }
        return (result, count)
    }

    // The heading an item's first line is, or nil: a number ("3.", "2.1") and at most twelve words, the
    // first in capitals, not ending as a sentence does.
    private static func heading(in line: String) -> String? {
        let (number, rest) = HeadingNumber.split(line)
        let words = rest.split(separator: " ")
        // A number with a point ("3.", "2.1"): a footnote at a page's foot is a bare number and a sentence.
        guard let number, number.contains("."), let first = rest.first, first.isUppercase, !words.isEmpty,
            words.count <= 12,
            let last = rest.last, !".,;:".contains(last)
        else { return nil }
        return line.trimmingCharacters(in: .whitespaces)
    }
}
