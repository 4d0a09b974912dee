/// Everything a build of one school reads, loaded and checked.
public struct SchoolSources: Sendable {
    /// The library the school draws on.
    public var project: Project
    /// The school types and their words.
    public var vocabulary: Vocabulary
    /// The school.
    public var school: SchoolProfile
    /// The policies the school adopts, in the profile's order.
    public var policies: [ModelPolicy]
    /// The site's templates.
    public var templates: TemplateSet
    /// The trust the school belongs to, when its profile names a trust folder.
    public var trust: TrustProfile?

    /// Bundles loaded sources.
    public init(
        project: Project, vocabulary: Vocabulary, school: SchoolProfile, policies: [ModelPolicy],
        templates: TemplateSet, trust: TrustProfile? = nil
    ) {
        self.project = project
        self.vocabulary = vocabulary
        self.school = school
        self.policies = policies
        self.templates = templates
        self.trust = trust
    }
}
