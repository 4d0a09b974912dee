/// A school as its clerk describes it: name, type, the values policies refer to, and what it adopts.
public struct SchoolProfile: Sendable, Hashable {
    /// The profile key that says where the policy library is, relative to the school folder, for a school
    /// kept outside the library (as `init` writes it); it is not a value policies can use.
    public static let libraryKey = "library"

    /// The school folder's name, used in paths.
    public var id: String
    /// The school folder.
    public var folder: String
    /// The profile file, for messages.
    public var file: String
    /// The school's name.
    public var name: String
    /// The school type's id.
    public var type: String
    /// Every text value of the profile by dotted path without the `school.` prefix (`roles.headteacher`).
    public var values: [String: String]
    /// The ids of the policies the school adopts, in the profile's order, with where each is named.
    public var policies: [(id: String, location: SourceLocation)]
    /// Where each value is given, for messages about a value as a whole (such as a trust folder that is not there).
    public var valueLocations: [String: SourceLocation] = [:]

    /// Makes a profile.
    public init(
        id: String, folder: String, file: String, name: String, type: String, values: [String: String],
        policies: [(id: String, location: SourceLocation)]
    ) {
        self.id = id
        self.folder = folder
        self.file = file
        self.name = name
        self.type = type
        self.values = values
        self.policies = policies
    }

    public static func == (lhs: SchoolProfile, rhs: SchoolProfile) -> Bool {
        lhs.id == rhs.id && lhs.folder == rhs.folder && lhs.values == rhs.values
            && lhs.policies.map(\.id) == rhs.policies.map(\.id)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(folder)
        hasher.combine(values)
    }
}
