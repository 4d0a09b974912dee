/// One policy resolved for one school: the text its governors approve, and what the site shows with it.
public struct Edition: Sendable, Hashable {
    /// The policy's id.
    public var policyID: String
    /// The policy's title.
    public var title: String
    /// The school's name.
    public var schoolName: String
    /// Who approves it, resolved for the school.
    public var approver: String
    /// How often it is reviewed.
    public var reviewCycle: ReviewCycle
    /// Whether the law requires it.
    public var statutory: Bool
    /// Whether the school must publish it.
    public var publish: Bool
    /// The one-sentence summary.
    public var summary: String
    /// The names of related policies, as the school calls them.
    public var related: [String]
    /// The sections that apply to the school, in order.
    public var sections: [EditionSection]
    /// The model's sections the school's amendments leave out for this school, with its reasons: shown to
    /// governors beside the changes, never on the policy page, and not part of the text that is approved.
    public var leftOut: [LeftOutSection] = []

    /// Makes an edition.
    public init(
        policyID: String, title: String, schoolName: String, approver: String, reviewCycle: ReviewCycle,
        statutory: Bool, publish: Bool, summary: String, related: [String], sections: [EditionSection]
    ) {
        self.policyID = policyID
        self.title = title
        self.schoolName = schoolName
        self.approver = approver
        self.reviewCycle = reviewCycle
        self.statutory = statutory
        self.publish = publish
        self.summary = summary
        self.related = related
        self.sections = sections
    }
}

/// One section of an edition: its number, heading and resolved Markdown.
public struct EditionSection: Sendable, Hashable {
    /// The section's number in the policy, counting from 1.
    public var number: Int
    /// The heading, as plain text.
    public var title: String
    /// The fragment id the section's heading carries on the page.
    public var anchor: String
    /// The resolved Markdown of the body.
    public var markdown: String
    /// The level of the heading that opens the section in its source (2 for `## `); nil for text that
    /// stands under no heading, such as a document's preamble.
    public var headingLevel: Int?

    /// Makes a section.
    public init(number: Int, title: String, anchor: String, markdown: String, headingLevel: Int? = 2) {
        self.number = number
        self.title = title
        self.anchor = anchor
        self.markdown = markdown
        self.headingLevel = headingLevel
    }
}

/// A model section a school's amendments leave out, as governors are told of it.
public struct LeftOutSection: Sendable, Hashable {
    /// The section's title, filled in for the school.
    public var title: String
    /// Why the school leaves it out.
    public var reason: String

    /// Makes one.
    public init(title: String, reason: String) {
        self.title = title
        self.reason = reason
    }
}
