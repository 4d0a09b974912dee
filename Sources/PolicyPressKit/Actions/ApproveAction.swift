import Foundation

/// `approve`: records that a body approved the current edition of a policy on a day, and keeps that text; or,
/// with a document (`--document`), that it approved that document, whose text is kept as imported (see
/// `DocumentApproval`).
public struct ApproveAction: Sendable {
    /// Finds and reads the school.
    public var reader: SchoolReader

    /// Makes the action over a file system and working folder.
    public init(fileSystem: FileSystem, workingDirectory: String) {
        reader = SchoolReader(fileSystem: fileSystem, workingDirectory: workingDirectory)
    }

    private var files: SourceReader { reader.files }

    /// What the clerk asks to record, as typed on the command line.
    public struct Request: Sendable {
        public var policy: String
        public var school: String?
        public var library: String?
        public var date: String
        public var by: String
        public var minute: String?
        public var reviewBy: String?
        /// The document approved, as named on the command line, when the approval was of a document rather
        /// than of the current edition.
        public var document: String?

        /// Makes a request.
        public init(
            policy: String, school: String? = nil, library: String? = nil, date: String, by: String,
            minute: String? = nil, reviewBy: String? = nil, document: String? = nil
        ) {
            self.policy = policy
            self.school = school
            self.library = library
            self.date = date
            self.by = by
            self.minute = minute
            self.reviewBy = reviewBy
            self.document = document
        }
    }

    /// What was recorded.
    public struct Outcome: Sendable {
        /// The new register entry.
        public var record: ApprovalRecord
        /// The policy's title.
        public var title: String
        /// The register file, as shown to the user.
        public var registerFile: String
        /// The kept text, as shown to the user.
        public var keptFile: String
        /// Whether the same text had been approved before (a review with no changes).
        public var reapproval: Bool
        /// The document approved, as kept, when the approval was of a document.
        public var document: ApprovedDocument? = nil
    }

    /// Checks the request, then writes the kept edition and appends to the register; on any refusal
    /// nothing is written.
    public func approve(_ request: Request, today: Day) throws(DiagnosticList) -> Outcome {
        let (date, reviewBy) = try checked(request, today: today)
        let snapshot = try reader.snapshot(
            school: request.school, library: request.library, settings: ReviewSettings(today: today),
            scope: .approving(request.policy))
        let edition = snapshot.editions[
            try DiagnosticList.throwing { try snapshot.index(of: request.policy, fileSystem: files.fileSystem) }]
        let previous = snapshot.register.latest(for: edition.policyID)
        if let previous, date < previous.approved {
            throw DiagnosticList([
                Diagnostic(
                    "'\(date.iso)' is before this policy's last approval, on \(previous.approved.british); approvals are recorded in the order they happen",
                    at: SourceLocation(file: "--date"))
            ])
        }
        let nextReview = reviewBy ?? date.adding(months: edition.reviewCycle.months)
        if nextReview <= date {
            throw DiagnosticList([
                Diagnostic(
                    "'--review-by \(nextReview.iso)' must come after the approval date, \(date.iso)",
                    at: SourceLocation(file: "--review-by"))
            ])
        }
        let document = try request.document.map { path throws(DiagnosticList) in
            try DocumentApproval(files: files).approved(path, of: edition)
        }
        let text = document?.text ?? edition.markdown
        // A document was not built from the library, so no library version is recorded for it.
        let library =
            document == nil ? snapshot.library.release.map { RegisterFormat.recordable($0.label) }?.nilIfBlank : nil
        let record = ApprovalRecord(
            policy: edition.policyID, edition: EditionText.hash(of: text), document: document?.name, library: library,
            approved: date,
            approvedBy: RegisterFormat.recordable(request.by),
            minute: request.minute.map(RegisterFormat.recordable)?.nilIfBlank,
            nextReview: nextReview)
        try write(record, text: text, keepingLayers: document == nil, snapshot: snapshot)
        return Outcome(
            record: record, title: edition.title,
            registerFile: files.display(Path.join(snapshot.folder, RegisterFormat.fileName)),
            keptFile: files.display(
                Path.join(snapshot.folder, RegisterFormat.keptPath(policy: record.policy, edition: record.edition))),
            reapproval: snapshot.register.records.contains {
                $0.policy == record.policy && $0.edition == record.edition
            },
            document: document)
    }

    private func checked(_ request: Request, today: Day) throws(DiagnosticList) -> (Day, Day?) {
        var diagnostics = DiagnosticCollector()
        let date = Day(iso: request.date)
        if date == nil {
            diagnostics.error(
                "'\(request.date)' is not a real date; give the meeting's date as YYYY-MM-DD, such as 2026-03-12",
                at: SourceLocation(file: "--date"))
        } else if let date, date > today {
            diagnostics.error(
                "'\(date.iso)' is after today (\(today.iso)); record an approval once the meeting has taken place",
                at: SourceLocation(file: "--date"))
        }
        if RegisterFormat.recordable(request.by).isEmpty {
            diagnostics.error(
                "say who approved the policy, such as --by \"Full Governing Body\"", at: SourceLocation(file: "--by"))
        }
        var reviewBy: Day?
        if let text = request.reviewBy {
            reviewBy = Day(iso: text)
            if reviewBy == nil {
                diagnostics.error(
                    "'\(text)' is not a real date; write it as YYYY-MM-DD", at: SourceLocation(file: "--review-by"))
            }
        }
        if let document = request.document, let missing = DocumentApproval(files: files).missing(document) {
            diagnostics.report(missing)
        }
        _ = try diagnostics.throwIfErrors()
        return (date!, reviewBy)
    }

    private func write(_ record: ApprovalRecord, text: String, keepingLayers: Bool, snapshot: SchoolSnapshot)
        throws(DiagnosticList)
    {
        let writer = RegisterWriter(fileSystem: files.fileSystem)
        // What the edition was built from besides the library, so that the changes since can be put down to their
        // sources; a document was built from none of it.
        var layers: ApprovalLayers?
        if keepingLayers {
            layers = try DiagnosticList.throwing {
                try LayerReader(files).layers(
                    of: record.policy, school: snapshot.sources.school, trust: snapshot.sources.trust,
                    model: snapshot.library.fingerprint(ofPolicy: record.policy))
            }
        }
        do {
            try writer.append(
                record, text: text, layers: layers, schoolFolder: snapshot.folder,
                schoolName: snapshot.sources.school.name)
        } catch {
            let registerFile = files.display(Path.join(snapshot.folder, RegisterFormat.fileName))
            throw DiagnosticList([
                Diagnostic(
                    "nothing was recorded, and the register is unchanged: \(error)",
                    at: SourceLocation(file: registerFile))
            ])
        }
    }
}
