import Foundation

/// Reads a register's YAML into records, reporting each malformed entry where it is.
///
/// A register is a record of decisions, so nothing in it is guessed or mended: any problem is reported.
public enum RegisterParser {
    /// The records of a register, or every problem found in it.
    public static func register(from value: YAMLValue?, file: String) throws(DiagnosticList) -> Register {
        guard let value else { return Register() }
        guard let entries = value.elements else {
            throw DiagnosticList([
                Diagnostic(
                    "the register must be a list of approvals, each starting with '- policy:', but found \(value.shapeName)",
                    at: value.location)
            ])
        }
        var diagnostics = DiagnosticCollector()
        var records: [ApprovalRecord] = []
        for entry in entries {
            if let record = record(from: entry, diagnostics: &diagnostics) { records.append(record) }
        }
        checkOrder(of: records, diagnostics: &diagnostics)
        _ = try diagnostics.throwIfErrors()
        return Register(records: records)
    }

    private static func record(from value: YAMLValue, diagnostics: inout DiagnosticCollector) -> ApprovalRecord? {
        var reader = MappingReader(value, what: "an approval in the register", at: value.location)
        reader.rejectUnknownKeys(RegisterFormat.keys)
        let policy = reader.text("policy", required: true)
        let hash = reader.text("edition", required: true)
        let document = reader.text("document")
        let library = reader.text("library")
        let approved = day("approved", in: &reader)
        let by = reader.text("by", required: true)
        let minute = reader.text("minute")
        let nextReview = day("next_review", in: &reader)
        let edition = hash.flatMap(EditionHash.init(hex:))
        if hash != nil, edition == nil {
            reader.diagnostics.error(
                "'edition' must be the 64 hex digits of an edition's hash, as approve wrote it",
                at: reader.value("edition")!.location)
        }
        // The id names the kept text's file (approved/ID-….md): a path in it would reach outside that folder.
        if let policy, !PolicyID.isValid(policy) {
            reader.diagnostics.error(PolicyID.problem(with: policy), at: reader.value("policy")!.location)
        }
        if let library, library.nilIfBlank == nil {
            reader.diagnostics.error(
                "'library' is empty: it must name the library version the edition was built from, as approve wrote it",
                at: reader.value("library")!.location)
        }
        if let document, document.nilIfBlank == nil {
            reader.diagnostics.error(
                "'document' is empty: it must name the document approved, as approve --document wrote it",
                at: reader.value("document")!.location)
        }
        if let by, by.trimmingCharacters(in: .whitespaces).isEmpty {
            reader.diagnostics.error(
                "'by' is empty: the register must say who approved the policy", at: reader.value("by")!.location)
        }
        if let approved, let nextReview, nextReview <= approved {
            reader.diagnostics.error(
                "'next_review' (\(nextReview.iso)) must come after 'approved' (\(approved.iso))",
                at: reader.value("next_review")!.location)
        }
        diagnostics.collect { try reader.diagnostics.throwIfErrors() }
        guard !reader.diagnostics.hasErrors, let policy, let edition, let approved, let by, let nextReview else {
            return nil
        }
        return ApprovalRecord(
            policy: policy, edition: edition, document: document, library: library, approved: approved, approvedBy: by,
            minute: minute,
            nextReview: nextReview, location: value.location)
    }

    private static func day(_ key: String, in reader: inout MappingReader) -> Day? {
        guard let text = reader.text(key, required: true) else { return nil }
        guard let day = Day(iso: text) else {
            reader.diagnostics.error(
                "'\(key)' must be a real date written YYYY-MM-DD, but found '\(text)'", at: reader.value(key)!.location)
            return nil
        }
        return day
    }

    // Approvals are appended as they happen, so a policy's dates only go forward.
    private static func checkOrder(of records: [ApprovalRecord], diagnostics: inout DiagnosticCollector) {
        var latest: [String: Day] = [:]
        for record in records {
            if let previous = latest[record.policy], record.approved < previous {
                diagnostics.error(
                    "this approval of '\(record.policy)' is dated \(record.approved.iso), before the one above it (\(previous.iso)); entries must be in the order they happened",
                    at: record.location)
            }
            latest[record.policy] = max(record.approved, latest[record.policy] ?? record.approved)
        }
    }
}
