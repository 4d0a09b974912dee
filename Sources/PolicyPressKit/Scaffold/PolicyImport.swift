import Foundation

/// `import`: brings documents into the library as model policies, one policy folder each, written whole
/// or not at all, never over a policy that is there.
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

        public init(files: [String], library: String? = nil, id: String? = nil, title: String? = nil, dryRun: Bool = false) {
            self.files = files
            self.library = library
            self.id = id
            self.title = title
            self.dryRun = dryRun
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

        /// "policies/online-safety: 6 sections, 1,234 words, 1 table, 2 footnotes; 3 things to check", or the refusal.
        public var summary: String {
            guard let policy, let folder else { return "\(file): refused: \(refusal ?? "")" }
            let words = policy.sections.reduce(0) { $0 + $1.markdown.split(whereSeparator: \.isWhitespace).count }
            var parts = ["\(policy.sections.count) \(policy.sections.count == 1 ? "section" : "sections")", "\(words) words"]
            if policy.tables > 0 { parts.append("\(policy.tables) \(policy.tables == 1 ? "table" : "tables")") }
            if policy.footnotes > 0 { parts.append("\(policy.footnotes) \(policy.footnotes == 1 ? "footnote" : "footnotes")") }
            let notes = policy.report.count
            return "\(file) → \(folder): " + parts.joined(separator: ", ") + (notes == 0 ? "" : "; \(notes) \(notes == 1 ? "note" : "notes") below")
        }
    }

    /// Imports each file in turn; a refused file does not stop the others.
    public func run(_ request: Request) throws(DiagnosticList) -> [Outcome] {
        let project = try DiagnosticList.throwing {
            try ProjectLocator(fileSystem: fileSystem, workingDirectory: workingDirectory).project(named: request.library, above: workingDirectory)
        }
        if request.files.count > 1, request.id != nil || request.title != nil {
            throw DiagnosticList([Diagnostic("--id and --title name one policy: import one file at a time with them", at: SourceLocation(file: "--id"))])
        }
        var taken = Set(LibraryReader(SourceReader(fileSystem: fileSystem, workingDirectory: workingDirectory)).policyIDs(in: project))
        return request.files.map { file in
            var outcome = Outcome(file: file)
            do throws(ImportRefusal) {
                let absolute = Path.absolute(file, from: workingDirectory)
                guard fileSystem.isFile(absolute) else { throw ImportRefusal("there is no such file") }
                let data: Data
                do { data = try fileSystem.read(absolute) } catch { throw ImportRefusal("it cannot be read: \(error)") }
                var policy = try importer.policy(at: absolute, data: data)
                let id = request.id ?? Self.id(for: file)
                if request.title == nil, policy.title == nil {
                    policy.report.append("the document gives no title, so the policy is called '\(PolicyScaffold.title(fromID: id))': give its own with --title, or change it in policy.yml")
                }
                policy.title = request.title ?? policy.title ?? PolicyScaffold.title(fromID: id)
                guard PolicyID.isValid(id) else { throw ImportRefusal(PolicyID.problem(with: id)) }
                let folder = project.policyFolder(id)
                guard !taken.contains(id), fileSystem.kind(folder) == nil else {
                    throw ImportRefusal("the library already has a policy '\(id)', which is never replaced: give another with --id")
                }
                if !request.dryRun {
                    do {
                        try FolderWriter(fileSystem: fileSystem).create(folder, with: Self.files(of: policy, title: policy.title ?? id))
                    } catch {
                        throw ImportRefusal("nothing was written: \(error)")
                    }
                }
                taken.insert(id)
                outcome.policy = policy
                outcome.folder = Path.display(folder, from: workingDirectory)
            } catch {
                outcome.refusal = error.reason
            }
            return outcome
        }
    }

    /// A policy id from a file's name: "Online Safety Policy 2025.docx" → `online-safety-policy-2025`.
    static func id(for file: String) -> String {
        let name = Path.name(file)
        let stem = name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : name
        var slugs = SlugMaker()
        return slugs.slug(for: stem)
    }

    /// The files of the policy folder, by name: `policy.yml` and a section file each.
    static func files(of policy: ImportedPolicy, title: String) -> [String: Data] {
        let notes = policy.leadingNotes.isEmpty ? "" : "\n# Drafting notes in the document, before its first heading:\n" + policy.leadingNotes.map { "#   [\($0)]" }.joined(separator: "\n") + "\n"
        var files = [
            "policy.yml": Data(
                (PolicyScaffold.metadata(title: title, note: "imported. Check the review cycle and approver, and write a summary.") + notes).utf8)
        ]
        for (index, section) in policy.sections.enumerated() {
            var lines = ["---", "title: " + YAMLText.quoted(section.title), "order: \(index + 1)"]
            if !section.notes.isEmpty { lines.append("guidance: " + YAMLText.quoted(section.notes.joined(separator: " "))) }
            lines += ["---", section.markdown]
            files[PolicyScaffold.fileName(order: index + 1, title: section.title)] = Data(lines.joined(separator: "\n").utf8)
        }
        return files
    }
}
