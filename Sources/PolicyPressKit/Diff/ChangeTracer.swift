/// Puts each change since an approval down to the layer that made it.
///
/// The approved edition and the draft are joined by a chain of editions, each taking one more layer as it
/// is today: today's model (with the approval's trust, amendments and values), then today's trust, then the
/// school's amendments, then its values (the draft). Every change of the diff from the approved edition to
/// the draft stands for a part of the draft (for a removal, of the approved text). That part is found in
/// each edition of the chain, through the diff from that edition to the draft (or to the approved text),
/// and the steps at which it differs from the step before are the change's sources. An edition that could
/// not be built leaves the part's state there unknown, and a change that may have happened at it is put
/// down to no source.
public struct ChangeTracer: Sendable {
    /// One step of the chain: the layer it takes as it is today, and the edition after it (nil when it could
    /// not be built).
    public struct Step: Sendable {
        public var source: ChangeSource
        public var edition: Edition?

        /// Makes a step.
        public init(_ source: ChangeSource, _ edition: Edition?) {
            self.source = source
            self.edition = edition
        }
    }

    /// Makes a tracer.
    public init() {}

    /// `diff` (from `approved` to `draft`) with the origin of each change set. `steps` take the four layers
    /// one at a time, the model first; the last one's edition is the draft.
    public func traced(_ diff: EditionDiff, approved: Edition, steps: [Step]) -> EditionDiff {
        precondition(
            steps.count == ChangeSource.allCases.count && steps.last?.edition != nil, "four steps lead to the draft")
        let chain = ChangeChain(diff: diff, approved: approved, steps: steps)
        var result = diff
        if !diff.title.isEmpty { result.titleOrigin = chain.origin(of: .title) }
        for (index, section) in diff.sections.enumerated() {
            switch section.status {
            case .unchanged: continue
            case .added:
                result.sections[index].origin = section.newNumber.map { chain.origin(of: .newSection($0)) } ?? .unknown
            case .removed:
                result.sections[index].origin = section.oldNumber.map { chain.origin(of: .oldSection($0)) } ?? .unknown
            case .moved, .changed:
                if case .moved = section.status {
                    result.sections[index].origin =
                        section.newNumber.map { chain.origin(of: .newSection($0)) } ?? .unknown
                }
                if section.hasChangedTitle {
                    result.sections[index].titleOrigin =
                        section.newNumber.map { chain.origin(of: .heading($0)) } ?? .unknown
                }
                result.sections[index].blocks = chain.tracedBlocks(of: section)
            }
        }
        return result
    }
}
