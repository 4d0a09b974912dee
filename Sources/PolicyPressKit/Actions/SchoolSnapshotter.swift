/// Takes a snapshot of a school: loads it, resolves each policy's edition for it, and judges each edition
/// against the register (see ``SchoolSnapshot``).
public struct SchoolSnapshotter: Sendable {
    /// Reads the files.
    public var files: SourceReader

    /// Makes a snapshotter.
    public init(_ files: SourceReader) {
        self.files = files
    }

    /// Loads, resolves and compares a school with its register, reporting every problem to `diagnostics`;
    /// nil when anything stands in the way. A snapshot for an approval reads only the policy being approved,
    /// and reports only what stands in the way of approving it (see `SnapshotScope`).
    public func snapshot(
        ofSchoolIn folder: String, library: Library, settings: ReviewSettings, scope: SnapshotScope = .school,
        diagnostics: inout DiagnosticCollector
    ) -> SchoolSnapshot? {
        var found = DiagnosticCollector()
        let school = ProfileReader(files).profile(in: folder, vocabulary: library.vocabulary, diagnostics: &found)
        let sources = school.map { library.sources(for: $0, only: scope.policy, diagnostics: &found) }
        let registers = RegisterReader(files)
        let register = found.collect { try registers.register(in: folder) }
        for record in register?.records ?? [] {
            found.collect { _ = try registers.keptEdition(of: record, in: folder) }
        }
        var editions: [Edition] = []
        // Without a known type there are no words to fill in, and every term would be reported as unknown.
        if let sources, register != nil, let type = sources.vocabulary.type(sources.school.type) {
            editions = self.editions(of: sources, type: type, scope: scope, diagnostics: &found)
        }
        // The templates shape the school's pages, not the text governors approve: an approval does not read them.
        if scope.policy == nil, let sources {
            let school = SchoolValue(sources.school, type: sources.vocabulary.type(sources.school.type))
            TemplateCheck.problems(in: sources.templates, for: school).forEach { found.report($0) }
        }
        scope.problems(found.diagnostics, in: sources?.school).forEach { diagnostics.report($0) }
        guard let sources, let register, !diagnostics.hasErrors else { return nil }
        let statuses = editions.map { edition in
            let latest = register.latest(for: edition.policyID)
            let updated =
                latest.map { modelUpdated(since: $0, in: folder, library: library, diagnostics: &diagnostics) } ?? false
            return PolicyStatus(
                policy: edition.policyID, title: edition.title, current: edition.hash, latest: latest,
                today: settings.today,
                window: settings.window, modelUpdated: updated,
                amended: sources.policies.first { $0.id == edition.policyID }?.isAmended ?? false)
        }
        return SchoolSnapshot(
            folder: folder, sources: sources, library: library, register: register, editions: editions,
            statuses: statuses,
            warnings: DiagnosticList(diagnostics.diagnostics.filter { $0.severity == .warning }).diagnostics)
    }

    // The model's fingerprint now against the one the approval kept; an approval that kept none tells nothing.
    private func modelUpdated(
        since record: ApprovalRecord, in folder: String, library: Library, diagnostics: inout DiagnosticCollector
    ) -> Bool {
        guard
            let kept = diagnostics.collect({ try RegisterReader(files).keptModelFingerprint(of: record, in: folder) })
                ?? nil
        else {
            return false
        }
        return kept != library.fingerprint(ofPolicy: record.policy)
    }

    // Each policy's edition for the school; one with an error in it is left out, and the error reported.
    private func editions(
        of sources: SchoolSources, type: SchoolType, scope: SnapshotScope, diagnostics: inout DiagnosticCollector
    ) -> [Edition] {
        let school = scope.school(sources.school, problems: diagnostics.diagnostics)
        let resolver = EditionResolver(vocabulary: sources.vocabulary)
        let values = VariableTable(school: school, type: type, trust: sources.trust).preparingMarkdown()
        // What only the whole page can tell (in-page links, footnotes) is checked once the edition stands.
        let links = EditionLinkCheck()
        let sitePages = LinkTarget.sitePages(policies: sources.policies.map(\.id))
        return sources.policies.compactMap { policy in
            guard let resolved = resolver.resolve(policy, for: school, schoolValues: values, diagnostics: &diagnostics)
            else { return nil }
            let problems = links.problems(in: resolved, sitePages: sitePages)
            problems.forEach { diagnostics.report($0) }
            return problems.contains { $0.severity == .error } ? nil : resolved.edition
        }
    }
}
