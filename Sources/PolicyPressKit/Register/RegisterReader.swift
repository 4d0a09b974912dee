/// Reads a school's approval register (`register.yml`) and the approved texts kept beside it.
public struct RegisterReader: Sendable {
    /// Reads the files.
    public var files: SourceReader

    /// Makes a reader.
    public init(_ files: SourceReader) {
        self.files = files
    }

    /// Reads a school's register; a school with no register yet has an empty one.
    public func register(in schoolFolder: String) throws(DiagnosticList) -> Register {
        let file = Path.join(schoolFolder, RegisterFormat.fileName)
        guard files.fileSystem.kind(file) != nil else { return Register() }
        let (value, _) = try DiagnosticList.throwing { try files.yaml(at: file) }
        return try RegisterParser.register(from: value, file: files.display(file))
    }

    /// The text of an approved edition as kept when it was approved, checked against the register's hash.
    public func keptEdition(of record: ApprovalRecord, in schoolFolder: String) throws(Diagnostic) -> String {
        let relative = RegisterFormat.keptPath(policy: record.policy, edition: record.edition)
        let file = Path.join(schoolFolder, relative)
        guard files.fileSystem.isFile(file) else {
            throw Diagnostic(
                "the approved text of '\(record.policy)' (\(relative)) is missing; restore it from a backup or from git",
                at: record.location)
        }
        let text = try files.source(at: file).text
        guard EditionText.hash(of: text) == record.edition else {
            throw Diagnostic(
                "the approved text of '\(record.policy)' (\(relative)) no longer matches the register: it has been changed since it was approved; restore it from a backup or from git",
                at: record.location)
        }
        return text
    }
}
