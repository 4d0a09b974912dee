import Foundation

/// A school's site (or a trust's: a folder of schools) kept built in a folder of its own for `serve`, and
/// built again whenever anything it is made from changes: the school folder(s), the library's vocabulary,
/// policies and templates.
///
/// Each build that changes what is shown (new pages, or new problems) gets the next generation number,
/// which pages use to know when to reload. While the files have problems, `problems` lists them and the
/// folder keeps the last good site.
public final class PreviewSite: @unchecked Sendable {
    private let action: BuildAction
    private let school: String?
    private let library: String?
    private let settings: ReviewSettings
    private let approvedOnly: Bool
    /// The folder the site is built into.
    public let folder: String

    private let lock = NSLock()
    private var inputs: String?
    private var current = State(generation: 0, problems: [], schoolName: nil)

    /// What the preview shows now.
    public struct State: Sendable, Equatable {
        /// Counts the changes shown; pages reload when it moves on.
        public var generation: Int
        /// The problems of the last build; empty when it succeeded.
        public var problems: [Diagnostic]
        /// What is previewed, once a build has succeeded: the school's name, or "4 schools".
        public var schoolName: String?
    }

    /// Makes a preview of `school` (as for build) into `folder`, which must be new or a site built before.
    public init(
        action: BuildAction, school: String?, library: String?, settings: ReviewSettings, approvedOnly: Bool,
        folder: String
    ) {
        self.action = action
        self.school = school
        self.library = library
        self.settings = settings
        self.approvedOnly = approvedOnly
        self.folder = folder
    }

    /// What the preview shows now.
    public var state: State { lock.withLock { current } }

    /// Builds again when any input has changed since the last build (or there has been none); returns the
    /// new state when what is shown changed, nil otherwise.
    @discardableResult
    public func refresh() -> State? {
        // Files that cannot be found are a state of their own: reported once, not at every look.
        let fingerprint = inputFingerprint() ?? "not found"
        if fingerprint == lock.withLock({ inputs }) { return nil }
        var next = state
        do {
            if let school, action.isSchoolsFolder(school) {
                let summary = try action.buildSchools(
                    in: school, library: library, output: folder, settings: settings, approvedOnly: approvedOnly)
                next.problems = DiagnosticList(summary.failed.flatMap(\.problems)).diagnostics
                next.schoolName = "\(summary.schools.count) schools"
            } else {
                let summary = try action.build(
                    school: school, library: library, output: folder, settings: settings, approvedOnly: approvedOnly)
                next.problems = []
                next.schoolName = summary.schoolName
            }
        } catch {
            next.problems = error.diagnostics
        }
        next.generation += 1
        lock.withLock {
            inputs = fingerprint
            current = next
        }
        return next
    }

    // A hash of every file the site is made from; nil when the school cannot even be found.
    private func inputFingerprint() -> String? {
        let reader = action.reader
        let located: (String, Project)?
        if let school, action.isSchoolsFolder(school) {
            let folder = Path.absolute(school, from: reader.files.workingDirectory)
            located = (try? reader.locator.project(named: library, above: folder)).map { (folder, $0) }
        } else {
            located = try? reader.locate(school: school, library: library)
        }
        guard let (schoolFolder, project) = located else { return nil }
        var fingerprint = Fingerprint()
        let fileSystem = reader.files.fileSystem
        fingerprint.add(library: project, fileSystem: fileSystem)
        fingerprint.add(schoolFolder)
        fingerprint.add(folder: schoolFolder, fileSystem: fileSystem)
        // A folder of schools: each school's trust; one school: its own.
        let schools =
            fileSystem.isFile(Path.join(schoolFolder, "school.yml"))
            ? [schoolFolder] : ((try? fileSystem.list(schoolFolder)) ?? []).sorted().map { Path.join(schoolFolder, $0) }
        for school in schools { fingerprint.add(trustOfSchoolIn: school, fileSystem: fileSystem) }
        return fingerprint.finish()
    }
}
