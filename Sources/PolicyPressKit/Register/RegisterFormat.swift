import Foundation

/// The register's file format: a YAML list, one mapping per approval, oldest first.
///
/// ```yaml
/// - policy: social-networking
///   edition: 9f86d081…
///   library: "PolicyPress Example Library 2026.2"
///   approved: 2026-03-12
///   by: "Full Governing Body"
///   minute: "FGB/2026/14"
///   next_review: 2027-03-12
/// ```
/// New records are appended as text, so whatever a person wrote above them is kept as it was. `library` (the
/// version of the library the edition was built from) is written when the library has a `library.yml`;
/// registers written before it was kept have none. An approval of a document (`approve --document`) names
/// it instead, by its file name, and its edition is the document's text as imported:
///
/// ```yaml
/// - policy: online-safety
///   edition: 4be1c0a2…
///   document: "Online Safety Policy 2025.docx"
///   approved: 2025-03-12
///   by: "Governing Body"
///   next_review: 2026-03-12
/// ```
public enum RegisterFormat {
    /// The register's file name in a school folder.
    public static let fileName = "register.yml"
    /// The folder of kept editions in a school folder.
    public static let keptFolder = "approved"

    /// The keys a record has.
    static let keys = ["policy", "edition", "document", "library", "approved", "by", "minute", "next_review"]

    /// The lines that start a new register.
    public static func header(schoolName: String) -> String {
        """
        # Approval register of \(schoolName).
        # One entry per approval, oldest first. `policypress approve` adds entries; each approved text is
        # kept in approved/POLICY/EDITION.md. Do not change or remove entries: the register is a record.

        """
    }

    /// A record as the YAML lines to append.
    public static func text(of record: ApprovalRecord) -> String {
        var lines = [
            "- policy: \(record.policy)",
            "  edition: \(record.edition.hex)",
        ]
        if let document = record.document { lines.append("  document: \(YAMLText.quoted(document))") }
        if let library = record.library { lines.append("  library: \(YAMLText.quoted(library))") }
        lines += [
            "  approved: \(record.approved.iso)",
            "  by: \(YAMLText.quoted(record.approvedBy))",
        ]
        if let minute = record.minute { lines.append("  minute: \(YAMLText.quoted(minute))") }
        lines.append("  next_review: \(record.nextReview.iso)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A name or minute as the register records it: without spaces at either end, and without byte order
    /// marks (U+FEFF), which are invisible and which YAML readers drop at the start of a value.
    public static func recordable(_ text: String) -> String {
        text.withoutByteOrderMarks.trimmingCharacters(in: .whitespaces)
    }

    /// The path of a kept edition, relative to the school folder.
    public static func keptPath(policy: String, edition: EditionHash) -> String {
        "\(keptFolder)/\(policy)/\(edition.hex).md"
    }

    /// The folder of the layers kept with an approved edition (see `LayersFormat`), relative to the school
    /// folder; each approval of the edition replaces it with the layers as they were at that approval.
    public static func layersPath(policy: String, edition: EditionHash) -> String {
        "\(keptFolder)/\(policy)/\(edition.hex).layers"
    }
}
