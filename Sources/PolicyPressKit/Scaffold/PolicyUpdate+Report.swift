/// What an update's report says of each section: one line a section changed, renamed, moved, added or
/// removed, then one line for those only renumbered and one for those unchanged.
extension PolicyUpdate {
    /// What became of a section, as the report counts it.
    enum Kind: String, CaseIterable {
        case changed, renamed, moved, added, removed
        /// Its text is as it was; only its `order:` changed, because sections before it came or went.
        case renumbered
        case unchanged
    }

    /// What became of one section of the new version.
    static func kind(of section: Section) -> Kind {
        guard let old = section.pairedWith else { return .added }
        if old.isUnchanged { return .unchanged }
        if old.title != section.title { return .renamed }
        if old.changedBeyondOrder { return .changed }
        return old.moved ? .moved : .renumbered
    }

    /// "2 changed, 1 renamed, 1 added, 1 removed, 3 unchanged": each kind there is, with its count.
    var counts: String {
        var count: [Kind: Int] = [.removed: removals.count]
        for section in sections { count[Self.kind(of: section), default: 0] += 1 }
        return Kind.allCases.compactMap { kind in count[kind].flatMap { $0 == 0 ? nil : "\($0) \(kind.rawValue)" } }
            .joined(separator: ", ")
    }

    /// The report's lines: each section that changed, at its file in `folder` (as the user sees it), in the
    /// new version's order, then each removed (with the amendments of it, `amenders` giving the folders
    /// that amend each section name, as shown), the renumbered and the unchanged; then, for each section,
    /// what its old text had that the new one lacks.
    func reportLines(folder: String, amenders: [String: [String]]) -> [String] {
        var lines: [String] = []
        var renumbered: [String] = []
        var unchanged = 0
        for section in sections {
            let place = Path.join(folder, section.file)
            switch Self.kind(of: section) {
            case .added:
                let words = section.wordsAdded
                lines.append(
                    "\(place): '\(section.title)' added, a new file (\(words) \(words == 1 ? "word" : "words"))")
            case .unchanged:
                unchanged += 1
            case .renumbered:
                renumbered.append(section.file)
            case .renamed, .changed, .moved:
                lines.append("\(place): " + Self.describe(section, section.pairedWith!))
            case .removed:
                break
            }
        }
        for removal in removals {
            let owners = amenders[String(removal.file.dropLast(".md".count))] ?? []
            let amended =
                owners.isEmpty
                ? ""
                : owners.count == 1
                    ? "; \(owners[0]) amends it, and that amendment will have nothing under it"
                    : "; \(owners.joined(separator: ", ")) amend it, and their amendments will have nothing under them"
            lines.append(
                "\(Path.join(folder, removal.file)): '\(removal.title)' removed: the new version has no such section, so its file goes\(amended)"
            )
        }
        if !renumbered.isEmpty {
            lines.append(
                "\(renumbered.count) \(renumbered.count == 1 ? "section was" : "sections were") only renumbered, as sections before \(renumbered.count == 1 ? "it" : "them") came or went (\(renumbered.joined(separator: ", ")))"
            )
        }
        lines.append("\(unchanged) \(unchanged == 1 ? "section" : "sections") unchanged")
        for section in sections { lines += Self.losses(of: section, at: Path.join(folder, section.file)) }
        return lines
    }

    // "'Old' → 'New' renamed (file kept; matched by its text, 84% alike): 5 words added, 2 removed; moved: order 5 → 2"
    private static func describe(_ section: Section, _ old: Old) -> String {
        var parts: [String] = []
        if section.wordsAdded + section.wordsRemoved > 0 {
            parts.append(
                "\(section.wordsAdded) \(section.wordsAdded == 1 ? "word" : "words") added, \(section.wordsRemoved) removed"
            )
        }
        if old.moved { parts.append("moved: order \(old.order) → \(section.order)") }
        if let guidance = old.guidance { parts.append(guidance.description) }
        let what: String
        if old.title != section.title {
            let how: String
            switch old.evidence {
            case .heading: how = "its heading, the same but for case, spacing or punctuation"
            case .content(let similarity): how = "its text, \(Int((similarity * 100).rounded()))% alike"
            }
            what = "'\(old.title)' → '\(section.title)' renamed (file kept; matched by \(how))"
        } else if kind(of: section) == .moved {
            return "'\(section.title)' moved: order \(old.order) → \(section.order); its text is unchanged"
        } else {
            what = "'\(section.title)' changed"
        }
        return what + (parts.isEmpty ? "" : ": " + parts.joined(separator: "; "))
    }

    // What the old text had, written by hand, that the new one replaces: variables and fenced blocks.
    private static func losses(of section: Section, at place: String) -> [String] {
        var lines: [String] = []
        if !section.lostVariables.isEmpty {
            lines.append(
                "\(place): the old text had \(section.lostVariables.joined(separator: ", ")), which the new text does not: put \(section.lostVariables.count == 1 ? "it" : "them") back where the new text needs \(section.lostVariables.count == 1 ? "it" : "them")"
            )
        }
        for fence in section.lostFences {
            lines.append(
                "\(place): the old text had a block fenced '\(fence)', which the new text does not: fence the new text again where it applies to some kinds of school only"
            )
        }
        return lines
    }
}
