/// How often a policy is reviewed, as a whole number of months ("12 months", "2 years").
public struct ReviewCycle: Sendable, Hashable, CustomStringConvertible {
    /// The cycle's length in months.
    public var months: Int

    /// Makes a cycle of some months.
    public init(months: Int) {
        self.months = months
    }

    /// Reads "12 months", "1 year", "2 years"; nil for anything else.
    public init?(parsing text: String) {
        let words = text.lowercased().split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 2, let count = Int(words[0]), count > 0 else { return nil }
        switch words[1] {
        case "month", "months": months = count
        case "year", "years": months = count * 12
        default: return nil
        }
    }

    /// "12 months" or "2 years": whole years from two years up, months below.
    public var description: String {
        if months % 12 == 0, months >= 24 { return "\(months / 12) years" }
        return months == 1 ? "1 month" : "\(months) months"
    }
}
