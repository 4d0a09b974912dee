import Foundation

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

    /// Loads, resolves and renders everything a build of the school reads, without writing anything; with
    /// `pdf`, prints the PDF edition too.
    public func check(
        school: String?, library: String?, settings: ReviewSettings, approvedOnly: Bool = false, pdf: PDFEdition? = nil
    ) throws(DiagnosticList) -> Summary {
        let snapshot = try reader.snapshot(school: school, library: library, settings: settings)
        let site = try planner.site(
            for: snapshot, register: RegisterReader(reader.files), approvedOnly: approvedOnly, pdf: pdf)
        return Summary(snapshot: snapshot, schoolFolder: reader.files.display(snapshot.folder), site: site)
    }

    /// Builds the school's site and publishes it to `output`; on any problem nothing is written. With
    /// `engine`, each policy also gets a PDF edition, printed unless the previous site's still fits, and
    /// with `pack` the school gets one PDF of all its published policies.
    public func build(
        school: String?, library: String?, output: String, settings: ReviewSettings, approvedOnly: Bool = false,
        engine: PDFEdition.Engine? = nil, pack: Bool = false,
        printProgress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws(DiagnosticList) -> Summary {
        let absolute = Path.absolute(output, from: reader.files.workingDirectory)
        let existing = OutputFolderReader(fileSystem: writer.fileSystem).folder(at: absolute)
        let pdf = engine.map { engine in
            PDFEdition(
                engine: engine, today: settings.today, pack: pack,
                previous: previousPDF(in: existing, at: absolute, under: String?.none), progress: printProgress)
        }
        let summary = try check(
            school: school, library: library, settings: settings, approvedOnly: approvedOnly, pdf: pdf)
        try DiagnosticList.throwing { try writer.write(summary.site, to: absolute, shown: output, over: existing) }
        return summary
    }

    /// Reads a PDF of the site at `output` (which holds `existing`), under the folder `prefix` if given, when
    /// it was printed from `input` and its bytes are still those the manifest lists.
    func previousPDF(in existing: OutputFolder, at output: String, under prefix: String?)
        -> @Sendable (String, String) -> Data?
    {
        let manifest = existing.manifest, files = existing.files, fileSystem = writer.fileSystem
        return { path, input in
            let path = prefix.map { $0 + "/" + path } ?? path
            guard manifest.prints[path] == input, let hash = manifest.hashes[path], files.contains(path),
                let data = try? fileSystem.read(Path.join(output, path)), SiteManifest.hash(data) == hash
            else { return nil }
            return data
        }
    }

    /// The folders of every school in the library above the working folder (or named by `library`).
    public func allSchools(library: String?) throws(DiagnosticList) -> [String] {
        let files = reader.files
        let project = try DiagnosticList.throwing {
            try reader.locator.project(named: library, above: files.workingDirectory)
        }
        let names = (try? files.fileSystem.list(project.schoolsFolder)) ?? []
        return names.sorted().map { Path.join(project.schoolsFolder, $0) }
            .filter { files.fileSystem.isFile(Path.join($0, "school.yml")) }
            .map(files.display)
    }
}
