/// One line of a school's register: a body approved an edition of a policy on a day.
public struct ApprovalRecord: Hashable, Sendable {
    /// The policy's id.
    public var policy: String
    /// The approved edition's hash.
    public var edition: EditionHash
    /// The file name (without its folders) of the document approved, when the approval was of a document
    /// (`approve --document`: last year's policy as the governors approved it) rather than of an edition
    /// PolicyPress built; its text, as imported, is the kept text `edition` names.
    public var document: String?
    /// The library version the edition was built from ("PolicyPress Example Library 2026.2"), as its
    /// `library.yml` named it; nil when the library had none, or for an approval recorded before it was kept.
    public var library: String?
    /// The day of the meeting.
    public var approved: Day
    /// Who approved it ("Full Governing Body").
    public var approvedBy: String
    /// The minute reference, if given.
    public var minute: String?
    /// When the policy must next be reviewed.
    public var nextReview: Day
    /// Where the record starts in the register file, for messages.
    public var location: SourceLocation

    /// Makes a record.
    public init(
        policy: String, edition: EditionHash, document: String? = nil, library: String? = nil, approved: Day,
        approvedBy: String,
        minute: String?, nextReview: Day, location: SourceLocation = SourceLocation(file: "register.yml")
    ) {
        self.policy = policy
        self.edition = edition
        self.document = document
        self.library = library
        self.approved = approved
        self.approvedBy = approvedBy
        self.minute = minute
        self.nextReview = nextReview
        self.location = location
    }
}

extension ApprovalRecord {
    /// What was approved, in words that name it beside the draft: "the edition approved on 12 March 2026",
    /// or "the document Online Safety Policy 2025.pdf, approved on 12 March 2025".
    public var whatWasApproved: String {
        document.map { "the document \($0), approved on \(approved.british)" }
            ?? "the edition approved on \(approved.british)"
    }
}

/// A school's approvals, oldest first, as read from its register.
public struct Register: Hashable, Sendable {
    /// Every record, in the order written.
    public var records: [ApprovalRecord]

    /// Wraps records.
    public init(records: [ApprovalRecord] = []) {
        self.records = records
    }

    /// The most recent approval of a policy, or nil if it was never approved.
    public func latest(for policy: String) -> ApprovalRecord? {
        records.last { $0.policy == policy }
    }
}

/// The SHA-256 of an edition's text, as 64 lower-case hex digits: the identity of what governors approved.
public struct EditionHash: Hashable, Sendable, CustomStringConvertible {
    /// The hex digits.
    public let hex: String

    /// Wraps 64 lower-case hex digits; nil for anything else.
    public init?(hex: String) {
        guard hex.count == 64, hex.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { return nil }
        self.hex = hex
    }

    /// The first 12 digits, enough for a person to compare two editions by eye.
    public var short: String { String(hex.prefix(12)) }

    /// The hex digits.
    public var description: String { hex }
}
