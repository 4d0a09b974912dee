/// A model policy as its author wrote it: metadata and sections, not yet filled in for a school.
public struct ModelPolicy: Sendable, Hashable {
    /// The policy folder's name, used in paths and on the command line (`social-networking`).
    public var id: String
    /// The policy folder.
    public var folder: String
    /// What `policy.yml` says.
    public var metadata: PolicyMetadata
    /// The sections, sorted by their order.
    public var sections: [ModelSection]
    /// The model's sections a school's amendments leave out, with the school's reasons.
    public var removals: [SectionRemoval] = []
    /// Whether the trust's or the school's amendments replace, add or leave out any section.
    public var isAmended = false

    /// Makes a policy.
    public init(id: String, folder: String, metadata: PolicyMetadata, sections: [ModelSection]) {
        self.id = id
        self.folder = folder
        self.metadata = metadata
        self.sections = sections
    }
}

/// A policy's metadata, from its `policy.yml`.
public struct PolicyMetadata: Sendable, Hashable {
    /// The policy's title ("Social Networking Policy").
    public var title: String
    /// How often the policy must be reviewed.
    public var reviewCycle: ReviewCycle
    /// Who approves it; may hold variables, resolved for each school.
    public var approver: SourceSnippet
    /// Whether the law requires the school to have it.
    public var statutory: Bool
    /// Whether the school must publish it on its website.
    public var publish: Bool
    /// The ids of related policies, whose names come from the school profile's `policy_names`.
    public var related: [SourceSnippet]
    /// A one-sentence summary for the index page and the page description.
    public var summary: String
    /// The metadata file, for messages.
    public var file: String

    /// Makes metadata.
    public init(
        title: String, reviewCycle: ReviewCycle, approver: SourceSnippet, statutory: Bool, publish: Bool,
        related: [SourceSnippet], summary: String, file: String
    ) {
        self.title = title
        self.reviewCycle = reviewCycle
        self.approver = approver
        self.statutory = statutory
        self.publish = publish
        self.related = related
        self.summary = summary
        self.file = file
    }
}

/// A short piece of source text that may hold variables, with where it starts.
public struct SourceSnippet: Sendable, Hashable {
    /// The text as written.
    public var text: String
    /// Where its first character is.
    public var location: SourceLocation

    /// Makes a snippet.
    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// A model section a school leaves out, and why (shown to governors, never published).
public struct SectionRemoval: Sendable, Hashable {
    /// The model's section.
    public var section: ModelSection
    /// The school's reason.
    public var reason: String

    /// Makes a removal.
    public init(section: ModelSection, reason: String) {
        self.section = section
        self.reason = reason
    }
}

/// One section of a model policy: a Markdown file with front matter.
public struct ModelSection: Sendable, Hashable {
    /// The section file.
    public var file: String
    /// The section's name: its file's name without `.md` (`02-scope`), which an amendment uses to replace it.
    public var name: String {
        let last = file.split(separator: "/").last.map(String.init) ?? file
        return last.hasSuffix(".md") ? String(last.dropLast(3)) : last
    }
    /// The section's heading; may hold variables.
    public var title: SourceSnippet
    /// Its place in the policy; sections are sorted by it.
    public var order: Int
    /// Where the order is given.
    public var orderLocation: SourceLocation
    /// The school types it applies to, or nil for all types.
    public var appliesTo: [String]?
    /// Notes for whoever adopts the policy; never published.
    public var guidance: String?
    /// The Markdown after the front matter.
    public var body: String
    /// The line of the file on which the body starts.
    public var bodyLine: Int
    /// The whole file as read (front matter and body): what an amendment copies and is based on.
    public var text: String = ""
    /// Who wrote this section: the model's author, or the trust or the school in an amendment.
    public var layer: Layer = .model
    /// For a section a trust or a school adds: the section it follows (`after:`), instead of an order.
    public var after: SourceSnippet?

    /// Makes a section.
    public init(
        file: String, title: SourceSnippet, order: Int, orderLocation: SourceLocation, appliesTo: [String]?,
        guidance: String?, body: String,
        bodyLine: Int
    ) {
        self.file = file
        self.title = title
        self.order = order
        self.orderLocation = orderLocation
        self.appliesTo = appliesTo
        self.guidance = guidance
        self.body = body
        self.bodyLine = bodyLine
    }

    /// Whether the section is part of the policy for a school of this type.
    public func applies(to type: String) -> Bool {
        Self.applies(appliesTo, to: type)
    }

    /// Whether a section for the school types `appliesTo` (nil for every type) is part of the policy for a
    /// school of this type: the one rule for `applies_to:`, for a section read whole or only its front matter.
    public static func applies(_ appliesTo: [String]?, to type: String) -> Bool {
        appliesTo?.contains(type) ?? true
    }
}

/// Who wrote a section's text, in the order the layers apply: the model's author, then the trust's
/// amendments, then the school's own.
public enum Layer: String, Sendable, Hashable {
    case model, trust, school

    /// "the model's", "the trust's", "the school's".
    public var possessive: String { "the \(rawValue)'s" }
}
