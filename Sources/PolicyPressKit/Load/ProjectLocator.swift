/// Finds the school a command works on and the policy library it draws on.
///
/// The library is the nearest folder at or above the school holding `Content/vocabulary.yml`, unless named.
public struct ProjectLocator: Sendable {
    /// Where to look.
    public var fileSystem: FileSystem
    /// The folder relative paths start from.
    public var workingDirectory: String

    /// Makes a locator.
    public init(fileSystem: FileSystem, workingDirectory: String) {
        self.fileSystem = fileSystem
        self.workingDirectory = workingDirectory
    }

    /// The project at or above `start` (an absolute path), or nil when there is none up to the root.
    public func project(above start: String) -> Project? {
        var folder = start
        while true {
            let candidate = Project(root: folder == "/" ? "" : folder)
            if fileSystem.isFile(candidate.vocabularyFile) { return candidate }
            if folder == "/" || folder.isEmpty { return nil }
            folder = Path.parent(folder)
        }
    }

    /// The library named by `--library`, or the one above `start`.
    public func project(named library: String?, above start: String) throws(Diagnostic) -> Project {
        if let library {
            let project = Project(root: Path.absolute(library, from: workingDirectory))
            guard fileSystem.isFile(project.vocabularyFile) else {
                throw Diagnostic(
                    "this is not a policy library: expected a file Content/vocabulary.yml in it",
                    at: SourceLocation(file: library))
            }
            return project
        }
        guard let project = project(above: start) else {
            throw Diagnostic(
                "cannot find the policy library: no folder at or above this one holds Content/vocabulary.yml; name it with --library DIR",
                at: SourceLocation(file: Path.display(start, from: workingDirectory)))
        }
        return project
    }

    /// The library of the school in `folder`: the one named by `--library`, else the one its profile names
    /// with `library:` (relative to the folder), else the one above it.
    public func project(forSchool folder: String, named library: String?) throws(Diagnostic) -> Project {
        if library == nil, let (path, location) = libraryNamed(inProfileOf: folder) {
            let project = Project(root: Path.absolute(path, from: folder))
            guard fileSystem.isFile(project.vocabularyFile) else {
                throw Diagnostic(
                    "'library: \(path)' does not lead to a policy library (a folder holding Content/vocabulary.yml); correct the path, relative to this school folder",
                    at: location)
            }
            return project
        }
        return try project(named: library, above: folder)
    }

    // The `library:` line of a school's profile, if it has one; a profile that cannot be read has none here
    // (its problems are reported when it is loaded).
    private func libraryNamed(inProfileOf folder: String) -> (String, SourceLocation)? {
        let file = Path.join(folder, "school.yml")
        guard let data = try? fileSystem.read(file), let text = try? SourceText(path: file, data: data).text,
            text.contains(SchoolProfile.libraryKey + ":"),
            let value = try? YAMLReader.read(text, file: Path.display(file, from: workingDirectory))?[
                SchoolProfile.libraryKey],
            let path = value.string, !path.isEmpty
        else { return nil }
        return (path, value.location)
    }

    /// The school folder a command works on (absolute) and its library.
    ///
    /// With no folder named: the working folder if it holds `school.yml`, else the library's example school.
    public func school(named argument: String?, library: String?) throws(Diagnostic) -> (
        folder: String, project: Project
    ) {
        if let argument {
            let folder = Path.absolute(argument, from: workingDirectory)
            guard fileSystem.isFile(Path.join(folder, "school.yml")) else {
                let what = fileSystem.isDirectory(folder) ? "this folder has no school.yml" : "there is no such folder"
                throw Diagnostic(
                    "not a school folder: \(what); a school folder holds the school's profile, school.yml",
                    at: SourceLocation(file: argument))
            }
            return (folder, try project(forSchool: folder, named: library))
        }
        if fileSystem.isFile(Path.join(workingDirectory, "school.yml")) {
            return (workingDirectory, try project(forSchool: workingDirectory, named: library))
        }
        let project = try project(named: library, above: workingDirectory)
        guard fileSystem.isFile(Path.join(project.exampleSchool, "school.yml")) else {
            throw Diagnostic(
                "no school named: give a school folder (one holding school.yml), or run this inside one",
                at: SourceLocation(file: "."))
        }
        return (project.exampleSchool, project)
    }
}
