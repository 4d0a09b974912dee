/// Finds the school a command names and reads it whole: the first step of every command on a school.
public struct SchoolReader: Sendable {
    /// Reads the files.
    public var files: SourceReader
    /// Finds the school and its library.
    public var locator: ProjectLocator

    /// Makes a reader over a file system and working folder.
    public init(fileSystem: FileSystem, workingDirectory: String) {
        files = SourceReader(fileSystem: fileSystem, workingDirectory: workingDirectory)
        locator = ProjectLocator(fileSystem: fileSystem, workingDirectory: workingDirectory)
    }

    /// The school folder (absolute) and library that a command names, or the defaults.
    public func locate(school: String?, library: String?) throws(DiagnosticList) -> (folder: String, project: Project) {
        try DiagnosticList.throwing { try locator.school(named: school, library: library) }
    }

    /// The school, its editions, its register and each policy's status on a day; every problem if any.
    /// For an approval, only the policy being approved and what it depends on (see `SnapshotScope`).
    public func snapshot(
        school: String?, library: String?, settings: ReviewSettings, scope: SnapshotScope = .school
    ) throws(DiagnosticList) -> SchoolSnapshot {
        let located = try locate(school: school, library: library)
        var diagnostics = DiagnosticCollector()
        var templateProblems = DiagnosticCollector()
        guard
            let loaded = LibraryReader(files).library(
                located.project, diagnostics: &diagnostics, templateProblems: &templateProblems)
        else {
            throw DiagnosticList(diagnostics.diagnostics + templateProblems.diagnostics)
        }
        // The templates shape pages, not the text approved: they do not hold up an approval.
        if scope == .school { templateProblems.diagnostics.forEach { diagnostics.report($0) } }
        guard
            let snapshot = SchoolSnapshotter(files).snapshot(
                ofSchoolIn: located.folder, library: loaded, settings: settings, scope: scope, diagnostics: &diagnostics
            )
        else { throw DiagnosticList(diagnostics.diagnostics) }
        return snapshot
    }
}
