/// What a snapshot reads and which of its problems stop it: the whole school (for check, build, status),
/// or one policy being approved.
///
/// An approval is stopped only by problems in the policy itself (its policy.yml and sections), in the
/// profile as a whole, in the profile values the policy uses, and in the register and the kept texts.
/// Problems in the school's other policies, in values the policy does not use, and in the templates
/// (which shape pages, not the text governors approve) never stop it.
public struct SnapshotScope: Sendable, Equatable {
    /// The policy being approved, or nil for the whole school.
    public var policy: String?

    /// The whole school.
    public static let school = SnapshotScope(policy: nil)

    /// One policy, for its approval.
    public static func approving(_ policy: String) -> SnapshotScope { SnapshotScope(policy: policy) }

    /// The profile to resolve with: for an approval, without the values that have problems, so that a
    /// broken value is never filled in and the policy's use of it is found.
    func school(_ school: SchoolProfile, problems: [Diagnostic]) -> SchoolProfile {
        guard policy != nil else { return school }
        let broken = problems.compactMap(\.profileField)
        var school = school
        school.values = school.values.filter { name, _ in !broken.contains { Self.name(name, isIn: $0) } }
        return school
    }

    /// The problems to report, from all that reading `school` and resolving its policies found.
    func problems(_ found: [Diagnostic], in school: SchoolProfile?) -> [Diagnostic] {
        guard policy != nil else { return found }
        // A use of a profile value the policy could not be given ("unknown variable 'school.website'").
        let used = found.filter { $0.profileField == nil }.compactMap(\.missingField)
        let broken = found.compactMap(\.profileField).filter { field in used.contains { Self.name($0, isIn: field) } }
        // A use of a value left out for its problem would read as missing: the value's own problem says why.
        let leftOut = broken.filter { field in school?.values.keys.contains { Self.name($0, isIn: field) } == true }
        return found.filter { diagnostic in
            if let field = diagnostic.profileField { return broken.contains(field) }
            guard let use = diagnostic.missingField else { return true }
            return !leftOut.contains { Self.name(use, isIn: $0) }
        }
    }

    // `roles.headteacher` is in `roles`, and in itself.
    private static func name(_ name: String, isIn field: String) -> Bool {
        name == field || name.hasPrefix(field + ".")
    }
}
