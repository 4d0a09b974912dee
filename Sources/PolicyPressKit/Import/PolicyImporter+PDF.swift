import Foundation

extension PolicyImporter {
    /// A PDF's text as Markdown for pandoc to read, and the report of what its own passes (`PDFMarkdown`)
    /// did; or why it is refused.
    func pdfMarkdown(at path: String) throws(ImportRefusal) -> (markdown: String, report: [String], title: String?) {
        let reading: PDFReader.Reading
        do {
            reading = try pdfReader.read(path, pageLimit: PDFBytes.largestPageCount)
        } catch {
            throw ImportRefusal(Self.reason(error, reader: pdfReader))
        }
        if reading.pageCount > PDFBytes.largestPageCount {
            throw ImportRefusal(
                "the PDF has \(reading.pageCount) pages, more than a policy has (at most \(PDFBytes.largestPageCount)): import the policy itself, not a collection of documents"
            )
        }
        var passes = PDFMarkdown()
        let markdown = passes.markdown(of: reading)
        guard markdown.contains(where: \.isLetter) else {
            throw ImportRefusal(
                "the PDF has no text layer, only pictures of its pages (scanned: run OCR first, with a text-recognition program, or import the document it was made from)"
            )
        }
        return (markdown, passes.report, passes.title)
    }

    /// The PDF passes alone (`PDFMarkdown`), on Markdown as the reader writes it with its pages between lines
    /// of ``PDFReader/pageMark``, and the reader's JSON (empty when there is none): the Markdown pandoc would
    /// read, and the report's lines. For the fuzz targets.
    public static func cleanUp(pdfMarkdown markdown: String, json: Data = Data()) -> (
        markdown: String, report: [String]
    ) {
        var passes = PDFMarkdown()
        let text = passes.markdown(of: PDFReader.reading(markdown: markdown, json: json))
        return (text, passes.report)
    }

    /// The refusal's words for a reader's failure.
    static func reason(_ failure: PDFReader.Failure, reader: PDFReader) -> String {
        switch failure {
        case .missingReader:
            return
                "PDF import needs OpenDataLoader PDF, which is not installed: install it with 'bash scripts/setup.sh --import'"
        case .missingJava:
            return
                "PDF import needs Java (11 or later) to run OpenDataLoader PDF, and it is not installed: install it with 'bash scripts/setup.sh --import'"
        case .passwordNeeded:
            return
                "the PDF is protected by a password: open it with the password, save a copy without one (or print it to a new PDF), and import that"
        case .failed(let message):
            return
                "the file could not be read as a PDF (\(message)): it may be damaged; make the PDF again from the document it was made from"
        case .tooSlow(let seconds):
            return
                "reading the PDF took longer than \(Int(seconds)) seconds, so it was stopped: import the document it was made from, or print it to a new PDF and import that"
        case .tooLarge:
            return
                "reading the PDF needed more memory than a policy can (\(reader.memoryLimit)), so it was stopped: import the document it was made from"
        }
    }
}
