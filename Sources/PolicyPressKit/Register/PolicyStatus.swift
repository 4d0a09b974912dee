/// Where one policy stands on a given day: its last approval, whether its text has moved on, and how
/// soon it must be reviewed.
public struct PolicyStatus: Sendable, Hashable {
    /// The states a policy can be in; a policy can be in several at once (overdue and changed).
    public enum State: String, Sendable, CaseIterable {
        case neverApproved = "never approved"
        case overdue
        case reviewDue = "review due"
        case changed = "changed since approval"
        case approved
        /// The library's text of the policy has changed since its last approval (whether or not the school's
        /// text changed with it): the model's author has updated it.
        case modelUpdated = "model updated since approval"
        /// The school's edition has amendments of the trust's or the school's own: a section replaced, added or left out.
        case amended
    }

    /// The policy's id.
    public var policy: String
    /// The policy's title.
    public var title: String
    /// The hash of the text the model and profile give today.
    public var current: EditionHash
    /// The most recent approval, if any.
    public var latest: ApprovalRecord?
    /// Days until the next review (negative when overdue); nil when never approved.
    public var daysLeft: Int?
    /// The states that hold, most urgent first; `approved` alone when all is well. These are what the site shows.
    public var states: [State]
    /// What the clerk is told besides, for the review: `modelUpdated` and `amended`, when they hold. They
    /// never make a draft (the edition's hash alone decides that) and the site does not show them.
    public var notes: [State] = []

    /// Works out the status on `today`, counting a review as due within `window` days. `modelUpdated` says
    /// that the library's text of the policy changed since its last approval; `amended`, that the school's
    /// edition has amendments.
    public init(
        policy: String, title: String, current: EditionHash, latest: ApprovalRecord?, today: Day, window: Int,
        modelUpdated: Bool = false, amended: Bool = false
    ) {
        self.policy = policy
        self.title = title
        self.current = current
        self.latest = latest
        if modelUpdated && latest != nil { notes.append(.modelUpdated) }
        if amended { notes.append(.amended) }
        guard let latest else {
            daysLeft = nil
            states = [.neverApproved]
            return
        }
        let days = today.days(until: latest.nextReview)
        daysLeft = days
        var states: [State] = []
        if days < 0 { states.append(.overdue) } else if days <= window { states.append(.reviewDue) }
        if latest.edition != current { states.append(.changed) }
        self.states = states.isEmpty ? [.approved] : states
    }

    /// Whether the text published now differs from what was approved (or nothing was ever approved).
    public var isDraft: Bool { states.contains(.neverApproved) || states.contains(.changed) }

    /// The states in words, as the site shows them: "overdue; changed since approval".
    public var summary: String { states.map(\.rawValue).joined(separator: "; ") }

    /// Every state and note, as the review schedule gives them.
    public var allStates: [State] { states + notes }

    /// The states and notes in words, as the clerk reads them: "approved; model updated since approval; amended".
    public var scheduleSummary: String { allStates.map(\.rawValue).joined(separator: "; ") }
}
