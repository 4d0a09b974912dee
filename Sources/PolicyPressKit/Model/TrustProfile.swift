/// The trust a school belongs to, as its trust folder gives it: the values in `trust.yml`, which sections use as
/// `{{ trust.name }}`, and the folder, whose `amendments/` apply to every school of the trust before the school's own.
public struct TrustProfile: Sendable, Hashable {
    /// The trust folder.
    public var folder: String
    /// `trust.yml`, as the user sees its path.
    public var file: String
    /// Every value, by dotted name without `trust.` (`name`, `ceo`, `office.address`).
    public var values: [String: String]

    /// Makes a trust.
    public init(folder: String, file: String, values: [String: String]) {
        self.folder = folder
        self.file = file
        self.values = values
    }
}
