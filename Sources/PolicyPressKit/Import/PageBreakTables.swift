import Foundation

/// Tables that a page break cuts. The reader writes such a table whole, but at the place on its first page
/// where the table's foot, on the next page, would stand, which is often above paragraphs that come before
/// it; and the table's heading row, which a PDF repeats at the top of the next page, stays there as a
/// paragraph. Here the table goes back to the end of its first page (before the footnotes at the foot),
/// and the repeated heading row goes, reported.
struct PageBreakTables {
    /// The repeated heading rows left out, with the page (from 0) they were on.
    private(set) var repeatedRows: [(text: String, page: Int)] = []

    /// `pages` with each table that runs on from a page in `runningOn` put back in its place.
    mutating func placed(_ pages: [[PageFurniture.Block]], runningOn: Set<Int>) -> [[PageFurniture.Block]] {
        var pages = pages
        for index in runningOn.sorted() where index < pages.count {
            let tables = pages[index].indices.filter { pages[index][$0].markdown.hasPrefix("|") }
            // With two tables or none on the page, which one runs on cannot be told: the page stays as it is.
            guard tables.count == 1 else { continue }
            let table = pages[index].remove(at: tables[0])
            let footnotes = pages[index].reversed().prefix {
                $0.markdown.range(of: #"^(- )?\[\d+\] "#, options: .regularExpression) != nil
            }.count
            pages[index].insert(table, at: pages[index].count - footnotes)
            guard index + 1 < pages.count, let heading = Self.headingRow(of: table.markdown) else { continue }
            if let repeated = pages[index + 1].prefix(PageFurniture.edge).firstIndex(where: { $0.text == heading }) {
                pages[index + 1].remove(at: repeated)
                repeatedRows.append((heading, index + 1))
            }
        }
        return pages
    }

    /// The words of a pipe table's first row, one space apart.
    static func headingRow(of markdown: String) -> String? {
        guard let first = markdown.split(separator: "\n").first else { return nil }
        let cells = first.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return cells.isEmpty ? nil : cells.joined(separator: " ")
    }

    /// The report's lines.
    var reportLines: [String] {
        repeatedRows.map {
            "the heading row of a table, '\($0.text)', repeated at the top of page \($0.page + 1), was left out: the table has it once"
        }
    }
}
