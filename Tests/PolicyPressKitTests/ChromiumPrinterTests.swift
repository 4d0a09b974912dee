import Foundation
import Testing

@testable import PolicyPressKit

/// One headless Chromium, driven over the DevTools pipe, prints pages to tagged A4 PDFs with the same bytes
/// each time (docs/PDF-ENGINES.md).
@Suite(.serialized) struct ChromiumPrinterTests {
    static let page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><title>Online Safety Policy – Oakfield Primary School</title></head>
        <body>
        <main>
        <h1>Online Safety Policy</h1>
        <h2>1. Purpose</h2>
        <p>This policy explains how the school keeps pupils safe online.</p>
        <ul><li>Filtering and monitoring</li><li>Teaching online safety</li></ul>
        <table><thead><tr><th>Role</th><th>Who</th></tr></thead><tbody><tr><td>Online safety lead</td><td>Ms Laura Bennett</td></tr></tbody></table>
        </main>
        </body>
        </html>
        """

    static func tool(_ name: String, _ arguments: [String], in folder: URL) throws -> String {
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments, in: folder)
        #expect(result.status == 0, "\(name): \(result.stderr)")
        return result.stdout
    }

    @Test func pagesArePrintedTaggedOnA4WithTheSameBytesEachTime() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("online-safety.html")
        try Self.page.write(to: html, atomically: true, encoding: .utf8)
        let other = folder.appendingPathComponent("other.html")
        try Self.page.replacingOccurrences(of: "keeps pupils safe online", with: "teaches pupils about the internet")
            .write(
                to: other, atomically: true, encoding: .utf8)
        let day = try #require(Day(year: 2026, month: 3, day: 12))
        let setup = ChromiumPrinter.PageSetup(
            footer:
                "<div style='font-size:8px'>Page <span class='pageNumber'></span> of <span class='totalPages'></span></div>"
        )

        let printer = try ChromiumPrinter()
        let first = try printer.pdf(ofPage: html.path, setup: setup, date: day)
        let second = try printer.pdf(ofPage: other.path, setup: setup, date: day)
        let again = try printer.pdf(ofPage: html.path, setup: setup, date: day)
        printer.finish()
        #expect(first == again, "the same page, printed again by the same browser, gives the same bytes")
        #expect(first != second)
        #expect(String(decoding: first, as: UTF8.self).contains("/CreationDate (D:20260312000000"))

        let pdf = folder.appendingPathComponent("online-safety.pdf")
        try first.write(to: pdf)
        let info = try Self.tool("pdfinfo", [pdf.path], in: folder)
        #expect(info.contains("Tagged:          yes"), "\(info)")
        #expect(info.contains("(A4)"), "\(info)")
        let tags = try Self.tool("pdfinfo", ["-struct", pdf.path], in: folder).split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let order = tags.compactMap { line in ["H1", "H2", "P", "L", "Table"].first { line.hasPrefix($0 + " ") } }
        #expect(order.starts(with: ["H1", "H2", "P", "L"]) && order.contains("Table"), "\(tags)")
        let words = try Self.tool("pdftotext", [pdf.path, "-"], in: folder).split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        #expect(words.contains("This policy explains how the school keeps pupils safe online."))
        #expect(words.contains("Online safety lead Ms Laura Bennett"), "\(words)")
        #expect(words.contains("Page 1 of 1"))

        let fresh = try ChromiumPrinter()
        #expect(
            try fresh.pdf(ofPage: html.path, setup: setup, date: day) == first, "a new browser gives the same bytes too"
        )
    }

    @Test func aMissingBrowserOrPageIsAFailureThatSaysSo() throws {
        #expect(throws: ChromiumPrinter.Failure.self) { try ChromiumPrinter(executable: "no-such-browser-here") }
        do {
            _ = try ChromiumPrinter(executable: "no-such-browser-here")
        } catch {
            #expect(error.description.contains("'no-such-browser-here' could not be started"), "\(error)")
        }
        let printer = try ChromiumPrinter()
        defer { printer.finish() }
        let day = try #require(Day(year: 2026, month: 3, day: 12))
        #expect(throws: ChromiumPrinter.Failure.self) {
            try printer.pdf(ofPage: "/no/such/page.html", setup: .init(), date: day)
        }
    }

    @Test func onlyTheDatesAndNodeNumbersAreRewrittenDigitForDigit() throws {
        let day = try #require(Day(year: 2026, month: 3, day: 12))
        let pdf = Data(
            ("%PDF-1.4\n/CreationDate (D:20261201190418+00'00')\n/ModDate (D:20261201190418+00'00')>>\n/Title (D:2026)\n"
                + "/ID (node00000094)>> /ID (node00000095)>> /Headers [(node00000094)] (node12) (nodes)").utf8)
        let settled = ChromiumPrinter.settled(pdf, date: day)
        #expect(
            String(decoding: settled, as: UTF8.self)
                == "%PDF-1.4\n/CreationDate (D:20260312000000+00'00')\n/ModDate (D:20260312000000+00'00')>>\n/Title (D:2026)\n"
                + "/ID (node00000001)>> /ID (node00000002)>> /Headers [(node00000001)] (node12) (nodes)")
        #expect(settled.count == pdf.count)
    }
}
