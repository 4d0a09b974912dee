/// Reads a library's `library.yml` (beside `vocabulary.yml` and `policies/`), which names the library, its
/// publisher, its version and its date. The file is optional: a library without one has no version to record.
public struct LibraryReleaseReader: Sendable {
    /// Reads the file.
    public var files: SourceReader

    /// Makes a reader.
    public init(_ files: SourceReader) {
        self.files = files
    }

    /// The keys `library.yml` may have.
    static let keys = ["name", "publisher", "version", "date"]

    /// What the library's `library.yml` says, nil when there is none, or every problem in it.
    public func release(of project: Project) throws(DiagnosticList) -> LibraryRelease? {
        let file = project.libraryFile
        guard files.fileSystem.kind(file) != nil || files.fileSystem.isSymbolicLink(file) else { return nil }
        let (value, location) = try DiagnosticList.throwing { try files.yaml(at: file) }
        var reader = MappingReader(value, what: "library.yml", at: location)
        reader.rejectUnknownKeys(Self.keys)
        let name = required("name", example: "name: Northshire Model Policies", in: &reader)
        let version = required("version", example: "version: 2026.2", in: &reader)
        let publisher = reader.text("publisher")
        var date: Day?
        if let text = reader.text("date") {
            date = Day(iso: text)
            if date == nil {
                reader.diagnostics.error(
                    "'date' must be a real date written YYYY-MM-DD, such as 2026-09-01, but found '\(text)'",
                    at: reader.value("date")!.location)
            }
        }
        _ = try reader.diagnostics.throwIfErrors()
        return LibraryRelease(name: name!, publisher: publisher?.nilIfBlank, version: version!, date: date)
    }

    // Approvals record the name and version, so a blank one would be recorded as nothing.
    private func required(_ key: String, example: String, in reader: inout MappingReader) -> String? {
        let text = reader.text(key)
        if reader.isMapping, text?.nilIfBlank == nil {
            reader.diagnostics.error(
                "missing '\(key)': library.yml gives the library's name and version, which each approval records; add a line such as '\(example)'",
                at: reader.value(key)?.location ?? reader.location)
        }
        return text?.nilIfBlank
    }
}
