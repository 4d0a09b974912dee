/// Everything known about one school on one day: its sources, each policy's current edition, its
/// register, and each policy's status against it.
public struct SchoolSnapshot: Sendable {
    /// The school folder, absolute.
    public var folder: String
    /// What the build reads.
    public var sources: SchoolSources
    /// The school's approvals.
    public var register: Register
    /// Each adopted policy's edition as the model and profile give it today, in the profile's order.
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
    /// nil when anything stands in the way.
    public func snapshot(
        ofSchoolIn folder: String, library: Library, settings: ReviewSettings, diagnostics: inout DiagnosticCollector
    ) -> SchoolSnapshot? {
        let sources = self.sources(forSchoolIn: folder, library: library, diagnostics: &diagnostics)
        let register = diagnostics.collect { try self.register(in: folder) }
        for record in register?.records ?? [] {
            diagnostics.collect { _ = try keptEdition(of: record, in: folder) }
        }
        // Without a known type there are no words to fill in, and every term would be reported as unknown.
        guard let sources, let register, sources.vocabulary.type(sources.school.type) != nil else { return nil }
        let resolver = EditionResolver(vocabulary: sources.vocabulary)
        let values = VariableTable(school: sources.school, type: sources.vocabulary.type(sources.school.type)).preparingMarkdown()
        let editions = sources.policies.compactMap { policy in
            diagnostics.collect { try resolver.resolve(policy, for: sources.school, schoolValues: values) }
        }
        guard !diagnostics.hasErrors else { return nil }
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
        guard !policy.isEmpty, policy.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        else {
            throw Diagnostic("'\(policy)' is not a policy id; expected lower case letters, digits and hyphens, like 'social-networking'", at: location)
        }
        if !policy.contains("/"), fileSystem.isDirectory(sources.project.policyFolder(policy)) {
            throw Diagnostic(
                "\(sources.school.name) does not adopt this policy; add it under 'policies' in \(sources.school.file) first",
                at: location)
        }
        let adopted = editions.map(\.policyID)
        let hint = Suggestion.hint(for: policy, in: adopted)
        throw Diagnostic("unknown policy\(hint.isEmpty ? "; the school adopts: \(adopted.joined(separator: ", "))" : hint)", at: location)
    }
}
