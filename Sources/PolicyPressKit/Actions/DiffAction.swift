import Foundation

/// `diff`: what changed in a policy between two editions, by default from the last approved one to the draft.
public struct DiffAction: Sendable {
    /// The three forms `diff` writes.
    public enum Format: String, Sendable, CaseIterable {
        case text, html, unified
    }

    /// Finds and reads the school.
    public var reader: SchoolReader

    /// Makes the action over a file system and working folder.
    public init(fileSystem: FileSystem, workingDirectory: String) {
        reader = SchoolReader(fileSystem: fileSystem, workingDirectory: workingDirectory)
    }

    /// An edition picked on the command line, with words that say which it is.
    public struct Side: Sendable {
        /// The edition.
        public var edition: Edition
        /// "the edition approved on 12 March 2026", "the current draft" or a file's path.
        public var label: String
        /// The title that names this side: the policy's for an edition, a document's own, nil for a document without one.
        public var title: String?
    }

    /// What `diff` found and wrote.
    public struct Outcome: Sendable {
        /// The changes.
        public var diff: EditionDiff
        /// The output in the asked-for format.
        public var output: String
    }

    /// Compares two editions of a school's policy; `from` and `to` are `approved`, `draft`, a date or a file.
    public func diff(
        policy: String, school: String?, library: String?, from: String, to: String, format: Format, settings: ReviewSettings
    ) throws(DiagnosticList) -> Outcome {
        let snapshot = try reader.snapshot(school: school, library: library, settings: settings)
        let index = try DiagnosticList.throwing { try snapshot.index(of: policy, fileSystem: reader.files.fileSystem) }
        let old = try side(from, option: "--from", snapshot: snapshot, index: index)
        let new = try side(to, option: "--to", snapshot: snapshot, index: index)
        // A document's own title is part of its text: a changed title is a change.
        let titled = { (side: Side) -> Edition in
            var edition = side.edition
            edition.title = side.title ?? edition.title
            return edition
        }
        let diff = EditionDiffer().diff(from: titled(old), to: titled(new))
        // The changes are headed with the title the compared texts give, the newer first: a document's own.
        let title = new.title ?? old.title ?? new.edition.title
        let output: String
        switch format {
        case .text: output = header(old, new, title: title, diff: diff) + "\n" + DiffTextWriter().text(of: diff)
        case .unified:
            let oldText = publishedText(titled(old), snapshot: snapshot, index: index)
            let newText = publishedText(titled(new), snapshot: snapshot, index: index)
            output = UnifiedDiff.text(from: oldText, to: newText, oldLabel: old.label, newLabel: new.label)
        case .html:
            let page = ChangesPage(
                policy: new.edition, status: snapshot.statuses[index], diff: diff, from: old.label, to: new.label, title: title)
            output = SiteBuilder().changesPage(page, school: snapshot.sources.school, type: snapshot.schoolType, templates: snapshot.sources.templates)
        }
        return Outcome(diff: diff, output: output)
    }

    // Both sides are laid out as the site publishes the policy's text page today, with the same school,
    // status and approval lines, so every line that differs is a line of the editions.
    private func publishedText(_ edition: Edition, snapshot: SchoolSnapshot, index: Int) -> String {
        let status = snapshot.statuses[index]
        let page = PolicyPage(edition: edition, status: status, isDraft: status.isDraft)
        return SiteBuilder().textPage(page, school: snapshot.sources.school, type: snapshot.schoolType, templates: snapshot.sources.templates)
    }

    private func header(_ old: Side, _ new: Side, title: String, diff: EditionDiff) -> String {
        """
        Changes to the \(title) of \(new.edition.schoolName)
        From: \(old.label)
        To:   \(new.label)
        \(diff.summary)

        """
    }

    private func side(_ choice: String, option: String, snapshot: SchoolSnapshot, index: Int) throws(DiagnosticList) -> Side {
        let current = snapshot.editions[index]
        let records = snapshot.register.records.filter { $0.policy == current.policyID }
        switch choice {
        case "draft":
            return Side(edition: current, label: "the current draft (edition \(current.hash.short))", title: current.title)
        case "approved":
            guard let record = records.last else {
                throw DiagnosticList([
                    Diagnostic("'\(current.policyID)' has never been approved, so there is no approved edition to compare; give --from a date or a file", at: SourceLocation(file: option))
                ])
            }
            return try kept(record, snapshot: snapshot, current: current)
        default:
            if let day = Day(iso: choice) {
                guard let record = records.last(where: { $0.approved == day }) else {
                    let dates = records.map(\.approved.iso).joined(separator: ", ")
                    throw DiagnosticList([
                        Diagnostic(
                            "'\(current.policyID)' was not approved on \(day.british)" + (dates.isEmpty ? "; it has never been approved" : "; it was approved on: \(dates)"),
                            at: SourceLocation(file: option))
                    ])
                }
                return try kept(record, snapshot: snapshot, current: current)
            }
            return try file(choice, option: option, current: current)
        }
    }

    private func kept(_ record: ApprovalRecord, snapshot: SchoolSnapshot, current: Edition) throws(DiagnosticList) -> Side {
        try DiagnosticList.throwing {
            let text = try RegisterReader(reader.files).keptEdition(of: record, in: snapshot.folder)
            let edition = try current.withText(text, file: RegisterFormat.keptPath(policy: record.policy, edition: record.edition))
            return Side(
                edition: edition, label: "the edition approved on \(record.approved.british) (edition \(record.edition.short))",
                title: edition.title)
        }
    }

    private func file(_ path: String, option: String, current: Edition) throws(DiagnosticList) -> Side {
        let absolute = Path.absolute(path, from: reader.files.workingDirectory)
        guard reader.files.fileSystem.isFile(absolute) else {
            throw DiagnosticList([
                Diagnostic("expected 'approved', 'draft', a date (YYYY-MM-DD) or an edition file, but there is no file '\(path)'", at: SourceLocation(file: option))
            ])
        }
        return try DiagnosticList.throwing {
            // Any Markdown file will do, not only a kept edition: see MarkdownDocumentReader for how it is cut into sections.
            let source = try reader.files.source(at: absolute)
            let parts = MarkdownDocumentReader().parts(of: source)
            return Side(edition: current.withDocument(parts), label: source.path, title: parts.title)
        }
    }
}
