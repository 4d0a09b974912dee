import Testing

@testable import PolicyPressKit

/// Tables in the text edition: aligned columns when they fit, blocks of `Header: value` lines when not.
@Suite struct PlainTextWriterTableTests {
    static let ratios = """
        | Age of children | Staff | Children |
        | :-------------- | :---: | -------: |
        | Under two       | 1     | 3        |
        | Two years old   | 1     | 4        |
        | Three and over  | 1     | 8 or 13  |
        """

    @Test func narrowTableKeepsItsAlignment() {
        #expect(
            plain(Self.ratios) == """
                Age of children  Staff  Children
                ───────────────  ─────  ────────
                Under two          1           3
                Two years old      1           4
                Three and over     1     8 or 13

                """)
    }

    @Test func cellsWrapInsideTheirColumnsAndWrappedRowsAreSpaced() {
        #expect(
            plain(Self.ratios, width: 26) == """
                Age of     Staff  Children
                children
                ─────────  ─────  ────────
                Under two    1           3

                Two years    1           4
                old

                Three and    1     8 or 13
                over

                """)
    }

    static let roles = """
        | Role | Name | What they do |
        | --- | --- | --- |
        | Designated safeguarding lead | Ms A. Patel | Leads on *all* safeguarding matters |
        | Deputy lead | Mr B. Jones | Acts for the lead; see [the contacts](https://school.example/contacts) |
        | Head teacher | Mrs C. Smith | Makes sure staff are trained, as [below](#training) |
        | Chair of governors | Dr D. Wong | Holds the head to account |
        | Online safety lead | | Filters and monitors the network |
        | Office manager | Mr E. Brown | Keeps the **single central record** |
        """

    @Test func sixRowsWithEmphasisLinksAndAnEmptyCell() {
        #expect(
            plain(Self.roles) == """
                Role                Name          What they do
                ──────────────────  ────────────  ──────────────────────────────────────
                Designated          Ms A. Patel   Leads on all safeguarding matters
                safeguarding lead

                Deputy lead         Mr B. Jones   Acts for the lead; see the contacts
                                                  <https://school.example/contacts>

                Head teacher        Mrs C. Smith  Makes sure staff are trained, as below

                Chair of governors  Dr D. Wong    Holds the head to account

                Online safety lead                Filters and monitors the network

                Office manager      Mr E. Brown   Keeps the single central record

                """)
    }

    static let schedule = """
        | Policy | Responsible committee | Statutory | Last reviewed | Next review | Published online | Approved by |
        | --- | --- | :-: | --- | --- | :-: | --- |
        | Safeguarding and child protection | Full governing board | Yes | September 2024 | September 2025 | Yes | Chair |
        | Attendance | Standards committee | Yes | March 2024 | March 2026 | Yes | Head teacher |
        """

    @Test func sevenColumnsTooWideBecomeHeaderValueBlocks() {
        #expect(
            plain(Self.schedule) == """
                Policy: Safeguarding and child protection
                Responsible committee: Full governing board
                Statutory: Yes
                Last reviewed: September 2024
                Next review: September 2025
                Published online: Yes
                Approved by: Chair

                Policy: Attendance
                Responsible committee: Standards committee
                Statutory: Yes
                Last reviewed: March 2024
                Next review: March 2026
                Published online: Yes
                Approved by: Head teacher

                """)
    }

    @Test func headerValueLinesWrapWithTheirLaterLinesIndented() {
        #expect(
            plain(Self.schedule, width: 30).hasPrefix(
                """
                Policy: Safeguarding and child
                  protection
                Responsible committee: Full
                  governing board
                Statutory: Yes

                """))
    }

    @Test func tableInAListItemLinesUpWithTheItemsText() {
        let markdown = """
            - Ratios, as the statutory framework sets them:

              | Age | Ratio |
              | --- | ---: |
              | Under two | 1:3 |
              | Two | 1:4 |
            - Next item.
            """
        #expect(
            plain(markdown) == """
                • Ratios, as the statutory framework sets them:

                  Age        Ratio
                  ─────────  ─────
                  Under two    1:3
                  Two          1:4

                • Next item.

                """)
    }

    @Test func tableInAListItemFallsBackWithinTheRoomItLeaves() {
        let markdown = "1. Roles:\n\n   | Lead | Deputy |\n   | --- | --- |\n   | Ms Patel | Mr Jones |"
        #expect(
            plain(markdown, width: 14) == """
                1. Roles:

                   Lead: Ms
                     Patel
                   Deputy: Mr
                     Jones

                """)
    }

    @Test func tableInAQuoteKeepsTheBar() {
        #expect(plain("> | A | B |\n> | - | - |\n> | 1 | 2 |") == "| A  B\n| ─  ─\n| 1  2\n")
    }

    @Test(arguments: [
        PlainTextCase(markdown: "| Name | Role |\n| --- | --- |", expected: "Name  Role\n────  ────\n"),
        PlainTextCase(markdown: "| Name | Role |\n| --- | --- |", expected: "Name\nRole\n", width: 6),
        PlainTextCase(markdown: "| A | B | C |\n| - | - | - |\n| 1 |  | 3 |", expected: "A  B  C\n─  ─  ─\n1     3\n"),
        PlainTextCase(markdown: "| Alpha | Beta |\n| - | - |\n| 1 |  |", expected: "Alpha: 1\nBeta:\n", width: 10),
        PlainTextCase(markdown: "|  |  |\n| - | - |\n| 1 | 2 |", expected: "1  2\n"),
        PlainTextCase(markdown: "| A | B |\n| - | - |\n|  |  |\n| 1 | 2 |", expected: "A  B\n─  ─\n1  2\n"),
        PlainTextCase(markdown: "| A | B |\n| - | - |\n| 1 |", expected: "A  B\n─  ─\n1\n"),
    ])
    func edgeCases(_ example: PlainTextCase) {
        #expect(plain(example.markdown, width: example.width) == example.expected)
    }

    @Test func rowsShorterOrLongerThanTheHeaderDoNotCrash() {
        let cell = { (text: String) in [MarkdownInline.text(text)] }
        let table = MarkdownTable(
            alignments: [.right], header: [cell("A"), cell("B")],
            rows: [[cell("1")], [cell("2"), cell("3"), cell("4")]])
        let text = PlainTextWriter().text(from: MarkdownDocument(blocks: [MarkdownBlock(.table(table))]))
        #expect(text == "A  B\n─  ─  ─\n1\n2  3  4\n")
    }

    @Test func noPipesOrMarkdownSurvive() {
        let output = plain(Self.roles) + plain(Self.schedule) + plain(Self.ratios, width: 20)
        for mark in ["|", "*", "](", ":--", "--:"] {
            #expect(!output.contains(mark), "\(mark) in \(output)")
        }
    }
}
