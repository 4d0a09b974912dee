/// `render`: one Markdown file to an HTML fragment or plain text, filled in for a school when one is given.
public struct RenderAction: Sendable {
    /// The two forms `render` writes.
    public enum Format: String, Sendable, CaseIterable {
        case html, text
    }

    /// Finds and reads the file and the school.
    public var reader: SchoolReader

    /// Makes the action over a file system and working folder.
    public init(fileSystem: FileSystem, workingDirectory: String) {
        reader = SchoolReader(fileSystem: fileSystem, workingDirectory: workingDirectory)
    }

    private var files: SourceReader { reader.files }

    /// What `render` produced.
    public enum Outcome: Sendable, Equatable {
        /// The rendered text, and a warning for each piece of raw HTML that it leaves out.
        case rendered(String, warnings: [Diagnostic])
        /// The section's `applies_to:` leaves it out for a school of this type.
        case notApplicable(appliesTo: [String], schoolType: String)
    }

    /// Renders the file, or says that its `applies_to:` leaves it out for the school's type.
    public func render(file: String, school: String?, library: String?, to format: Format) throws(DiagnosticList)
        -> Outcome
    {
        let absolute = Path.absolute(file, from: files.workingDirectory)
        var diagnostics = DiagnosticCollector()
        guard let source = diagnostics.collect({ try files.source(at: absolute) }),
            let split = diagnostics.collect({ try FrontMatterParser.split(source) }),
            let context = diagnostics.collect({ try context(for: absolute, school: school, library: library) })
        else { throw DiagnosticList(diagnostics.diagnostics) }
        if let type = context.type, let frontMatter = split.frontMatter {
            var reader = MappingReader(frontMatter, what: "the front matter", at: split.frontMatterLocation!)
            let applies = SectionReader.appliesTo(in: &reader, vocabulary: context.vocabulary)
            _ = try reader.diagnostics.throwIfErrors()
            if let applies, !ModelSection.applies(applies, to: type) {
                return .notApplicable(appliesTo: applies, schoolType: type)
            }
        }
        let resolver = SectionResolver(
            schoolType: context.type, vocabulary: context.vocabulary, variables: context.variables)
        let markdown = try resolver.resolve(split.body, file: source.path, firstLine: split.bodyLine)
        let converter = CommonMarkConverter()
        let warnings = omittedHTML(in: markdown, file: source.path, converter: converter)
        switch format {
        case .html: return .rendered(converter.html(from: markdown.text), warnings: warnings)
        case .text:
            return .rendered(PlainTextWriter().text(from: converter.document(from: markdown.text)), warnings: warnings)
        }
    }

    // Safe mode leaves raw HTML out of both forms. `render` prints what cmark-gfm prints, but as a converter
    // it must not drop what an author wrote in silence, so each piece left out becomes a warning.
    private func omittedHTML(in markdown: ResolvedMarkdown, file: String, converter: CommonMarkConverter)
        -> [Diagnostic]
    {
        converter.landmarks(in: markdown.text).compactMap { landmark in
            let html: String
            switch landmark.kind {
            case .htmlBlock(let text), .htmlInline(let text): html = text
            default: return nil
            }
            let location = SourceLocation(
                file: file, line: markdown.sourceLine(of: landmark.line), column: landmark.column)
            return Diagnostic("raw HTML '\(RawHTML(html).shown)' left out", at: location, severity: .warning)
        }
    }

    private struct Context {
        var type: String?
        var vocabulary = Vocabulary(types: [])
        var variables = VariableTable()
    }

    // Variables come from the school (school.*, term.*) and from policy.yml beside the file (policy.*).
    private func context(for file: String, school: String?, library: String?) throws(DiagnosticList) -> Context {
        guard let school else { return Context() }
        let located = try reader.locate(school: school, library: library)
        let vocabulary = try VocabularyReader(files).vocabulary(at: located.project.vocabularyFile)
        let profile = try DiagnosticCollector.checked {
            ProfileReader(files).profile(in: located.folder, vocabulary: vocabulary, diagnostics: &$0)
        }
        var trustProblems = DiagnosticCollector()
        let trust = TrustReader(files).trust(of: profile, diagnostics: &trustProblems)
        _ = try trustProblems.throwIfErrors()
        var variables = VariableTable(school: profile, type: vocabulary.type(profile.type), trust: trust)
        let metadataFile = Path.join(Path.parent(file), "policy.yml")
        if files.fileSystem.isFile(metadataFile) {
            let metadata = try PolicyReader(files).policyMetadata(at: metadataFile)
            var diagnostics = DiagnosticCollector()
            variables = variables.adding(policy: metadata, diagnostics: &diagnostics)
            _ = try diagnostics.throwIfErrors()
        }
        return Context(type: profile.type, vocabulary: vocabulary, variables: variables)
    }
}
