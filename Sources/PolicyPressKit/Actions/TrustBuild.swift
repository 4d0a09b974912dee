import Foundation

/// What a build of many schools did.
public struct TrustSummary: Sendable {
    /// One school's result.
    public struct School: Sendable {
        /// The school folder's name, which is also its folder in the output.
        public var id: String
        /// The school's name, when its profile could be read.
        public var name: String?
        /// Its problems: errors if its build failed, else any warnings.
        public var problems: [Diagnostic]
        /// The number of policies published.
        public var policies: Int

        /// Whether its build failed: warnings alone (such as no site_url) never fail a school.
        public var failed: Bool { problems.contains { $0.severity == .error } }
    }

    /// Every school, in folder order.
    public var schools: [School]
    /// What was written, or nil when nothing was published (a failure with --fail-fast).
    public var outcome: SitePublication.Outcome?

    /// The schools whose builds failed.
    public var failed: [School] { schools.filter(\.failed) }
}

extension BuildAction {
    /// Whether a folder holds school folders rather than being one.
    public func isSchoolsFolder(_ folder: String) -> Bool {
        let fileSystem = reader.files.fileSystem
        let absolute = Path.absolute(folder, from: reader.files.workingDirectory)
        return !fileSystem.isFile(Path.join(absolute, "school.yml")) && !schoolFolders(in: absolute).isEmpty
    }

    private func schoolFolders(in absolute: String) -> [String] {
        let fileSystem = reader.files.fileSystem
        return ((try? fileSystem.list(absolute)) ?? []).sorted().filter { !$0.hasPrefix(".") }
            .map { Path.join(absolute, $0) }.filter { fileSystem.isFile(Path.join($0, "school.yml")) }
    }

    /// Builds every school in `folder` at once, on all cores, into `output/SCHOOL/`, with an index of the schools.
    ///
    /// A school with problems keeps its previous pages and does not stop the others; with `failFast`, the
    /// first problem stops the build and nothing is published. `progress` hears of each school as it is done.
    /// With `engine`, each policy also gets a PDF edition, printed unless the previous site's still fits.
    public func buildSchools(
        in folder: String, library: String?, output: String, settings: ReviewSettings, approvedOnly: Bool = false,
        engine: PDFEdition.Engine? = nil, pack: Bool = false, failFast: Bool = false,
        progress: @Sendable (TrustSummary.School, Int, Int) -> Void = { _, _, _ in }
    ) throws(DiagnosticList) -> TrustSummary {
        let files = reader.files
        let absolute = Path.absolute(folder, from: files.workingDirectory)
        let project = try DiagnosticList.throwing { try reader.locator.project(named: library, above: absolute) }
        let shared = try DiagnosticCollector.checked { LibraryReader(files).library(project, diagnostics: &$0) }
        let folders = schoolFolders(in: absolute)
        let outputFolder = Path.absolute(output, from: files.workingDirectory)
        let existing = OutputFolderReader(fileSystem: files.fileSystem).folder(at: outputFolder)
        let publication = try DiagnosticList.throwing { try writer.begin(outputFolder, shown: output, over: existing) }
        let results = ResultBox(count: folders.count)
        DispatchQueue.concurrentPerform(iterations: folders.count) { index in
            guard !(failFast && results.anyFailed) else { return }
            let pdf = engine.map { engine in
                PDFEdition(
                    engine: engine, today: settings.today, pack: pack,
                    previous: previousPDF(in: existing, at: outputFolder, under: Path.name(folders[index])))
            }
            let school = build(
                folders[index], library: shared, settings: settings, approvedOnly: approvedOnly, pdf: pdf,
                into: publication)
            let done = results.set(index, school)
            progress(school, done, folders.count)
        }
        let schools = results.all
        if failFast && schools.contains(where: \.failed) {
            publication.abandon()
            return TrustSummary(schools: schools, outcome: nil)
        }
        do {
            try publication.add("index.html", Data(trustIndex(schools, templates: shared.templates).utf8))
            try publication.add("style.css", shared.templates.stylesheet)
            return TrustSummary(schools: schools, outcome: try publication.finish())
        } catch {
            publication.abandon()
            throw DiagnosticList([SiteWriter.failure(error, shown: output)])
        }
    }

    private func build(
        _ folder: String, library: Library, settings: ReviewSettings, approvedOnly: Bool, pdf: PDFEdition?,
        into publication: SitePublication
    ) -> TrustSummary.School {
        let id = Path.name(folder)
        var diagnostics = DiagnosticCollector()
        let input = inputFingerprint(
            of: folder, library: library, settings: settings, approvedOnly: approvedOnly,
            pdf: pdf.map { "pdf \($0.engine.name.rawValue)" + ($0.pack ? " pack" : "") })
        if (try? publication.reuse(under: id, input: input)) == true {
            let name =
                publication.previousName(under: id)
                ?? (try? DiagnosticCollector.checked {
                    ProfileReader(reader.files).profile(in: folder, vocabulary: library.vocabulary, diagnostics: &$0)
                }.name)
            return TrustSummary.School(
                id: id, name: name, problems: [], policies: publication.previousCount(under: id, suffix: ".txt"))
        }
        let snapshot = SchoolSnapshotter(reader.files).snapshot(
            ofSchoolIn: folder, library: library, settings: settings, diagnostics: &diagnostics)
        do {
            guard let snapshot, !diagnostics.hasErrors else { throw DiagnosticList(diagnostics.diagnostics) }
            let site = try planner.site(
                for: snapshot, register: RegisterReader(reader.files), approvedOnly: approvedOnly, pdf: pdf)
            try publication.add(site, under: id)
            publication.record(input, name: snapshot.sources.school.name, under: id)
            return TrustSummary.School(
                id: id, name: snapshot.sources.school.name, problems: snapshot.warnings, policies: site.policyCount)
        } catch {
            let problems = (error as? DiagnosticList)?.diagnostics ?? [SiteWriter.failure(error, shown: id)]
            try? publication.keep(under: id)
            return TrustSummary.School(id: id, name: snapshot?.sources.school.name, problems: problems, policies: 0)
        }
    }

    /// A hash of everything a school's pages are built from: the tool, the day's settings, the library and
    /// the school's own folder (profile, register, kept texts), and which PDFs it has (`pdf`, `pdf pack`).
    public func inputFingerprint(
        of folder: String, library: Library, settings: ReviewSettings, approvedOnly: Bool, pdf: String? = nil
    ) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add("policypress \(PolicyPressVersion.current)")
        fingerprint.add("\(settings.today.iso) \(settings.window) \(approvedOnly) \(pdf ?? "")")
        fingerprint.add(library.fingerprint)
        fingerprint.add(folder: folder, fileSystem: reader.files.fileSystem)
        fingerprint.add(trustOfSchoolIn: folder, fileSystem: reader.files.fileSystem)
        return fingerprint.finish()
    }

    private func trustIndex(_ schools: [TrustSummary.School], templates: TemplateSet) -> String {
        let entries = schools.map {
            TrustSchoolValue(id: $0.id, name: $0.name ?? $0.id, policies: $0.policies, failed: $0.failed)
        }
        return templates.render("schools", PageValue(schools: entries))
    }
}

/// The schools' results, filled in from several threads.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [TrustSummary.School?]
    private var done = 0

    init(count: Int) { results = Array(repeating: nil, count: count) }

    var anyFailed: Bool { lock.withLock { results.contains { $0?.failed == true } } }

    /// Records a result and says how many are done.
    func set(_ index: Int, _ school: TrustSummary.School) -> Int {
        lock.withLock {
            results[index] = school
            done += 1
            return done
        }
    }

    var all: [TrustSummary.School] { lock.withLock { results.compactMap { $0 } } }
}
