/// Everything known about one school on one day: its sources, each policy's current edition, its
/// register, and each policy's status against it.
public struct SchoolSnapshot: Sendable {
    /// The school folder, absolute.
    public var folder: String
    /// What the build reads.
    public var sources: SchoolSources
    /// The library the school was read from (its release, and a way to read it again through other files).
    public var library: Library
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

extension SchoolSnapshot {
    /// Where a policy named on the command line stands among the school's editions, or why it is not there.
    func index(of policy: String, fileSystem: FileSystem) throws(Diagnostic) -> Int {
        if let index = editions.firstIndex(where: { $0.policyID == policy }) { return index }
        let location = SourceLocation(file: policy.isEmpty ? "POLICY" : policy)
        guard PolicyID.isValid(policy) else { throw Diagnostic(PolicyID.problem(with: policy), at: location) }
        if fileSystem.isDirectory(sources.project.policyFolder(policy)) {
            throw Diagnostic(
                "\(sources.school.name) does not adopt this policy; add it under 'policies' in \(sources.school.file) first",
                at: location)
        }
        let adopted = sources.school.policies.map(\.id)
        let hint = Suggestion.hint(for: policy, in: adopted)
        throw Diagnostic(
            "unknown policy\(hint.isEmpty ? "; the school adopts: \(adopted.joined(separator: ", "))" : hint)",
            at: location)
    }
}
