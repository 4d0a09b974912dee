import Foundation
import Mustache

/// A policy library loaded once and shared by every school built from it: its vocabulary and templates,
/// and each policy the first time a school asks for it (with the problems found in it).
public final class Library: @unchecked Sendable {
    /// Where the library is.
    public let project: Project
    /// The school types and their words.
    public let vocabulary: Vocabulary
    /// The site's templates.
    public let templates: TemplateSet
    /// What `library.yml` says of the library (its name and version), when it has one.
    public let release: LibraryRelease?

    /// Reads the library's files.
    let files: SourceReader
    private let lock = NSLock()
    private var cachedFingerprint: String?
    private var policies: [String: (policy: ModelPolicy?, diagnostics: [Diagnostic])] = [:]
    private var trustPolicies: [String: (policy: ModelPolicy, diagnostics: [Diagnostic])] = [:]
    private var policyFingerprints: [String: String] = [:]

    init(
        project: Project, vocabulary: Vocabulary, templates: TemplateSet, release: LibraryRelease? = nil,
        files: SourceReader
    ) {
        self.project = project
        self.vocabulary = vocabulary
        self.templates = templates
        self.release = release
        self.files = files
    }

    /// The same library read through other files: the school and trust folders as `files` show them (an
    /// overlay of the files an approval kept), with the vocabulary, templates and release already read.
    public func reading(through files: SourceReader) -> Library {
        Library(project: project, vocabulary: vocabulary, templates: templates, release: release, files: files)
    }

    /// A hash of a policy's folder in the library (its `policy.yml` and sections, names and bytes, but not
    /// hidden files, which are no part of the policy): an approval keeps it, so that a later change of the
    /// model's text can be told.
    public func fingerprint(ofPolicy id: String) -> String {
        if let cached = lock.withLock({ policyFingerprints[id] }) { return cached }
        var fingerprint = Fingerprint()
        fingerprint.add(folder: project.policyFolder(id), fileSystem: files.fileSystem, hidden: false)
        let result = fingerprint.finish()
        lock.withLock { policyFingerprints[id] = result }
        return result
    }

    /// A hash of the whole library (vocabulary, policies, templates): what every school's pages depend on.
    public var fingerprint: String {
        if let cached = lock.withLock({ cachedFingerprint }) { return cached }
        var fingerprint = Fingerprint()
        fingerprint.add(library: project, fileSystem: files.fileSystem)
        let result = fingerprint.finish()
        lock.withLock { cachedFingerprint = result }
        return result
    }

    /// A policy, read once whichever school asks first; its problems are reported to every school that adopts it.
    func policy(in folder: String, diagnostics: inout DiagnosticCollector) -> ModelPolicy? {
        let entry =
            lock.withLock { policies[folder] }
            ?? {
                var found = DiagnosticCollector()
                let policy = PolicyReader(files).policy(in: folder, vocabulary: vocabulary, diagnostics: &found)
                for section in policy?.sections ?? [] {
                    SectionSourceCheck.problems(in: section).forEach { found.report($0) }
                }
                let entry = (policy: policy, diagnostics: found.diagnostics)
                lock.withLock { policies[folder] = entry }
                return entry
            }()
        entry.diagnostics.forEach { diagnostics.report($0) }
        return entry.policy
    }

    /// A policy with the amendments of the trust in `folder`, worked out once whichever of the trust's schools
    /// asks first; their problems are reported to every school of the trust.
    func policy(_ policy: ModelPolicy, amendedByTrustIn folder: String, diagnostics: inout DiagnosticCollector)
        -> ModelPolicy
    {
        let key = policy.folder + "\n" + folder
        let entry =
            lock.withLock { trustPolicies[key] }
            ?? {
                var found = DiagnosticCollector()
                let amended = AmendmentReader(files).amended(
                    policy, by: .trust, inFolder: folder, vocabulary: vocabulary, diagnostics: &found)
                let entry = (policy: amended, diagnostics: found.diagnostics)
                lock.withLock { trustPolicies[key] = entry }
                return entry
            }()
        entry.diagnostics.forEach { diagnostics.report($0) }
        return entry.policy
    }
}
