/// Which layer of a school's edition brought a change since its approval. The layers apply in order, model,
/// trust, school, values, and each change is put down to the step that made it.
public enum ChangeSource: Int, CaseIterable, Sendable, Comparable {
    /// Today's library against the library the approval was built from.
    case model = 1
    /// Today's trust folder (`trust.yml` and its amendments).
    case trust
    /// Today's amendments of the school.
    case school
    /// Today's `school.yml`: the school's details.
    case values

    /// The name `diff --only` takes.
    public var name: String {
        switch self {
        case .model: return "model"
        case .trust: return "trust"
        case .school: return "school"
        case .values: return "values"
        }
    }

    /// Where a change came from, in words beside it: "changed in the model".
    public var words: String {
        switch self {
        case .model: return "changed in the model"
        case .trust: return "changed by the trust"
        case .school: return "changed by the school"
        case .values: return "the school's details changed"
        }
    }

    /// The changes of this source, as a view of them alone names them: "made in the model".
    public var made: String {
        switch self {
        case .model: return "made in the model"
        case .trust: return "made by the trust"
        case .school: return "made by the school"
        case .values: return "made in the school's details"
        }
    }

    public static func < (lhs: ChangeSource, rhs: ChangeSource) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where one change came from: the layers whose steps changed it, in order (usually one; two when, say,
/// the model reworded a paragraph and the school's details changed a name in it), or none when that
/// cannot be told.
public struct ChangeOrigin: Equatable, Sendable {
    /// The layers, in order; empty when not known.
    public var sources: [ChangeSource]

    /// Makes an origin.
    public init(_ sources: [ChangeSource]) {
        self.sources = sources.sorted()
    }

    /// An origin that cannot be told.
    public static let unknown = ChangeOrigin([])

    /// "changed in the model", "changed in the model; the school's details changed", "source not known".
    public var words: String {
        sources.isEmpty ? "source not known" : sources.map(\.words).joined(separator: "; ")
    }

    /// Whether a view of one source's changes shows this one: it is that source's, in part or whole, or
    /// its source is not known (so it may be).
    public func isShown(withOnly source: ChangeSource) -> Bool {
        sources.isEmpty || sources.contains(source)
    }
}

/// What a diff says of where its changes came from: whether they were traced at all, why some could not
/// be, and whether the diff shows one source's changes alone.
public struct ChangeTracing: Sendable {
    /// Whether each change carries its origin; false when the approval kept nothing to trace them by.
    public var traced: Bool
    /// A sentence saying why changes could not all be put down to a source; nil when nothing stood in the way.
    public var note: String?
    /// The source whose changes alone the diff shows, with how many changes of other sources it leaves out.
    public var only: ChangeSource? = nil
    public var leftOut = 0

    /// Makes one.
    public init(traced: Bool, note: String? = nil) {
        self.traced = traced
        self.note = note
    }
}
