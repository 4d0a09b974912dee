import Foundation

extension DiffAction {
    /// Compares two documents outside any school, as a clerk compares last year's model with this year's:
    /// Markdown files are read as they are, other formats through the import (`PolicyImporter`), without
    /// writing anything: as the redline's text form, as a page that stands alone (in the library's look when
    /// one is found), or as a unified diff of the two documents' Markdown.
    public func diffDocuments(
        from: String, to: String, format: Format = .text, library: String? = nil,
        importer: PolicyImporter = PolicyImporter()
    ) throws(DiagnosticList) -> Outcome {
        let (old, oldText) = try document(from, option: "--from", importer: importer)
        let (new, newText) = try document(to, option: "--to", importer: importer)
        let diff = EditionDiffer().diff(from: old.edition, to: new.edition)
        if format == .unified {
            return Outcome(
                diff: diff,
                output: UnifiedDiff.text(from: oldText, to: newText, oldLabel: old.label, newLabel: new.label),
                summary: diff.summaryLine)
        }
        let title = new.title ?? old.title ?? "document"
        if format == .html {
            let page = DocumentChangesPage(diff: diff, title: title, from: old.label, to: new.label)
            return Outcome(
                diff: diff, output: page.html(stylesheet: try stylesheet(library: library)), summary: diff.summaryLine)
        }
        let header = DiffHeader(title: title, school: "", from: old.label, to: new.label)
        return Outcome(
            diff: diff, output: header.text(of: diff) + "\n" + DiffTextWriter().text(of: diff),
            summary: diff.summaryLine)
    }

    // The site's stylesheet of the library named by --library, or of the one above the working folder; the
    // page's own when there is no library there, so that the page reads well wherever it is opened.
    private func stylesheet(library: String?) throws(DiagnosticList) -> String {
        let project: Project?
        if let library {
            project = try DiagnosticList.throwing {
                try reader.locator.project(named: library, above: reader.files.workingDirectory)
            }
        } else {
            project = reader.locator.project(above: reader.files.workingDirectory)
        }
        guard let file = project.map({ Path.join($0.templatesFolder, "style.css") }),
            reader.files.fileSystem.isFile(file)
        else {
            return StandaloneStylesheet.css
        }
        return try DiagnosticList.throwing { try reader.files.source(at: file) }.text
    }

    /// A document's Markdown: a Markdown file as it is, any other format as `import` reads it (nothing written).
    func markdown(of path: String, at absolute: String, option: String, importer: PolicyImporter = PolicyImporter())
        throws(DiagnosticList) -> SourceText
    {
        if path.lowercased().hasSuffix(".md") || path.lowercased().hasSuffix(".markdown") {
            return try DiagnosticList.throwing { try reader.files.source(at: absolute) }
        }
        do throws(ImportRefusal) {
            let data = (try? reader.files.fileSystem.read(absolute)) ?? Data()
            let policy = try importer.policy(at: absolute, data: data)
            var text = policy.title.map { "# \($0)\n\n" } ?? ""
            for section in policy.sections { text += "## \(section.title)\n\n\(section.markdown)\n" }
            return SourceText(path: reader.files.display(absolute), text: text)
        } catch {
            throw DiagnosticList([
                Diagnostic("\(path) cannot be compared: \(error.reason)", at: SourceLocation(file: option))
            ])
        }
    }

    // A side, and its Markdown as read or as imported.
    private func document(_ path: String, option: String, importer: PolicyImporter) throws(DiagnosticList) -> (
        Side, String
    ) {
        let absolute = Path.absolute(path, from: reader.files.workingDirectory)
        guard reader.files.fileSystem.isFile(absolute) else {
            throw DiagnosticList([Diagnostic("there is no file '\(path)'", at: SourceLocation(file: option))])
        }
        let source = try markdown(of: path, at: absolute, option: option, importer: importer)
        let parts = MarkdownDocumentReader().parts(of: source)
        let blank = Edition(
            policyID: "", title: parts.title ?? Path.name(path), schoolName: "", approver: "",
            reviewCycle: ReviewCycle(months: 12),
            statutory: false, publish: true, summary: "", related: [], sections: [])
        return (Side(edition: blank.withDocument(parts), label: source.path, title: parts.title), source.text)
    }
}
