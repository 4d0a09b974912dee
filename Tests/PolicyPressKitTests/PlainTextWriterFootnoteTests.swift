import Testing

@testable import PolicyPressKit

/// Footnotes in the text edition: `[1]` at each citation, the notes after the document's blocks.
@Suite struct PlainTextWriterFootnoteTests {
    @Test func oneParagraphNotesFollowTheTextOneALine() {
        let markdown = """
            Staff follow the statutory guidance[^kcsie] and report every concern.[^report]

            [^kcsie]: Keeping Children Safe in Education, 2024, part one, which every member of staff reads each September.
            [^report]: To the designated safeguarding lead.
            """
        #expect(
            plain(markdown) == """
                Staff follow the statutory guidance[1] and report every concern.[2]

                [1] Keeping Children Safe in Education, 2024, part one, which every
                    member of staff reads each September.
                [2] To the designated safeguarding lead.

                """)
    }

    @Test func noteOfTwoParagraphsKeepsBothAndSpacesTheNotes() {
        let markdown = """
            Concerns are recorded.[^record] Records are kept securely.[^keep]

            [^record]: On the day, in the school's safeguarding system.

                A paper form is used only when the system cannot be reached, and is scanned in the same day.
            [^keep]: Until the pupil is 25.
            """
        #expect(
            plain(markdown, width: 40) == """
                Concerns are recorded.[1] Records are
                kept securely.[2]

                [1] On the day, in the school's
                    safeguarding system.

                    A paper form is used only when the
                    system cannot be reached, and is
                    scanned in the same day.

                [2] Until the pupil is 25.

                """)
    }

    @Test func noteHoldingAListStartsWithTheFirstBullet() {
        let markdown = "See the note.[^a]\n\n[^a]: Two things:\n\n    - one\n    - two"
        #expect(plain(markdown) == "See the note.[1]\n\n[1] Two things:\n\n    • one\n    • two\n")
    }

    @Test func markersLineUpPastNine() {
        let notes = (1...10).map {
            MarkdownFootnote(number: $0, label: "n\($0)", blocks: [MarkdownBlock(.paragraph([.text("Note \($0).")]))])
        }
        let text = PlainTextWriter().text(from: MarkdownDocument(blocks: [], footnotes: notes))
        #expect(text.hasPrefix(" [1] Note 1.\n [2] Note 2.\n"))
        #expect(text.hasSuffix(" [9] Note 9.\n[10] Note 10.\n"))
    }

    @Test func onlyTheNotesTheDocumentHoldsArePrinted() {
        let document = MarkdownDocument(
            blocks: [MarkdownBlock(.paragraph([.text("Later section."), .footnoteReference(3)]))],
            footnotes: [MarkdownFootnote(number: 3, label: "c", blocks: [MarkdownBlock(.paragraph([.text("Third.")]))])]
        )
        #expect(PlainTextWriter().text(from: document) == "Later section.[3]\n\n[3] Third.\n")
    }

    @Test func emptyNoteKeepsItsMarker() {
        let document = MarkdownDocument(blocks: [], footnotes: [MarkdownFootnote(number: 1, label: "a", blocks: [])])
        #expect(PlainTextWriter().text(from: document) == "[1]\n")
    }
}
