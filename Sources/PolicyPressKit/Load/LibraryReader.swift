import Foundation
import Mustache

/// Reads a policy library: its vocabulary and templates at once, its policies as schools ask for them.
public struct LibraryReader: Sendable {
    /// Reads the files.
    public var files: SourceReader

    /// Makes a reader.
    public init(_ files: SourceReader) {
        self.files = files
    }

    /// Loads a library as far as it can: nil without a vocabulary; with broken templates, problems are
    /// reported and the library can still be used to check schools and policies.
    public func library(_ project: Project, diagnostics: inout DiagnosticCollector) -> Library? {
        var templateProblems = DiagnosticCollector()
        defer { templateProblems.diagnostics.forEach { diagnostics.report($0) } }
        return library(project, diagnostics: &diagnostics, templateProblems: &templateProblems)
    }

    /// The same, with the templates' problems apart: they shape pages, not the text governors approve.
    /// Problems in `library.yml` go with the vocabulary's, since an approval records the library's version.
    public func library(
        _ project: Project, diagnostics: inout DiagnosticCollector, templateProblems: inout DiagnosticCollector
    ) -> Library? {
        let vocabulary = diagnostics.collect { try VocabularyReader(files).vocabulary(at: project.vocabularyFile) }
        let release = diagnostics.collect { try LibraryReleaseReader(files).release(of: project) }
        let templates = templateProblems.collect { try TemplateReader(files).templates(in: project.templatesFolder) }
        guard let vocabulary else { return nil }
        return Library(
            project: project, vocabulary: vocabulary,
            templates: templates ?? TemplateSet(library: MustacheLibrary(), stylesheet: Data()),
            release: release ?? nil, files: files)
    }

    /// The ids of the policies in the library, sorted.
    public func policyIDs(in project: Project) -> [String] {
        let names = (try? files.fileSystem.list(project.policiesFolder)) ?? []
        return names.filter { files.fileSystem.isDirectory(project.policyFolder($0)) && !$0.hasPrefix(".") }.sorted()
    }
}
