/// The editions of a `ChangeTracer`'s chain, each with its diffs to the draft and to the approved edition, and
/// the origin of a part of either read from them.
struct ChangeChain {
    /// A part of the draft or of the approved edition that a change stands for.
    enum Part {
        case title
        /// A section of the draft, by its number there, added or moved as a whole.
        case newSection(Int)
        /// The heading of a section of the draft.
        case heading(Int)
        /// A section of the approved edition, by its number there, removed as a whole.
        case oldSection(Int)
    }

    /// The approved edition, then each step's.
    let editions: [Edition?]
    /// The layer each step takes, the approved edition's being none.
    let sources: [ChangeSource?]
    /// Each edition's diff to the draft, read by the sections of the draft, and the approved edition's diff
    /// to it, read by the approved edition's sections and blocks; nil where the edition could not be built.
    /// (Both read a part in the direction of the diff traced, so that where two alignments are equally
    /// good the one the traced diff took is read at its end too.)
    let toDraft: [DiffView?]
    let fromApproved: [ApprovedView?]

    init(diff: EditionDiff, approved: Edition, steps: [ChangeTracer.Step]) {
        let editions = [approved] + steps.map(\.edition)
        self.editions = editions
        sources = [nil] + steps.map(\.source)
        let differ = EditionDiffer()
        let draft = steps.last!.edition!
        var cache: [Edition: (DiffView, ApprovedView)] = [:]
        var toDraft: [DiffView?] = [], fromApproved: [ApprovedView?] = []
        for (step, edition) in editions.enumerated() {
            guard let edition else {
                toDraft.append(nil)
                fromApproved.append(nil)
                continue
            }
            // The diff given is the chain's first and its last: each change is read in the very diff it comes from.
            let views =
                cache[edition] ?? (
                    DiffView(step == 0 ? diff : differ.diff(from: edition, to: draft)),
                    ApprovedView(step == editions.count - 1 ? diff : differ.diff(from: approved, to: edition))
                )
            cache[edition] = views
            toDraft.append(views.0)
            fromApproved.append(views.1)
        }
        self.toDraft = toDraft
        self.fromApproved = fromApproved
    }

    /// The section's blocks with each change's origin: a block of the draft is read in the diffs to the
    /// draft; a removed block, and the place a moved block left, in the diffs from the approved edition.
    ///
    /// Each step's blocks of the section are found once for all of them, so that a section of n blocks
    /// costs n steps' work, not n times n.
    func tracedBlocks(of section: SectionChange) -> [BlockChange] {
        var blocks = section.blocks
        var newIndex = 0
        // A block of the draft, by its place among its section's blocks, in the diffs to the draft; one of the
        // approved edition in the diffs to the approved edition.
        let newBlocks = editions.indices.map { step in
            section.newNumber.flatMap { checkedBlocks(toDraft, reference: toDraft.last!, step: step, section: $0) }
        }
        for index in blocks.indices {
            let change = blocks[index]
            if change.isInNewEdition {
                if change.status != .same {
                    blocks[index].origin =
                        section.newNumber == nil
                        ? .unknown : origin(ofStates: newBlocks.map { Self.state(ofBlock: newIndex, in: $0) })
                }
                newIndex += 1
            } else if let oldIndex = change.oldIndex {
                blocks[index].origin = origin(ofStates: fromApproved.map { $0?.state(ofBlock: oldIndex) })
            } else {
                blocks[index].origin = .unknown
            }
        }
        return blocks
    }

    /// The steps at which the part differs from the step before; unknown when it may have changed at a step
    /// whose edition could not be built.
    func origin(of part: Part) -> ChangeOrigin {
        origin(ofStates: editions.indices.map { state(of: part, at: $0) })
    }

    // The steps at which a state differs from the step before, given the part's state at every step.
    private func origin(ofStates states: [String?]) -> ChangeOrigin {
        guard let first = states.first!, let last = states.last!, first != last else { return .unknown }
        var sources: [ChangeSource] = []
        var known = 0
        for step in 1..<states.count {
            guard let state = states[step] else { continue }
            if state != states[known] {
                guard step - known == 1 else { return .unknown }
                sources.append(self.sources[step]!)
            }
            known = step
        }
        return ChangeOrigin(sources)
    }

    // What the part is at a step, as a text to compare: whether it is there, and its words as they stand.
    private func state(of part: Part, at step: Int) -> String? {
        switch part {
        case .title:
            return editions[step]?.title
        case .newSection(let number):
            return toDraft[step]?.sections[number].map(Self.presence)
        case .oldSection(let number):
            guard let view = fromApproved[step] else { return nil }
            return view.sections[number].map(Self.presence) ?? "present"
        case .heading(let number):
            guard let section = toDraft[step]?.sections[number] else { return nil }
            return section.status == .added ? "absent" : Self.oldSide(of: section.title)
        }
    }

    // A section's blocks in a diff, only when they are, block for block, the ones the diff of the edition
    // with itself gives: otherwise a place among them would not name the same block in every diff.
    private func checkedBlocks(_ views: [DiffView?], reference: DiffView?, step: Int, section: Int) -> [BlockChange]? {
        guard let blocks = views[step]?.blocks(of: section), let expected = reference?.blocks(of: section),
            blocks.map(\.block.identity) == expected.map(\.block.identity)
        else { return nil }
        return blocks
    }

    private static func presence(_ section: SectionChange) -> String {
        switch section.status {
        case .added, .removed: return "absent"
        case .moved: return "moved"
        default: return "present"
        }
    }

    private static func state(ofBlock index: Int, in blocks: [BlockChange]?) -> String? {
        guard let blocks, blocks.indices.contains(index) else { return nil }
        return "\(blocks[index].status)|" + oldSide(of: blocks[index].words)
    }

    // The words as the other edition has them: all but the added ones, markers marked.
    private static func oldSide(of runs: [WordRun]) -> String {
        side(of: runs, without: .added)
    }

    // The words as one edition has them: all but those only the other has, markers marked.
    static func side(of runs: [WordRun], without other: WordRun.Change) -> String {
        runs.filter { $0.change != other }.map { ($0.isMarker ? "\u{1}" : "") + $0.words.joined(separator: " ") }
            .joined(separator: "\u{2}")
    }
}

/// A diff from the approved edition read by that edition's parts: each of its sections by its number there
/// (none where the section is the same), and each of its blocks by its place in it (see `FlatEdition`), as
/// the newer edition has it.
final class ApprovedView {
    let sections: [Int: SectionChange]
    private let blocks: [Int: String]

    init(_ diff: EditionDiff) {
        var sections: [Int: SectionChange] = [:], blocks: [Int: String] = [:]
        for section in diff.sections {
            if section.status != .added, let number = section.oldNumber { sections[number] = section }
            for block in section.blocks {
                if let index = block.oldIndex {
                    blocks[index] = "\(block.status)|" + ChangeChain.side(of: block.words, without: .removed)
                }
            }
        }
        self.sections = sections
        self.blocks = blocks
    }

    /// What an approved block is in the newer edition: the same, changed or gone with its words as they
    /// stand; or, where it stands for no block of the diff, its words kept within others'.
    func state(ofBlock index: Int) -> String {
        blocks[index] ?? "within others"
    }
}

/// A diff read by the sections of its newer edition: each section by its number, and its blocks as that
/// edition has them (not those only the older one has).
final class DiffView {
    let sections: [Int: SectionChange]

    init(_ diff: EditionDiff) {
        var sections: [Int: SectionChange] = [:]
        for section in diff.sections where section.status != .removed {
            if let number = section.newNumber { sections[number] = section }
        }
        self.sections = sections
    }

    func blocks(of number: Int) -> [BlockChange]? {
        sections[number]?.blocks.filter(\.isInNewEdition)
    }
}
