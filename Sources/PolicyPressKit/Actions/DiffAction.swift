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
        /// The approval this side is the edition of, if it is one.
        public var record: ApprovalRecord? = nil
        /// The library version it was built from, when known.
        public var library: String? = nil
        /// Whether it is the current draft.
        public var isDraft = false
    }

    /// What `diff` found and wrote.
    public struct Outcome: Sendable {
        /// All the changes, whatever `--only` shows.
        public var diff: EditionDiff
        /// The output in the asked-for format.
        public var output: String
        /// The summary of what the output shows: "1 section changed; 3 words added, 3 removed."
        public var summary: String
    }

    /// Compares two editions of a school's policy; `from` and `to` are `approved`, `draft`, a date or a file.
    /// From an approval to the draft, each change is put down to its source (see `LayerChain`); with `only`,
    /// the output marks that source's changes alone.
    public func diff(
        policy: String, school: String?, library: String?, from: String, to: String, format: Format,
        settings: ReviewSettings,
        only: ChangeSource? = nil
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
        var diff = EditionDiffer().diff(from: titled(old), to: titled(new))
        if let record = old.record, new.isDraft {
            diff = LayerChain(files: reader.files).traced(
                diff, approved: titled(old), draft: titled(new), record: record, snapshot: snapshot)
        }
        let shown =
            try only.map { source throws(DiagnosticList) in try self.only(source, of: diff, from: old, to: new) }
            ?? diff
        // The changes are headed with the title the compared texts give, the newer first: a document's own.
        let title = new.title ?? old.title ?? new.edition.title
        let output: String
        switch format {
        case .text:
            let header = DiffHeader(
                title: title, school: new.edition.schoolName, from: old.label, to: new.label, fromLibrary: old.library,
                toLibrary: new.library)
            output = header.text(of: shown) + "\n" + DiffTextWriter().text(of: shown)
        case .unified:
            let oldText = publishedText(titled(old), snapshot: snapshot, index: index)
            let newText = publishedText(titled(new), snapshot: snapshot, index: index)
            output = UnifiedDiff.text(from: oldText, to: newText, oldLabel: old.label, newLabel: new.label)
        case .html:
            let page = ChangesPage(
                policy: new.edition, status: snapshot.statuses[index], diff: shown, from: old.label, to: new.label,
                title: title,
                fromLibrary: old.library, toLibrary: new.library)
            output = SiteBuilder().changesPage(
                page, school: snapshot.sources.school, type: snapshot.schoolType, templates: snapshot.sources.templates)
        }
        return Outcome(diff: diff, output: output, summary: shown.summaryLine)
    }

    // One source's changes can be told only from an approval that kept its layers to the draft.
    private func only(_ source: ChangeSource, of diff: EditionDiff, from old: Side, to new: Side) throws(DiagnosticList)
        -> EditionDiff
    {
        guard old.record != nil, new.isDraft else {
            throw DiagnosticList([
                Diagnostic(
                    "--only \(source.name) sorts the changes made since an approval: compare an approved edition (--from approved, or the date of an approval) with the draft (--to draft)",
                    at: SourceLocation(file: "--only"))
            ])
        }
        guard diff.tracing?.traced == true else {
            let why = diff.tracing?.note.map { " " + $0 } ?? ""
            throw DiagnosticList([
                Diagnostic(
                    "the changes cannot be sorted by source, so none can be shown alone; run diff without --only to see them all.\(why)",
                    at: SourceLocation(file: "--only"))
            ])
        }
        return diff.only(source)
    }

    // Both sides are laid out as the site publishes the policy's text page today, with the same school,
    // status and approval lines, so every line that differs is a line of the editions.
    private func publishedText(_ edition: Edition, snapshot: SchoolSnapshot, index: Int) -> String {
        let status = snapshot.statuses[index]
        let page = PolicyPage(edition: edition, status: status, isDraft: status.isDraft)
        return SiteBuilder().textPage(
            page, school: snapshot.sources.school, type: snapshot.schoolType, templates: snapshot.sources.templates)
    }

    private func side(_ choice: String, option: String, snapshot: SchoolSnapshot, index: Int) throws(DiagnosticList)
        -> Side
    {
        let current = snapshot.editions[index]
        let records = snapshot.register.records.filter { $0.policy == current.policyID }
        switch choice {
        case "draft":
            return Side(
                edition: current, label: "the current draft (edition \(current.hash.short))", title: current.title,
                library: snapshot.library.release?.label, isDraft: true)
        case "approved":
            guard let record = records.last else {
                throw DiagnosticList([
                    Diagnostic(
                        "'\(current.policyID)' has never been approved, so there is no approved edition to compare; give --from a date or a file",
                        at: SourceLocation(file: option))
                ])
            }
            return try kept(record, snapshot: snapshot, current: current)
        default:
            if let day = Day(iso: choice) {
                guard let record = records.last(where: { $0.approved == day }) else {
                    let dates = records.map(\.approved.iso).joined(separator: ", ")
                    throw DiagnosticList([
                        Diagnostic(
                            "'\(current.policyID)' was not approved on \(day.british)"
                                + (dates.isEmpty ? "; it has never been approved" : "; it was approved on: \(dates)"),
                            at: SourceLocation(file: option))
                    ])
                }
                return try kept(record, snapshot: snapshot, current: current)
            }
            return try file(choice, option: option, current: current)
        }
    }

    private func kept(_ record: ApprovalRecord, snapshot: SchoolSnapshot, current: Edition) throws(DiagnosticList)
        -> Side
    {
        try DiagnosticList.throwing {
            let text = try RegisterReader(reader.files).keptEdition(of: record, in: snapshot.folder)
            let edition = try current.withText(
                text, file: RegisterFormat.keptPath(policy: record.policy, edition: record.edition))
            return Side(
                edition: edition, label: "\(record.whatWasApproved) (edition \(record.edition.short))",
                title: edition.title, record: record, library: record.library)
        }
    }

    private func file(_ path: String, option: String, current: Edition) throws(DiagnosticList) -> Side {
        let absolute = Path.absolute(path, from: reader.files.workingDirectory)
        guard reader.files.fileSystem.isFile(absolute) else {
            throw DiagnosticList([
                Diagnostic(
                    "expected 'approved', 'draft', a date (YYYY-MM-DD) or an edition file, but there is no file '\(path)'",
                    at: SourceLocation(file: option))
            ])
        }
        // Any text file is read as Markdown, not only a kept edition (see MarkdownDocumentReader for how it is
        // cut into sections); a Word file, a PDF or any other document as import reads it.
        let source: SourceText
        if let format = ImportFormat.byExtension[ImportFormat.extension(of: path)], format != .markdown {
            source = try markdown(of: path, at: absolute, option: option)
        } else if let text = try? reader.files.source(at: absolute) {
            source = text
        } else {
            source = try markdown(of: path, at: absolute, option: option)
        }
        let parts = MarkdownDocumentReader().parts(of: source)
        return Side(edition: current.withDocument(parts), label: source.path, title: parts.title)
    }
}
