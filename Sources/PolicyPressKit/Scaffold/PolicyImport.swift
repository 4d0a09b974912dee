import Foundation

/// `import`: brings documents into the library as model policies, one policy folder each, written whole
/// or not at all, never over a policy that is there; with `--update`, the next version of a policy taken
/// over it in place (`PolicyImport+Update.swift`).
public struct PolicyImport: Sendable {
    /// Where to read and write.
    public var fileSystem: FileSystem
    /// The folder relative paths start from.
    public var workingDirectory: String
    /// Reads and cleans up each document.
    public var importer: PolicyImporter

    /// Makes the action.
    public init(fileSystem: FileSystem, workingDirectory: String, importer: PolicyImporter = PolicyImporter()) {
        self.fileSystem = fileSystem
        self.workingDirectory = workingDirectory
        self.importer = importer
    }

    /// What was asked.
    public struct Request: Sendable {
        public var files: [String]
        public var library: String?
        public var id: String?
        public var title: String?
        public var dryRun: Bool
        /// A school folder whose own words become variables.
        public var school: String?
        /// The policy that the one file is the next version of (`--update`), replaced in place.
        public var update: String?

        public init(
            files: [String], library: String? = nil, id: String? = nil, title: String? = nil, dryRun: Bool = false,
            school: String? = nil,
            update: String? = nil
        ) {
            self.files = files
            self.library = library
            self.id = id
            self.title = title
            self.dryRun = dryRun
            self.school = school
            self.update = update
        }
    }

    /// What happened to one file.
    public struct Outcome: Sendable {
        /// The file as named.
        public var file: String
        /// The policy folder written (or that would be, on a dry run), when the file was imported.
        public var folder: String?
        /// The policy, when the file was imported.
        public var policy: ImportedPolicy?
        /// Why it was not, when it was refused.
        public var refusal: String?
        /// For `--update`, what became of the sections, in a few words ("1 renamed, 1 added, 3 unchanged").
        public var sectionChanges: String?

        /// "policies/online-safety: 6 sections, 1,234 words, 1 table, 2 footnotes; 3 things to check", or the refusal.
        public var summary: String {
            guard let policy, let folder else { return "\(file): refused: \(refusal ?? "")" }
            var parts = [
                "\(policy.sections.count) \(policy.sections.count == 1 ? "section" : "sections")",
                "\(policy.words) words",
            ]
            if policy.tables > 0 { parts.append("\(policy.tables) \(policy.tables == 1 ? "table" : "tables")") }
            if policy.footnotes > 0 {
                parts.append("\(policy.footnotes) \(policy.footnotes == 1 ? "footnote" : "footnotes")")
            }
            let notes = policy.report.count
            let changes = sectionChanges.map { " (updated: \($0))" } ?? ""
            return "\(file) → \(folder)\(changes): " + parts.joined(separator: ", ")
                + (notes == 0 ? "" : "; \(notes) \(notes == 1 ? "note" : "notes") below")
        }
    }

    /// Imports each file in turn; a refused file does not stop the others.
    public func run(_ request: Request) throws(DiagnosticList) -> [Outcome] {
        let project = try DiagnosticList.throwing {
            try ProjectLocator(fileSystem: fileSystem, workingDirectory: workingDirectory).project(
                named: request.library, above: workingDirectory)
        }
        if request.files.count > 1, request.id != nil || request.title != nil {
            throw DiagnosticList([
                Diagnostic(
                    "--id and --title name one policy: import one file at a time with them",
                    at: SourceLocation(file: "--id"))
            ])
        }
        if request.update != nil,
            let problem = Self.updateProblem(files: request.files.count, id: request.id, title: request.title)
        {
            throw DiagnosticList([Diagnostic(problem, at: SourceLocation(file: "--update"))])
        }
        let files = SourceReader(fileSystem: fileSystem, workingDirectory: workingDirectory)
        var taken = Set(LibraryReader(files).policyIDs(in: project))
        let vocabulary = try DiagnosticList.throwing {
            try VocabularyReader(files).vocabulary(at: project.vocabularyFile)
        }
        let words = try request.school.map { school throws(DiagnosticList) in
            try schoolWords(school, vocabulary: vocabulary)
        }
        if let id = request.update {
            return [
                try update(
                    request.files[0], policy: id, dryRun: request.dryRun, project: project, vocabulary: vocabulary,
                    words: words)
            ]
        }
        return request.files.map { file in
            var outcome = Outcome(file: file)
            do throws(ImportRefusal) {
                let (absolute, data) = try document(file)
                // The id is checked before pandoc reads the document, which can take a minute.
                let id = request.id ?? Self.id(for: file)
                guard PolicyID.isValid(id) else { throw ImportRefusal(PolicyID.problem(with: id)) }
                let folder = project.policyFolder(id)
                guard !taken.contains(id), fileSystem.kind(folder) == nil else {
                    throw ImportRefusal(
                        "the library already has a policy '\(id)', which is never replaced: give another with --id")
                }
                let sitePages = LinkTarget.sitePages(policies: taken.sorted() + [id])
                var policy = try importer.policy(at: absolute, data: data, sitePages: sitePages)
                if request.title == nil, policy.title == nil {
                    policy.report.append(
                        "the document gives no title, so the policy is called '\(PolicyScaffold.title(fromID: id))': give its own with --title, or change it in policy.yml"
                    )
                }
                policy.title = request.title ?? policy.title ?? PolicyScaffold.title(fromID: id)
                let shownFolder = Path.display(folder, from: workingDirectory)
                let facts = Self.adopt(
                    &policy, words: words, vocabulary: vocabulary, id: id, folder: shownFolder, file: file)
                let written = Self.files(
                    of: policy, title: policy.title ?? id, facts: facts, vocabulary: vocabulary, folder: shownFolder)
                try refuseUnlessChecked(written, folder: folder, vocabulary: vocabulary, sitePages: sitePages)
                if !request.dryRun {
                    do {
                        try FolderWriter(fileSystem: fileSystem).create(folder, with: written)
                    } catch {
                        throw ImportRefusal("nothing was written: \(error)")
                    }
                }
                taken.insert(id)
                outcome.policy = policy
                outcome.folder = shownFolder
            } catch {
                outcome.refusal = error.reason
            }
            return outcome
        }
    }

    // An import that `check` would find errors in is refused with them: it is a fault of the import (please
    // report the file), and writing it would leave the library failing its own check.
    func refuseUnlessChecked(_ files: [String: Data], folder: String, vocabulary: Vocabulary, sitePages: Set<String>)
        throws(ImportRefusal)
    {
        let errors = ImportCheck(fileSystem: fileSystem, workingDirectory: workingDirectory)
            .errors(ifWriting: files, into: folder, vocabulary: vocabulary, sitePages: sitePages)
        guard let first = errors.first else { return }
        let more = errors.count > 1 ? " (and \(errors.count - 1) more)" : ""
        throw ImportRefusal(
            "what the import would write does not pass 'policypress check', so nothing was written: \(first.description)\(more). This is a fault of the import: please report it with the document"
        )
    }

    /// The document named `file`: its absolute path and its bytes, or why it cannot be read.
    func document(_ file: String) throws(ImportRefusal) -> (path: String, data: Data) {
        let absolute = Path.absolute(file, from: workingDirectory)
        guard fileSystem.isFile(absolute) else { throw ImportRefusal("there is no such file") }
        do { return (absolute, try fileSystem.read(absolute)) } catch {
            throw ImportRefusal("it cannot be read: \(error)")
        }
    }

    /// A policy id from a file's name: "Online Safety Policy 2025.docx" → `online-safety-policy-2025`.
    static func id(for file: String) -> String {
        let name = Path.name(file)
        let stem = name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : name
        var slugs = SlugMaker()
        return slugs.slug(for: stem)
    }

    // The school's words, when `--school` names a school.
    private func schoolWords(_ school: String, vocabulary: Vocabulary) throws(DiagnosticList) -> SchoolWords {
        let files = SourceReader(fileSystem: fileSystem, workingDirectory: workingDirectory)
        var diagnostics = DiagnosticCollector()
        let folder = Path.absolute(school, from: workingDirectory)
        guard let profile = ProfileReader(files).profile(in: folder, vocabulary: vocabulary, diagnostics: &diagnostics)
        else {
            throw DiagnosticList(diagnostics.diagnostics.filter { $0.severity == .error })
        }
        var values = profile.values
        values["name"] = profile.name
        return SchoolWords(values: values, terms: vocabulary.type(profile.type)?.terms ?? [:])
    }

    /// A section file's front matter, line by line: its title, order and, when it had drafting notes, guidance.
    static func frontMatter(of section: ImportedPolicy.Section, order: Int) -> [String] {
        // A title's variables are filled in like the text's: a `{{` of the document's own is written `\{{`.
        let title = section.title.replacingOccurrences(of: "{{", with: "\\{{")
        var lines = ["---", "title: " + YAMLText.quoted(title), "order: \(order)"]
        if !section.notes.isEmpty { lines.append("guidance: " + YAMLText.quoted(section.notes.joined(separator: " "))) }
        return lines + ["---"]
    }

    /// The line of a section file on which its Markdown starts: after its front matter.
    static func bodyLine(of section: ImportedPolicy.Section) -> Int {
        frontMatter(of: section, order: 1).count + 1
    }

    /// The section file of a section, as the user sees its path.
    static func sectionFile(_ index: Int, of policy: ImportedPolicy, folder: String) -> String {
        Path.join(folder, PolicyScaffold.fileName(order: index + 1, title: policy.sections[index].title))
    }

    // The school's words made variables, and the facts the text states, each added to the report with its
    // place in the section file written.
    private static func adopt(
        _ policy: inout ImportedPolicy, words: SchoolWords?, vocabulary: Vocabulary, id: String, folder: String,
        file: String
    ) -> PolicyFacts {
        let changes = applySchoolWords(words, to: &policy)
        let written = policy
        func place(_ section: Int, _ line: Int, _ column: Int) -> String {
            "\(sectionFile(section, of: written, folder: folder)):\(bodyLine(of: written.sections[section]) + line - 1):\(column)"
        }
        policy.report += schoolWordLines(changes, place: place)
        let facts = PolicyFacts(sections: policy.sections.map(\.markdown))
        if let cycle = facts.reviewCycle {
            policy.report.append(
                "\(place(cycle.section, cycle.line, cycle.column)): '\(cycle.words)': review_cycle is \(cycle.value) in policy.yml"
            )
        } else {
            policy.report.append(
                "the text says nothing of how often the policy is reviewed: review_cycle is 12 months in policy.yml; check it"
            )
        }
        if let body = facts.approvingBody {
            policy.report.append(
                "\(place(body.section, body.line, body.column)): '\(body.words)': the approver in policy.yml is \(approver(body.value, vocabulary: vocabulary))"
            )
        }
        policy.report += recordLines(facts, id: id, file: file, place: place)
        return facts
    }

    /// The school's words (when `--school` names a school) made variables in each section of `policy`; the
    /// changes made, each at its section, line and column.
    static func applySchoolWords(_ words: SchoolWords?, to policy: inout ImportedPolicy) -> [SchoolWords.Change] {
        guard let words else { return [] }
        var changes: [SchoolWords.Change] = []
        for index in policy.sections.indices {
            let (markdown, made) = words.applied(to: policy.sections[index].markdown, section: index)
            policy.sections[index].markdown = markdown
            changes += made
        }
        return changes
    }

    /// The report's line for each of the school's words made a variable, or left because it is ambiguous;
    /// `place` gives a section's line and column as `file:line:column`.
    static func schoolWordLines(_ changes: [SchoolWords.Change], place: (Int, Int, Int) -> String) -> [String] {
        changes.map { change in
            if let variable = change.variable {
                return
                    "\(place(change.section, change.line, change.column)): '\(change.words)' became {{ \(variable) }}"
            }
            return
                "\(place(change.section, change.line, change.column)): '\(change.words)' was left as it is: it could be \(change.candidates.map { "{{ \($0) }}" }.joined(separator: " or "))"
        }
    }

    /// The report's lines for an approval the text records (as the command that would record it) and for
    /// each slash form that may want a `{{ term.… }}`.
    static func recordLines(_ facts: PolicyFacts, id: String, file: String, place: (Int, Int, Int) -> String)
        -> [String]
    {
        var lines: [String] = []
        if let approval = facts.approval {
            lines.append(
                "\(place(approval.section, approval.line, approval.column)): the text records an approval of this document; once a school adopts the policy, record it as the school's baseline with: policypress approve \(id) SCHOOL_DIR --document \(Self.shellQuoted(file)) --date \(approval.value.date.iso) --by \"\(approval.value.body)\""
            )
        }
        for form in facts.slashForms {
            lines.append(
                "\(place(form.section, form.line, form.column)): '\(form.value)' names two kinds of school: a candidate for a {{ term.… }}"
            )
        }
        return lines
    }

    /// A file name as typed at a shell: in double quotes when it holds anything but letters, digits and `./-_`.
    static func shellQuoted(_ path: String) -> String {
        guard path.contains(where: { !($0.isLetter || $0.isNumber || "./-_".contains($0)) }) else { return path }
        return "\""
            + path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "$", with: "\\$").replacingOccurrences(of: "`", with: "\\`") + "\""
    }

    /// The approver for `policy.yml`: the vocabulary's term when the body found is one term's word, else the words.
    static func approver(_ body: String, vocabulary: Vocabulary) -> String {
        let keys = Set(vocabulary.types.flatMap { type in type.terms.filter { $0.value == body }.map(\.key) })
        // Of several terms with these words, the one named by them ("Governing Body": governing_body).
        let named = body.lowercased().replacingOccurrences(of: " ", with: "_")
        let key =
            keys.count == 1
            ? keys.first : keys.contains(named) ? named : keys.contains("governing_body") ? "governing_body" : nil
        return key.map { "{{ term.\($0) }}" } ?? body
    }

    /// The files of the policy folder, by name: `policy.yml` and a section file each.
    static func files(
        of policy: ImportedPolicy, title: String, facts: PolicyFacts, vocabulary: Vocabulary, folder: String
    ) -> [String: Data] {
        let notes =
            policy.leadingNotes.isEmpty
            ? ""
            : "\n# Drafting notes in the document, before its first heading:\n"
                + policy.leadingNotes.map { "#   [\($0)]" }.joined(separator: "\n") + "\n"
        let metadata = PolicyScaffold.metadata(
            title: title, note: "imported. Check the review cycle and approver, and write a summary.",
            reviewCycle: facts.reviewCycle?.value.description ?? "12 months",
            approver: facts.approvingBody.map { approver($0.value, vocabulary: vocabulary) }
                ?? "{{ term.governing_body }}")
        var files = ["policy.yml": Data((metadata + notes).utf8)]
        for (index, section) in policy.sections.enumerated() {
            let lines = frontMatter(of: section, order: index + 1) + [section.markdown]
            files[PolicyScaffold.fileName(order: index + 1, title: section.title)] = Data(
                lines.joined(separator: "\n").utf8)
        }
        return files
    }
}
