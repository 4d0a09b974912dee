/// How many of a diff's changes came from each source, for its summary.
public struct SourceCounts: Equatable, Sendable, CustomStringConvertible {
    /// The changes from each one source.
    public var bySource: [ChangeSource: Int] = [:]
    /// The changes from more than one source.
    public var several = 0
    /// The changes whose source is not known.
    public var unknown = 0

    /// Counts origins.
    public init(_ origins: [ChangeOrigin]) {
        for origin in origins {
            switch origin.sources.count {
            case 0: unknown += 1
            case 1: bySource[origin.sources[0], default: 0] += 1
            default: several += 1
            }
        }
    }

    /// Every change counted.
    public var total: Int { bySource.values.reduce(0, +) + several + unknown }

    /// "1 changed in the model, 2 because the school's details changed (3 changes in all)."
    public var description: String {
        var parts = ChangeSource.allCases.compactMap { source in bySource[source].map { "\($0) \(Self.phrase(source))" }
        }
        if several > 0 { parts.append("\(several) from more than one source") }
        if unknown > 0 { parts.append("\(unknown) whose source is not known") }
        return parts.joined(separator: ", ") + " (\(total) \(total == 1 ? "change" : "changes") in all)."
    }

    private static func phrase(_ source: ChangeSource) -> String {
        source == .values ? "because " + source.words : source.words
    }
}
