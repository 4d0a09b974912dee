/// One policy as the site shows it: the text published, where it stands, and whether it is a draft.
public struct PolicyPage: Sendable {
    /// The text published.
    public var edition: Edition
    /// Its approval and review status.
    public var status: PolicyStatus
    /// Whether the published text is not the approved one (or nothing was approved), so it carries a banner.
    public var isDraft: Bool
    /// The changes since the approved edition, when the page shows a changed draft.
    public var changes: ChangesPage?

    /// Makes a page.
    public init(edition: Edition, status: PolicyStatus, isDraft: Bool, changes: ChangesPage? = nil) {
        self.edition = edition
        self.status = status
        self.isDraft = isDraft
        self.changes = changes
    }
}
