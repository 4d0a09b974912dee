/// A school's edition of a policy with, for each of its sections, the model text it came from: what the
/// checks that need the whole page (in-page links, footnotes) use to point at the section files.
public struct ResolvedEdition: Sendable {
    /// A section of the edition with the model text it came from.
    public struct Source: Sendable {
        /// The model section.
        public var section: ModelSection
        /// Its text resolved for the school, with each line's source line.
        public var resolved: ResolvedMarkdown
    }

    /// The edition.
    public var edition: Edition
    /// Its sections' sources, in order.
    public var sources: [Source]
}
