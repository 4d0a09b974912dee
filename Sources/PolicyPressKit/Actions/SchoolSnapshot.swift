/// Everything known about one school on one day: its sources, each policy's current edition, its
/// register, and each policy's status against it.
public struct SchoolSnapshot: Sendable {
    /// The school folder, absolute.
    public var folder: String
    /// What the build reads.
    public var sources: SchoolSources
    /// The school's approvals.
    public var register: Register
    /// Each adopted policy's edition as the model and profile give it today, in the profile's order (in a
    /// snapshot for an approval, only the policy being approved).
    public var editions: [Edition]
    /// Each policy's status, in the same order.
    public var statuses: [PolicyStatus]
    /// What is worth telling the clerk but does not stop a build (an empty section, no `site_url`), by position.
    public var warnings: [Diagnostic] = []

    /// The school's type, as the vocabulary defines it.
    public var schoolType: SchoolType? { sources.vocabulary.type(sources.school.type) }
}

/// The day's settings that a snapshot depends on.
public struct ReviewSettings: Sendable {
    /// The day to judge overdue and due-soon reviews by.
    public var today: Day
    /// How many days ahead a review counts as due.
    public var window: Int

    /// Makes settings; the window is 60 days unless given.
    public init(today: Day, window: Int = 60) {
        self.today = today
        self.window = window
    }
}

extension Loader {
    /// Loads, resolves and compares a school with its register, reporting every problem to `diagnostics`;
    /// nil when anything stands in the way. A snapshot for an approval reads only the policy being approved,
    /// and reports only what stands in the way of approving it (see `SnapshotScope`).
    public func snapshot(
        ofSchoolIn folder: String, library: Library, settings: ReviewSettings, scope: SnapshotScope = .school,
        diagnostics: inout DiagnosticCollector
    ) -> SchoolSnapshot? {
        var found = DiagnosticCollector()
        let sources = self.sources(forSchoolIn: folder, library: library, only: scope.policy, diagnostics: &found)
        let register = found.collect { try self.register(in: folder) }
        for record in register?.records ?? [] {
            found.collect { _ = try keptEdition(of: record, in: folder) }
        }
        var editions: [Edition] = []
        // Without a known type there are no words to fill in, and every term would be reported as unknown.
        if let sources, register != nil, let type = sources.vocabulary.type(sources.school.type) {
            let school = scope.school(sources.school, problems: found.diagnostics)
            let resolver = EditionResolver(vocabulary: sources.vocabulary)
            let values = VariableTable(school: school, type: type).preparingMarkdown()
            // What only the whole page can tell (in-page links, footnotes) is checked once the edition stands.
            let links = EditionLinkCheck()
            editions = sources.policies.compactMap { policy in
                guard let resolved = resolver.resolve(policy, for: school, schoolValues: values, diagnostics: &found) else { return nil }
                let problems = links.problems(in: resolved)
                problems.forEach { found.report($0) }
                return problems.contains { $0.severity == .error } ? nil : resolved.edition
            }
        }
        // The templates shape the school's pages, not the text governors approve: an approval does not read them.
        if scope.policy == nil, let sources {
            let school = SchoolValue(sources.school, type: sources.vocabulary.type(sources.school.type))
            TemplateCheck(templates: sources.templates, schemas: PageValue.schemas(school: school)).problems().forEach { found.report($0) }
        }
        scope.problems(found.diagnostics, in: sources?.school).forEach { diagnostics.report($0) }
        guard let sources, let register, !diagnostics.hasErrors else { return nil }
        let statuses = editions.map { edition in
            PolicyStatus(
                policy: edition.policyID, title: edition.title, current: edition.hash,
                latest: register.latest(for: edition.policyID), today: settings.today, window: settings.window)
        }
        return SchoolSnapshot(
            folder: folder, sources: sources, register: register, editions: editions, statuses: statuses,
            warnings: DiagnosticList(diagnostics.diagnostics.filter { $0.severity == .warning }).diagnostics)
    }
}

extension SchoolSnapshot {
    /// Where a policy named on the command line stands among the school's editions, or why it is not there.
    func index(of policy: String, fileSystem: FileSystem) throws(Diagnostic) -> Int {
        if let index = editions.firstIndex(where: { $0.policyID == policy }) { return index }
        let location = SourceLocation(file: policy.isEmpty ? "POLICY" : policy)
        guard Loader.isPolicyID(policy) else { throw Diagnostic(Loader.notAPolicyID(policy), at: location) }
        if !policy.contains("/"), fileSystem.isDirectory(sources.project.policyFolder(policy)) {
            throw Diagnostic(
                "\(sources.school.name) does not adopt this policy; add it under 'policies' in \(sources.school.file) first",
                at: location)
        }
        let adopted = sources.school.policies.map(\.id)
        let hint = Suggestion.hint(for: policy, in: adopted)
        throw Diagnostic("unknown policy\(hint.isEmpty ? "; the school adopts: \(adopted.joined(separator: ", "))" : hint)", at: location)
    }
}
