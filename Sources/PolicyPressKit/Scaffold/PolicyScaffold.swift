import Foundation

/// Makes new model policies and sections in a library, with front matter that loads at once.
public struct PolicyScaffold: Sendable {
    /// Where to read and write.
    public var fileSystem: FileSystem
    /// The folder relative paths start from.
    public var workingDirectory: String

    /// Makes a scaffold.
    public init(fileSystem: FileSystem, workingDirectory: String) {
        self.fileSystem = fileSystem
        self.workingDirectory = workingDirectory
    }

    private var files: SourceReader { SourceReader(fileSystem: fileSystem, workingDirectory: workingDirectory) }

    private func project(_ library: String?) throws(DiagnosticList) -> Project {
        try DiagnosticList.throwing {
            try ProjectLocator(fileSystem: fileSystem, workingDirectory: workingDirectory).project(
                named: library, above: workingDirectory)
        }
    }

    /// Makes `Content/policies/ID/` with a `policy.yml` and a first section; returns the files made.
    public func newPolicy(id: String, title: String?, library: String?) throws(DiagnosticList) -> [String] {
        let project = try project(library)
        guard PolicyID.isValid(id) else {
            throw DiagnosticList([
                Diagnostic(
                    "'\(id)' cannot be a policy id: use lower-case letters, digits and hyphens, such as 'online-safety'",
                    at: SourceLocation(file: "ID"))
            ])
        }
        let folder = project.policyFolder(id)
        guard fileSystem.kind(folder) == nil else {
            throw DiagnosticList([
                Diagnostic(
                    "there is already a policy '\(id)'; add sections to it with 'policypress new section \(id) TITLE'",
                    at: SourceLocation(file: display(folder)))
            ])
        }
        let title = title ?? Self.title(fromID: id)
        let metadata = Self.metadata(title: title, note: "metadata that applies to every school that adopts it.")
        let section = Self.section(title: "Introduction", order: 1, appliesTo: nil)
        let files = [
            (Path.join(folder, "policy.yml"), metadata),
            (Path.join(folder, Self.fileName(order: 1, title: "Introduction")), section),
        ]
        try write(files, folder: folder)
        return files.map { display($0.0) }
    }

    /// Adds a section titled `title` to a policy, with the next free order; returns the file made.
    public func newSection(policy id: String, title: String, appliesTo: [String]?, library: String?)
        throws(DiagnosticList) -> String
    {
        let project = try project(library)
        let folder = project.policyFolder(id)
        guard PolicyID.isValid(id), fileSystem.isDirectory(folder) else {
            throw Self.noSuchPolicy(
                id, advice: "make one with 'policypress new policy \(id)'", at: "POLICY", project: project, files: files
            )
        }
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DiagnosticList([
                Diagnostic(
                    "give the section a title, such as \"Roles and responsibilities\"",
                    at: SourceLocation(file: "TITLE"))
            ])
        }
        var diagnostics = DiagnosticCollector()
        let vocabulary = diagnostics.collect { try VocabularyReader(files).vocabulary(at: project.vocabularyFile) }
        var orders: [Int] = []
        for name in (try? files.sortedNames(in: folder)) ?? [] where name.hasSuffix(".md") {
            if let vocabulary,
                let section = diagnostics.collect({
                    try SectionReader(files).section(at: Path.join(folder, name), vocabulary: vocabulary)
                })
            {
                orders.append(section.order)
            }
        }
        if let types = appliesTo, let vocabulary {
            for type in types where vocabulary.type(type) == nil {
                diagnostics.report(vocabulary.unknownType(type, at: SourceLocation(file: "--applies-to")))
            }
        }
        // With a section that cannot be read, the next free order is not known.
        _ = try diagnostics.throwIfErrors()
        let order = (orders.max() ?? 0) + 1
        let file = Path.join(folder, Self.fileName(order: order, title: title))
        guard !fileSystem.isFile(file) else {
            throw DiagnosticList([Diagnostic("this file already exists", at: SourceLocation(file: display(file)))])
        }
        try write([(file, Self.section(title: title, order: order, appliesTo: appliesTo))], folder: folder)
        return display(file)
    }

    private func write(_ files: [(String, String)], folder: String) throws(DiagnosticList) {
        do {
            try fileSystem.makeDirectory(folder)
            for (path, text) in files { try fileSystem.replaceAtomically(path, Data(text.utf8)) }
        } catch {
            throw DiagnosticList([Diagnostic("could not write: \(error)", at: SourceLocation(file: display(folder)))])
        }
    }

    private func display(_ path: String) -> String { Path.display(path, from: workingDirectory) }

    /// The refusal of a policy the library does not have, named by the argument `argument`: "the library
    /// has no policy 'x'`purpose` (did you mean 'y'?); `advice`".
    static func noSuchPolicy(
        _ id: String, _ purpose: String = "", advice: String, at argument: String, project: Project, files: SourceReader
    ) -> DiagnosticList {
        let known = LibraryReader(files).policyIDs(in: project)
        return DiagnosticList([
            Diagnostic(
                "the library has no policy '\(id)'\(purpose)\(Suggestion.hint(for: id, in: known)); \(advice)",
                at: SourceLocation(file: argument))
        ])
    }

    /// A new policy's `policy.yml`, headed with a note to its author.
    static func metadata(
        title: String, note: String, reviewCycle: String = "12 months", approver: String = "{{ term.governing_body }}"
    ) -> String {
        """
        # The model \(title): \(note)
        title: \(YAMLText.quoted(title))
        summary: ""
        review_cycle: \(reviewCycle)
        approver: \(YAMLText.quoted(approver))
        statutory: false
        publish: true
        related: []

        """
    }

    /// `online-safety` → "Online Safety Policy".
    static func title(fromID id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ") + " Policy"
    }

    /// `03-roles-and-responsibilities.md`: the order, then the title's words.
    static func fileName(order: Int, title: String) -> String {
        var slugs = SlugMaker()
        return (order < 10 ? "0" : "") + "\(order)-" + slugs.slug(for: title) + ".md"
    }

    /// A section file: front matter with a note for the author (never published), and an empty body.
    static func section(title: String, order: Int, appliesTo: [String]?) -> String {
        var lines = ["---", "title: " + YAMLText.quoted(title), "order: \(order)"]
        if let appliesTo { lines.append("applies_to: [" + appliesTo.joined(separator: ", ") + "]") }
        lines += [
            "guidance: Write the section's text below the closing line of dashes, in Markdown. This note is for",
            "  authors and is never published.",
            "---",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
