import Foundation
import Testing

@testable import PolicyPressKit

/// The Typst writer: what an author writes is printed as written, never read as Typst, and the PDF reads as
/// the text edition does.
@Suite(.serialized) struct TypstWriterTests {
    // Compiles a document of `markdown`'s blocks, and reads its text back with Poppler.
    static func printed(_ markdown: String, linkBase: String? = nil) throws -> (pdf: Data, text: String) {
        let document = CommonMarkConverter().document(from: markdown)
        let day = try #require(Day(year: 2026, month: 3, day: 12))
        let source = TypstDocument(
            title: "T", author: "Oakfield", date: day, running: "T", marking: nil,
            body: TypstWriter(linkBase: linkBase).markup(from: document)
        ).source
        let printer = TypstPrinter(processes: 1)
        defer { printer.finish() }
        let pdf = try #require(try printer.pdfs(of: [source]).first)
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try pdf.write(to: folder.appendingPathComponent("t.pdf"))
        let text = try ChromiumPrinterTests.tool("pdftotext", ["-raw", "t.pdf", "-"], in: folder)
        return (pdf, text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    @Test func typstsOwnSyntaxInATextIsPrintedAsWritten() throws {
        let tricky = [
            #"#set page(width: 1cm)"#, #"$x^2$"#, #"<label> and @ref"#, #"a \ backslash"#, #""quoted" text"#,
            "// not a comment", "/* nor this */", "= not a heading", "- not a list", "+ nor this", "#{1 + 1}",
            "~ and ---",
        ]
        let markdown =
            tricky.map {
                "Text: " + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "<", with: "\\<")
            }
            .joined(separator: "\n\n") + "\n\nCode `#strong[x]` and `\"q\"`.\n"
        let printed = try Self.printed(markdown)
        for text in tricky { #expect(printed.text.contains("Text: " + text), "\(text) in \(printed.text)") }
        #expect(printed.text.contains(#"Code #strong[x] and "q"."#), "\(printed.text)")
    }

    @Test func theWordsAreTheTextEditionsInTheirOrder() throws {
        let markdown = """
            See the [Behaviour Policy](behaviour.html), the [guidance](https://www.gov.uk/guidance), \
            <https://www.gov.uk/>, [the duties](#duties) and ~~old words~~.[^1]

            1. First
            2. Second
               - inner *one*
               - inner **two**

            > Quoted words.

            | Who | Duty |
            |---|:-:|
            | Head | Leads |

            [^1]: The note's words.
            """
        let document = CommonMarkConverter().document(from: markdown)
        let text = PlainTextWriter().text(from: document)
        let printed = try Self.printed(markdown)
        // The running header ("Oakfield T") and footer ("Page 1 of 1") aside.
        let words = PDFEditionTests.words(printed.text)
        #expect(Array(words.dropFirst(2).dropLast(4)) == PDFEditionTests.words(text), "\(printed.text)\n\(text)")
        #expect(
            printed.text.contains(
                "See the Behaviour Policy <behaviour.html>, the guidance <https://www.gov.uk/guidance>, <https://www.gov.uk/>, the duties and [struck out: old words].[1]"
            ), "\(printed.text)")
    }

    @Test func linksGoWhereTheSiteIsNeverToALocalFile() throws {
        let markdown =
            "The [Behaviour Policy](behaviour.html), the [guidance](https://www.gov.uk/guidance) and [the duties](#duties).\n"
        let raw = { (pdf: Data) in String(decoding: pdf, as: UTF8.self) }
        let linked = raw(try Self.printed(markdown, linkBase: "https://oakfield.example/policies/").pdf)
        #expect(linked.contains("https://oakfield.example/policies/behaviour.html"))
        #expect(linked.contains("https://www.gov.uk/guidance"))
        let unlinked = raw(try Self.printed(markdown).pdf)
        #expect(unlinked.contains("https://www.gov.uk/guidance"))
        #expect(
            !unlinked.contains("behaviour.html)"), "without site_url, a link to another file of the site is words only")
        #expect(!linked.contains("file:") && !unlinked.contains("file:"))
    }

    @Test func aDocumentIsTheSameBytesEachTimeAndClaimsPDFUAWhenTypstVouchesForIt() throws {
        let markdown = "Some words.\n\n- a list\n\nMore words.\n"
        let first = try Self.printed(markdown).pdf, second = try Self.printed(markdown).pdf
        #expect(first == second)
        #expect(String(decoding: first, as: UTF8.self).contains("pdfuaid:part>1<"))
        // A heading of a section (level 3) with no title or section heading above it skips levels, which
        // PDF/UA-1 forbids: the document is still made, tagged, without the claim.
        let skipping = try Self.printed("### A heading\n\nWords.\n")
        #expect(!String(decoding: skipping.pdf, as: UTF8.self).contains("pdfuaid:part>1<"))
        #expect(skipping.text.contains("A heading Words."))
    }
}
