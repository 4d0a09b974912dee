import Foundation
import Testing

@testable import PolicyPressKit

/// The passes only a PDF needs, on the reader's Markdown written here: no reader, no pandoc.
@Suite struct PDFCleanupTests {
    static func reading(_ pages: [String], margins: [(Int, String, Bool)] = [], headings: [(String, Double)] = [])
        -> PDFReader.Reading
    {
        PDFReader.Reading(
            pages: pages, margins: margins.map { ($0.0, $0.1, $0.2) }, headings: headings.map { ($0.0, $0.1) },
            pageCount: pages.count)
    }

    @Test func runningHeadersFootersAndPageNumbersGoAndAreListed() {
        let pages = (1...4).map { page in
            "#### Oakfield Primary School – Online Safety\n\nText of page \(page), which goes on and on.\n\nPage \(page) of 4"
        }
        var passes = PDFMarkdown()
        let markdown = passes.markdown(of: Self.reading(pages))
        #expect(!markdown.contains("Oakfield Primary School – Online Safety") && !markdown.contains("of 4"))
        #expect(markdown.contains("Text of page 3, which goes on and on."))
        #expect(
            passes.report.contains(
                "the running header 'Oakfield Primary School – Online Safety' (on 4 pages) was left out: it is the page's, not the policy's text"
            ))
        #expect(
            passes.report.contains(
                "the page numbers ('Page 1 of 4', on 4 pages) were left out: PolicyPress numbers the pages it prints"))
    }

    @Test func aLineOnOnlyOnePageIsNoRunningHeader() {
        let pages = ["Our school values every child.\n\nText one.", "Text two.\n\nMore text.", "Text three.\n\nEnd."]
        var passes = PDFMarkdown()
        #expect(passes.markdown(of: Self.reading(pages)).contains("Our school values every child."))
        #expect(passes.report.isEmpty)
    }

    @Test func aParagraphThatAPageBreakCutIsJoined() {
        var passes = PDFMarkdown()
        let markdown = passes.markdown(
            of: Self.reading(["## 1. Aims\n\nThis policy will also be", "shared with parents.\n\n## 2. Scope"]))
        #expect(markdown.contains("This policy will also be shared with parents."))
    }

    @Test func headingsAreLevelledByTheirNumbersAndSizes() {
        // The reader's levels are all over the place; the numbers and sizes put them right.
        let page =
            "# Behaviour Policy\n\n#### 1. Purpose\n\nText.\n\n## 1.1 Rewards\n\nText.\n\n### 2. Principles\n\nText.\n\n### Appendix\n\nText."
        var passes = PDFMarkdown()
        let markdown = passes.markdown(
            of: Self.reading(
                [page],
                headings: [
                    ("Behaviour Policy", 26), ("1. Purpose", 17), ("1.1 Rewards", 13), ("2. Principles", 17),
                    ("Appendix", 17),
                ]))
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(
            headings == ["# Behaviour Policy", "## 1. Purpose", "### 1.1 Rewards", "## 2. Principles", "## Appendix"])
    }

    @Test func withoutNumbersEachFontSizeIsALevel() {
        var levels = HeadingLevels()
        let blocks = ["## Title", "## Section", "#### Inside", "### Section two"].map(PageFurniture.Block.init)
        let levelled = levels.levelled(
            blocks, sizes: [("Title", 20), ("Section", 14), ("Inside", 12), ("Section two", 14)])
        #expect(levelled.map(\.markdown) == ["# Title", "## Section", "### Inside", "## Section two"])
    }

    @Test func aHeadingThatIsASentenceIsAParagraph() {
        var levels = HeadingLevels()
        let levelled = levels.levelled(
            [PageFurniture.Block(markdown: "## All staff must read this policy and sign it each year.")], sizes: [])
        #expect(levelled.map(\.markdown) == ["All staff must read this policy and sign it each year."])
        #expect(levels.reportLines.first?.contains("is a sentence, so it was kept as a paragraph") == true)
    }

    @Test func aNumberedHeadingSetAsAListItemIsAHeadingAgain() {
        let footnote = "- 1 Keeping Children Safe in Education is published by the\nDepartment for Education."
        let blocks = [
            "- 2.1 Rewards\nGood behaviour is noticed.", "- 1. a reminder;\n- 2. a warning.", "- tidy up;\n- go home.",
            footnote,
        ]
        let restored = ListedHeadings.restored(blocks.map(PageFurniture.Block.init))
        #expect(restored.count == 1)
        #expect(
            restored.blocks.map(\.markdown) == [
                "## 2.1 Rewards", "Good behaviour is noticed.", "1. a reminder;\n2. a warning.",
                "- tidy up;\n- go home.", footnote,
            ])
    }

    @Test func aSentenceTheReaderTookIntoANumberedHeadingIsAParagraph() {
        let blocks = PageFurniture.blocks(
            of:
                "#### 2.1 Who this policy applies to\nThis policy applies to:\n\n## 3. Roles and responsibilities of the\nGoverning Body"
        )
        #expect(
            blocks.map(\.markdown) == [
                "#### 2.1 Who this policy applies to", "This policy applies to:",
                "## 3. Roles and responsibilities of the Governing Body",
            ])
    }

    @Test func aContentsListGoesWhenItsEntriesAreTheHeadings() {
        var passes = PDFMarkdown()
        let markdown = passes.markdown(
            of: Self.reading([
                "# Policy\n\nContents\n\n1. Aims ........ 2\n\n2. Scope ........ 3\n\n## 1. Aims\n\nText.\n\n## 2. Scope\n\nText."
            ]))
        #expect(!markdown.contains("Contents") && !markdown.contains("...."))
        #expect(passes.report.contains("a contents list (3 blocks) was left out: PolicyPress makes its own"))
    }

    @Test func ligaturesAndCellBreaksAreMadePlain() {
        #expect(PDFMarkdown.plain("Oakﬁeld staﬀ") == "Oakfield staff")
        #expect(PDFMarkdown.plain("|Permanent&lt;br&gt;exclusion|<br>|") == "|Permanent exclusion| |")
        #expect(PDFMarkdown.plain("self-\ndiscipline and <script>") == "self-discipline and \\<script>")
    }

    @Test func theBytesAreCheckedBeforeTheReaderRuns() {
        #expect(
            PDFBytes.problem(in: Data("PK\u{3}\u{4} a zip".utf8))?.hasPrefix("the file is named .pdf but is not a PDF")
                == true)
        #expect(PDFBytes.problem(in: Data("%PDF-1.4\n1 0 obj".utf8))?.hasPrefix("the PDF is cut short") == true)
        let pages = Data("%PDF-1.4\n2 0 obj << /Type /Pages /Count 501 /Kids [] >> endobj\n%%EOF\n".utf8)
        #expect(PDFBytes.pageCount(in: pages) == 501)
        #expect(
            PDFBytes.problem(in: pages)?.hasPrefix("the PDF has 501 pages, more than a policy has (at most 500)")
                == true)
        #expect(PDFBytes.problem(in: Data("%PDF-1.7\n<< /Count 3 >>\n%%EOF".utf8)) == nil)
    }
}
