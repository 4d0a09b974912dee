import Foundation

/// A document the governors approved before the school kept its policies in PolicyPress (last year's
/// policy, as the website published it), as `approve POLICY --document FILE` keeps it: its text as the
/// import reads it, written as an approved edition's text is, so that `status`, `diff` and `build
/// --approved-only` take it as the policy's last approval.
public struct ApprovedDocument: Sendable {
    /// The file's name without its folders, as the register names it.
    public var name: String
    /// The text kept: `# Title`, then each section (see `EditionText`).
    public var text: String
    /// The title kept: the document's own, or the policy's when the document has none.
    public var title: String
    /// Whether the title kept is the document's own.
    public var hasOwnTitle: Bool
    /// How many sections the document gave.
    public var sections: Int
    /// How many words its sections hold, counted as `import` counts them.
    public var words: Int
    /// What the import left out or changed, one line each (`ImportReport`).
    public var report: [String]
}

/// Reads a document through the import (`PolicyImporter`, so any format `import` reads) and makes it the
/// text of an approval, or says why it cannot be kept.
struct DocumentApproval: Sendable {
    /// Reads the files.
    var files: SourceReader
    /// Reads the document, keeping its drafting notes and blanks: the kept text is never filled in.
    var importer = PolicyImporter(reading: .approvedText)

    /// Why `path` (as given on the command line) cannot be read at all, or nil.
    func missing(_ path: String) -> Diagnostic? {
        let absolute = Path.absolute(path, from: files.workingDirectory)
        if files.fileSystem.isFile(absolute) { return nil }
        let what = files.fileSystem.isDirectory(absolute) ? "'\(path)' is a folder" : "there is no file '\(path)'"
        return Diagnostic(
            "\(what); give the document the governors approved, such as --document \"Online Safety Policy 2025.docx\"",
            at: SourceLocation(file: "--document"))
    }

    /// The document at `path` as it is kept for an approval of `edition`'s policy; its title is the
    /// document's own, or the policy's when it has none.
    func approved(_ path: String, of edition: Edition) throws(DiagnosticList) -> ApprovedDocument {
        let absolute = Path.absolute(path, from: files.workingDirectory)
        let shown = files.display(absolute)
        let imported: ImportedPolicy
        do throws(ImportRefusal) {
            let data: Data
            do { data = try files.fileSystem.read(absolute) } catch {
                throw ImportRefusal("the file cannot be read: \(error)")
            }
            imported = try importer.policy(at: absolute, data: data)
        } catch {
            throw DiagnosticList([
                Diagnostic(
                    "the document cannot be recorded as approved: \(error.reason)", at: SourceLocation(file: shown))
            ])
        }
        // The title is part of the text approved: a document's own ("Online Safety Policy 2025") is kept, and a
        // change of it shows at the review. Without one, the policy's stands in, so the page has its heading and
        // the redline no change that nobody made.
        let title = imported.title.map(Self.headingWords)?.nilIfBlank ?? edition.title
        let sections = imported.sections.map { (title: $0.title, body: $0.markdown) }
        let text = try Self.keptText(title: title, sections: sections, document: shown)
        return ApprovedDocument(
            name: RegisterFormat.recordable(Path.name(path)), text: text, title: title,
            hasOwnTitle: imported.title.map(Self.headingWords)?.nilIfBlank != nil,
            sections: sections.count, words: imported.words, report: imported.report)
    }

    /// The text kept for a document's title and sections (`EditionText.markdown`), or why it cannot be kept.
    ///
    /// Every verb after this one reads the kept text back into sections and publishes it, and none fills it in
    /// again: a text that would not read back as the same title and sections, or that holds what no page
    /// publishes (raw HTML), is refused rather than kept.
    static func keptText(title: String, sections: [(title: String, body: String)], document: String)
        throws(DiagnosticList) -> String
    {
        let title = headingWords(title)
        let sections = sections.map { (title: headingWords($0.title), body: $0.body) }
        let text = EditionText.markdown(title: title, sections: sections)
        let refusal = { (why: String) in
            DiagnosticList([
                Diagnostic("the document cannot be recorded as approved: \(why)", at: SourceLocation(file: document))
            ])
        }
        if let html = EditionText.firstRawHTML(in: text) {
            let place =
                sections.first { EditionText.firstRawHTML(in: $0.body) != nil }.map { "in the section '\($0.title)'" }
                ?? "on line \(html.line)"
            throw refusal(
                "its text, as imported, holds raw HTML '\(html.shown)' \(place), which no page would publish, so the page would not show what was approved: take the markup out of the document, or save it from Word as .docx, and record it again"
            )
        }
        let parsed: (title: String, sections: [(title: String, body: String)])
        do {
            parsed = try EditionText.parse(text, file: document)
        } catch {
            throw refusal(
                "its text, as imported, does not read back as a policy (\(error.message)); please report this file")
        }
        let expected = [title] + sections.map { "\($0.title)\n\($0.body.trimmingNewlines)" }
        let found = [parsed.title] + parsed.sections.map { "\($0.title)\n\($0.body)" }
        if let index = (0..<max(expected.count, found.count)).first(where: {
            $0 >= expected.count || $0 >= found.count || expected[$0] != found[$0]
        }) {
            let place =
                index == 0
                ? "its title" : index <= sections.count ? "the section '\(sections[index - 1].title)'" : "its end"
            throw refusal(
                "its text, as imported, does not read back as the same title and sections (it differs at \(place)), so what is kept would not be what was approved; please report this file"
            )
        }
        return text
    }

    // A heading is one line of words: runs of white space in a title read back as one space, and a byte
    // order mark as nothing.
    private static func headingWords(_ text: String) -> String {
        text.withoutByteOrderMarks.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
