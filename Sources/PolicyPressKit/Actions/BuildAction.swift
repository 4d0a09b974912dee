/// `build` and `check`: load a school and its library, resolve every policy, and (for `build`) publish the site.
public struct BuildAction: Sendable {
    /// Reads the sources.
    public var loader: Loader
    /// Finds the school and its library.
    public var locator: ProjectLocator
    /// Publishes the site.
    public var writer: SiteWriter
    /// Builds pages in memory.
    public var builder = SiteBuilder()

    /// Makes the action over a file system and working folder.
    public init(fileSystem: FileSystem, workingDirectory: String) {
        loader = Loader(fileSystem: fileSystem, workingDirectory: workingDirectory)
        locator = ProjectLocator(fileSystem: fileSystem, workingDirectory: workingDirectory)
        writer = SiteWriter(fileSystem: fileSystem)
    }

    /// What a successful build or check found.
    public struct Summary: Sendable {
        /// The school, its editions and their statuses.
        public var snapshot: SchoolSnapshot
        /// The school folder, as shown to the user.
        public var schoolFolder: String
        /// The site, in memory.
        public var site: Site

        /// The school's name.
        public var schoolName: String { snapshot.sources.school.name }
        /// The number of policies published.
        public var policiesPublished: Int { site.paths.filter { $0.hasSuffix(".txt") }.count }
    }

    /// Loads, resolves and renders everything a build of the school reads, without writing anything.
    public func check(
        school: String?, library: String?, settings: ReviewSettings, approvedOnly: Bool = false
    ) throws(DiagnosticList) -> Summary {
        let located: (folder: String, project: Project)
        do { located = try locator.school(named: school, library: library) } catch { throw DiagnosticList([error]) }
        var diagnostics = DiagnosticCollector()
        guard let snapshot = loader.snapshot(ofSchoolIn: located.folder, project: located.project, settings: settings, diagnostics: &diagnostics)
        else { throw DiagnosticList(diagnostics.diagnostics) }
        let site = try builder.site(for: snapshot, loader: loader, approvedOnly: approvedOnly)
        return Summary(snapshot: snapshot, schoolFolder: loader.display(located.folder), site: site)
    }

    /// Builds the school's site and publishes it to `output`; on any problem nothing is written.
    public func build(
        school: String?, library: String?, output: String, settings: ReviewSettings, approvedOnly: Bool = false
    ) throws(DiagnosticList) -> Summary {
        let summary = try check(school: school, library: library, settings: settings, approvedOnly: approvedOnly)
        do {
            try writer.write(summary.site, to: Path.absolute(output, from: loader.workingDirectory), shown: output)
        } catch {
            throw DiagnosticList([error])
        }
        return summary
    }

    /// The folders of every school in the library above the working folder (or named by `library`).
    public func allSchools(library: String?) throws(DiagnosticList) -> [String] {
        let project: Project
        do { project = try locator.project(named: library, above: loader.workingDirectory) } catch {
            throw DiagnosticList([error])
        }
        let names = (try? loader.fileSystem.list(project.schoolsFolder)) ?? []
        return names.sorted().map { Path.join(project.schoolsFolder, $0) }
            .filter { loader.fileSystem.isFile(Path.join($0, "school.yml")) }
            .map(loader.display)
    }
}
