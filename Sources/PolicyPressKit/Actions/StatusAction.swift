/// `status`: the review schedule of a school, as the clerk takes it to the governors' meeting.
public struct StatusAction: Sendable {
    /// Reads the school.
    public var loader: Loader
    /// Finds the school and its library.
    public var locator: ProjectLocator

    /// Makes the action over a file system and working folder.
    public init(fileSystem: FileSystem, workingDirectory: String) {
        loader = Loader(fileSystem: fileSystem, workingDirectory: workingDirectory)
        locator = ProjectLocator(fileSystem: fileSystem, workingDirectory: workingDirectory)
    }

    /// The school's name and each policy's status.
    public func status(school: String?, library: String?, settings: ReviewSettings) throws(DiagnosticList) -> SchoolSnapshot {
        let located: (folder: String, project: Project)
        do { located = try locator.school(named: school, library: library) } catch { throw DiagnosticList([error]) }
        var diagnostics = DiagnosticCollector()
        guard let snapshot = loader.snapshot(ofSchoolIn: located.folder, project: located.project, settings: settings, diagnostics: &diagnostics)
        else { throw DiagnosticList(diagnostics.diagnostics) }
        return snapshot
    }
}
