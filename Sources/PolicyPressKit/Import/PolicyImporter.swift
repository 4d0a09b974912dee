import Foundation

/// A document brought in as a policy: its title, its sections as Markdown, and the report of what the
/// import did.
public struct ImportedPolicy: Sendable, Equatable {
    /// One section: its title (without its number), its Markdown, and the drafting notes for its guidance.
    public struct Section: Sendable, Equatable {
        public var title: String
        public var markdown: String
        public var notes: [String]
    }

    /// The title, when the document gives one.
    public var title: String?
    public var sections: [Section]
    /// Drafting notes before the first heading.
    public var leadingNotes: [String]
    /// The report's lines, in document order.
    public var report: [String]
    /// How many tables and footnotes came through.
    public var tables: Int
    public var footnotes: Int

    /// How many words its sections' Markdown holds, counted as the import reports them.
    public var words: Int {
        sections.reduce(0) { $0 + $1.markdown.split(whereSeparator: \.isWhitespace).count }
    }
}

/// Reads a document through pandoc and cleans it up into a policy (`DocumentCleaner`); pandoc writes each
/// section as GitHub-flavoured Markdown, footnotes kept with their section.
public struct PolicyImporter: Sendable {
    /// What a document is read as.
    public enum Reading: Sendable {
        /// A model for the library: a drafting note goes to its section's guidance, and a blank for the
        /// school's name becomes `{{ school.name }}`.
        case model
        /// A text as its governors approved it (`approve --document`): notes and blanks stay words of the
        /// text, since it is kept and published as it stands and never filled in.
        case approvedText
    }

    public var pandoc: Pandoc
    /// What the document is read as.
    public var reading: Reading
    /// Reads a PDF's text, for pandoc to read in turn.
    public var pdfReader: PDFReader

    public init(pandoc: Pandoc = Pandoc(), reading: Reading = .model, pdfReader: PDFReader = PDFReader()) {
        self.pandoc = pandoc
        self.reading = reading
        self.pdfReader = pdfReader
    }

    /// The policy in the file at `path` (its bytes are `data`), or why it is refused. `sitePages` are the pages
    /// the policy's site may link to (the library's other policies); links to any other file are reported.
    public func policy(at path: String, data: Data, sitePages: Set<String> = []) throws(ImportRefusal) -> ImportedPolicy
    {
        let format: ImportFormat
        switch ImportFormat.of(name: path, data: data) {
        case .success(let found): format = found
        case .failure(let refusal): throw refusal
        }
        var tree: PandocDocument
        // A web page's Markdown loses its site generator's markup first (see `SiteMarkup`).
        let site = format == .markdown ? SiteMarkup.cleaned(String(decoding: data, as: UTF8.self)) : nil
        // A PDF is read by the PDF reader, and its text by pandoc (`PolicyImporter+PDF.swift`).
        let pdf = format == .pdf ? try pdfMarkdown(at: path) : nil
        do throws(Pandoc.Failure) {
            if let site {
                tree = try pandoc.tree(ofText: site.text, format: format.pandocReader)
            } else if let pdf {
                tree = try pandoc.tree(ofText: pdf.markdown, format: format.pandocReader)
            } else {
                tree = try pandoc.tree(of: path, format: format.pandocReader)
            }
        } catch {
            throw ImportRefusal(
                error == .missing
                    ? error.description
                    : "the file could not be read as \(format.name) (\(error.description)): it may be damaged; open it and save it again"
            )
        }
        if let title = site?.title ?? pdf?.title, tree.title == nil {
            tree.meta = tree.meta.setting("title", to: .object(["t": .string("MetaString"), "c": .string(title)]))
        }
        // What pandoc does not read of a Word file: its text boxes go back in, its bookmarks name headings.
        let word = format == .docx ? WordParts(docx: data) : nil
        var found: [ImportReport.Item] = []
        if let word { tree.blocks = word.withTextBoxes(tree.blocks, found: &found) }
        var cleaner = DocumentCleaner(
            sitePages: sitePages, fileName: Path.name(path), keepsNotesAndBlanks: reading == .approvedText,
            wordBookmarks: word?.bookmarks ?? [:])
        let cleaned = try cleaner.clean(tree)
        guard !cleaned.sections.isEmpty else { throw ImportRefusal("the document has no text to import") }
        let markdown = try sectionsMarkdown(cleaned.sections, apiVersion: tree.apiVersion)
        let sections = zip(cleaned.sections, markdown).map { section, text in
            ImportedPolicy.Section(title: section.title, markdown: text, notes: section.notes)
        }
        let lines = markdown.flatMap { $0.split(separator: "\n") }
        // Pandoc reads no page header or footer of a Word document, nor a symbol font's characters: say so.
        if let word {
            if word.symbols > 0 { found.append(.symbolsLeftOut(word.symbols)) }
            for margin in word.margins where !margin.words.isEmpty {
                found.append(.marginLeftOut(part: margin.part, words: InlineCleanup.firstWords(margin.words)))
            }
        }
        let report =
            (pdf?.report ?? []) + ((site?.found ?? []) + found).map(ImportReport.describe) + cleaner.report.lines
        return ImportedPolicy(
            title: cleaned.title, sections: sections, leadingNotes: cleaned.leadingNotes, report: report,
            tables: lines.filter { $0.hasPrefix("|") && $0.contains("---") }.count,
            footnotes: lines.filter { $0.hasPrefix("[^") && $0.contains("]:") }.count)
    }

    // One pandoc run for the whole document, each section under a level-1 heading, footnotes written at
    // the end of the section that cites them; then cut at those headings (pandoc escapes a `#` that
    // starts a line of text, so only headings start with `# `).
    private func sectionsMarkdown(_ sections: [DocumentCleaner.Section], apiVersion: PandocJSON) throws(ImportRefusal)
        -> [String]
    {
        var blocks: [PandocBlock] = []
        for section in sections {
            blocks.append(.header(level: 1, PandocAttr(), [.str("Section")]))
            blocks += section.blocks
        }
        let document = PandocDocument(apiVersion: apiVersion, meta: .object([:]), blocks: blocks)
        let markdown: String
        do {
            markdown = try pandoc.write(document, as: "gfm", options: ["--reference-location=section"])
        } catch {
            throw ImportRefusal("pandoc could not write the document as Markdown: \(error.description)")
        }
        let codeLines = Set(
            CommonMarkConverter().landmarks(in: markdown).flatMap { landmark -> [Int] in
                if case .codeBlock(let last) = landmark.kind {
                    return Array((landmark.line - 1)..<max(landmark.line, last))
                }
                return []
            })
        var parts: [[Substring]] = []
        for line in AdjacentLists.separated(markdown, codeLines: codeLines).split(
            separator: "\n", omittingEmptySubsequences: false)
        {
            if line == "# Section" {
                parts.append([])
            } else if !parts.isEmpty {
                parts[parts.count - 1].append(line)
            }
        }
        guard parts.count == sections.count else {
            throw ImportRefusal(
                "the document's sections could not be told apart in pandoc's Markdown; please report this file")
        }
        return parts.map { lines in
            lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
        }
    }
}

extension ImportFormat {
    /// Pandoc's reader; for Word, with paragraph styles, so that the title and contents can be told.
    var pandocReader: String { self == .docx ? "docx+styles" : reader }

    /// The format's name for people.
    var name: String {
        switch self {
        case .docx: return "a Word document"
        case .odt: return "an OpenDocument text"
        case .rtf: return "RTF"
        case .html: return "HTML"
        case .markdown: return "Markdown"
        case .rst: return "reStructuredText"
        case .pdf: return "a PDF"
        }
    }
}

extension PolicyImporter {
    /// Why a file named `name` holding `data` would be refused before pandoc reads it, or nil.
    public static func refusal(ofFile name: String, data: Data) -> String? {
        if case .failure(let refusal) = ImportFormat.of(name: name, data: data) { return refusal.reason }
        return nil
    }

    /// The passes over text alone, for the fuzzer: a website's markup taken out of a page (`SiteMarkup`), then
    /// pandoc's separators between lists made Markdown's own (`AdjacentLists`); what is left, and the pieces
    /// taken out.
    public static func textPasses(_ text: String) -> (markdown: String, removed: Int) {
        let site = SiteMarkup.cleaned(text)
        let codeLines = Set(
            CommonMarkConverter().landmarks(in: site.text).flatMap { landmark -> [Int] in
                if case .codeBlock(let last) = landmark.kind {
                    return Array((landmark.line - 1)..<max(landmark.line, last))
                }
                return []
            })
        return (AdjacentLists.separated(site.text, codeLines: codeLines), site.found.count)
    }

    /// The clean-up alone, on a tree as pandoc gives it in JSON: each section's title, and the report's lines;
    /// nil when the bytes are not pandoc's JSON, and the refusal's reason when the document is refused.
    public static func cleanUp(pandocJSON data: Data) -> Result<(titles: [String], report: [String]), ImportRefusal>? {
        guard let json = try? PandocJSON(parsing: data) else { return nil }
        var cleaner = DocumentCleaner()
        do {
            let cleaned = try cleaner.clean(PandocDocument(json))
            return .success((cleaned.sections.map(\.title), cleaner.report.lines))
        } catch {
            return .failure(error)
        }
    }
}
