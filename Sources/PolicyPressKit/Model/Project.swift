/// Where a policy library keeps its parts: `Content/` (vocabulary, policies, schools, `library.yml`) and `Templates/`.
public struct Project: Sendable, Hashable {
    /// The folder holding `Content/` and `Templates/`, as an absolute path.
    public var root: String

    /// Makes a project rooted at an absolute path.
    public init(root: String) {
        self.root = root
    }

    /// `Content/vocabulary.yml`.
    public var vocabularyFile: String { root + "/Content/vocabulary.yml" }
    /// `Content/library.yml`, which names the library and its version (optional).
    public var libraryFile: String { root + "/Content/library.yml" }
    /// `Content/policies`, one folder a policy.
    public var policiesFolder: String { root + "/Content/policies" }
    /// `Content/schools`, one folder a school.
    public var schoolsFolder: String { root + "/Content/schools" }
    /// `Templates`.
    public var templatesFolder: String { root + "/Templates" }
    /// The school `build` uses when none is named.
    public var exampleSchool: String { schoolsFolder + "/example" }

    /// The folder of a policy.
    public func policyFolder(_ id: String) -> String { policiesFolder + "/" + id }
}
