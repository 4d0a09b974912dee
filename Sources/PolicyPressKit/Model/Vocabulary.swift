/// The school types a library knows and, for each, the words that depend on the type.
public struct Vocabulary: Sendable, Hashable {
    /// The types, in the order the vocabulary file lists them.
    public var types: [SchoolType]

    /// Wraps a list of types.
    public init(types: [SchoolType]) {
        self.types = types
    }

    /// The type with an id, or nil.
    public func type(_ id: String) -> SchoolType? {
        types.first { $0.id == id }
    }

    /// The ids of all types, for messages and suggestions.
    public var typeIDs: [String] { types.map(\.id) }
}

/// One school type: its id (`academy`), how to name it, the profile fields it needs and its words.
public struct SchoolType: Sendable, Hashable {
    /// The id used in profiles, `applies_to:` and fences.
    public var id: String
    /// How to name the type in a sentence ("voluntary aided school").
    public var label: String
    /// Profile fields a school of this type must give (`local_authority`, `diocese`, …).
    public var requiredFields: [String]
    /// The words, by name (`setting` → `Academy`), sorted by name.
    public var terms: [String: String]
    /// Where the vocabulary defines the type.
    public var location: SourceLocation

    /// Makes a type.
    public init(
        id: String, label: String, requiredFields: [String] = [], terms: [String: String],
        location: SourceLocation = SourceLocation(file: "vocabulary.yml")
    ) {
        self.location = location
        self.id = id
        self.label = label
        self.requiredFields = requiredFields
        self.terms = terms
    }
}
