/// What `init` is told about a new school: the folder to make and what to put in its profile.
public struct NewSchool: Sendable {
    /// The folder to make, as the user gave it.
    public var folder: String
    /// The school's name.
    public var name: String
    /// The school's type id (`maintained`, `academy`, …).
    public var type: String
    /// Other profile values by dotted field name (`roles.headteacher`).
    public var values: [String: String]
    /// The policies it adopts; nil for every policy in the library.
    public var policies: [String]?
    /// The library named with `--library`, if any.
    public var library: String?

    /// Describes a new school.
    public init(
        folder: String, name: String, type: String, values: [String: String] = [:], policies: [String]? = nil,
        library: String? = nil
    ) {
        self.folder = folder
        self.name = name
        self.type = type
        self.values = values
        self.policies = policies
        self.library = library
    }
}

/// A profile field the adopted policies need and the new school has not given, with the first place that uses it.
public struct MissingField: Sendable, Hashable {
    /// The dotted field name, as in `school.yml` (`roles.esafety_governor`).
    public var field: String
    /// Where it is first used (or where the vocabulary requires it).
    public var usedAt: SourceLocation
    /// Why it is needed, in a few words for a question: "used in 03-governors.md, line 6".
    public var why: String
}
