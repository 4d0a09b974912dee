/// `build` and `check`: load a school and its library, resolve every policy, and (for `build`) publish the site.
public struct BuildAction: Sendable {
    /// Finds and reads the school.
    public var reader: SchoolReader
    /// Publishes the site.
    public var writer: SiteWriter
    /// Decides what is published and builds the pages in memory.
    public var planner = SitePlanner()

    /// Makes the action over a file system and working folder.
    public init(fileSystem: FileSystem, workingDirectory: String) {
        reader = SchoolReader(fileSystem: fileSystem, workingDirectory: workingDirectory)
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
        public var policiesPublished: Int { site.policyCount }
    }

    /// Loads, resolves and renders everything a build of the school reads, without writing anything.
    public func check(
        school: String?, library: String?, settings: ReviewSettings, approvedOnly: Bool = false
    ) throws(DiagnosticList) -> Summary {
        let snapshot = try reader.snapshot(school: school, library: library, settings: settings)
        let site = try planner.site(for: snapshot, register: RegisterReader(reader.files), approvedOnly: approvedOnly)
        return Summary(snapshot: snapshot, schoolFolder: reader.files.display(snapshot.folder), site: site)
    }

    /// Builds the school's site and publishes it to `output`; on any problem nothing is written.
    public func build(
        school: String?, library: String?, output: String, settings: ReviewSettings, approvedOnly: Bool = false
    ) throws(DiagnosticList) -> Summary {
        let summary = try check(school: school, library: library, settings: settings, approvedOnly: approvedOnly)
        let absolute = Path.absolute(output, from: reader.files.workingDirectory)
        let existing = OutputFolderReader(fileSystem: writer.fileSystem).folder(at: absolute)
        try DiagnosticList.throwing { try writer.write(summary.site, to: absolute, shown: output, over: existing) }
        return summary
    }

    /// The folders of every school in the library above the working folder (or named by `library`).
    public func allSchools(library: String?) throws(DiagnosticList) -> [String] {
        let files = reader.files
        let project = try DiagnosticList.throwing { try reader.locator.project(named: library, above: files.workingDirectory) }
        let names = (try? files.fileSystem.list(project.schoolsFolder)) ?? []
        return names.sorted().map { Path.join(project.schoolsFolder, $0) }
            .filter { files.fileSystem.isFile(Path.join($0, "school.yml")) }
            .map(files.display)
    }
}
