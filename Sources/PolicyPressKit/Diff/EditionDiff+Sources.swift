extension EditionDiff {
    /// The origin of each change the diff lists, in reading order: the policy's title, each section added,
    /// removed or moved, each heading and each block changed (nil for a change not traced).
    public var listedOrigins: [ChangeOrigin?] {
        var origins: [ChangeOrigin?] = title.isEmpty ? [] : [titleOrigin]
        for section in sections {
            switch section.status {
            case .unchanged: continue
            case .added, .removed:
                origins.append(section.origin)
                continue
            case .moved: origins.append(section.origin)
            case .changed: break
            }
            if section.hasChangedTitle { origins.append(section.titleOrigin) }
            origins += section.blocks.filter { $0.status != .same }.map(\.origin)
        }
        return origins
    }

    /// How many of the listed changes came from each source.
    public var sourceCounts: SourceCounts {
        SourceCounts(listedOrigins.map { $0 ?? .unknown })
    }

    /// The summary of what changed: "1 section changed; 3 words added, 3 removed." With only one source's
    /// changes marked and none of them there, it says so, never "No changes." while the texts differ.
    public var summaryLine: String {
        if let only = tracing?.only, isEmpty, tracing?.leftOut ?? 0 > 0 {
            return "None of the changes were \(only.made)."
        }
        return summary.description
    }

    /// Where the changes came from, counted: "1 changed in the model, … (3 changes in all)."; nil when they
    /// were not traced.
    public var sourcesLine: String? {
        guard tracing?.traced == true, !listedOrigins.isEmpty else { return nil }
        return sourceCounts.description
    }

    /// What a diff of one source's changes leaves unmarked: "Only the changes made in the model are marked
    /// (2 of the 6); the other 4 are shown as the draft has them."; nil for a whole diff.
    public var onlyLine: String? {
        guard let tracing, let only = tracing.only else { return nil }
        let marked = listedOrigins.count, all = marked + tracing.leftOut
        guard all > 0 else { return nil }
        let others =
            tracing.leftOut == 0
            ? "no other changes are left unmarked"
            : "the other \(tracing.leftOut) \(tracing.leftOut == 1 ? "is" : "are") shown as the draft has them"
        return "Only the changes \(only.made) are marked (\(marked) of the \(all)); \(others)."
    }

    /// The draft with only the changes from `source` marked, and those whose source is not known (which may
    /// be its): another source's change stands as the draft has it, unmarked, or is left out when only the
    /// approved text had it. The summary counts the changes marked.
    public func only(_ source: ChangeSource) -> EditionDiff {
        let shown = { (origin: ChangeOrigin?) in (origin ?? .unknown).isShown(withOnly: source) }
        var result = self
        if !title.isEmpty, !shown(titleOrigin) {
            result.title = []
            result.titleOrigin = nil
        }
        result.sections = sections.compactMap { section in
            var kept = section
            switch section.status {
            case .unchanged: return section
            case .added, .removed:
                if shown(section.origin) { return section }
                guard section.status == .added else { return nil }
                return section.asInDraft
            case .moved, .changed:
                if section.hasChangedTitle, !shown(section.titleOrigin) {
                    kept.title = [
                        WordRun(
                            change: .same,
                            words: section.title.filter { !$0.isMarker && $0.change != .removed }.flatMap(\.words))
                    ]
                    kept.titleOrigin = nil
                }
                kept.blocks = section.blocks.compactMap { block in
                    if block.status == .same || shown(block.origin) { return block }
                    return block.isInNewEdition ? .whole(.same, block.block, .same) : nil
                }
                if case .moved = section.status, shown(section.origin) { return kept }
                kept.status = kept.hasChanges ? .changed : .unchanged
                kept.origin = nil
                return kept
            }
        }
        var tracing = self.tracing ?? ChangeTracing(traced: true)
        tracing.only = source
        tracing.leftOut = listedOrigins.count - result.listedOrigins.count
        result.tracing = tracing
        return result
    }
}

extension SectionChange {
    /// Whether its heading's words or level changed.
    var hasChangedTitle: Bool { title.contains { $0.change != .same } }

    /// Where the section's own change and its heading's came from, as a redline labels the section:
    /// "changed by the school", "heading: changed in the model".
    var originWords: [String] {
        [origin?.words, titleOrigin.map { "heading: " + $0.words }].compactMap { $0 }
    }

    // An added section as the draft has it, with nothing marked.
    fileprivate var asInDraft: SectionChange {
        var section = self
        section.status = .unchanged
        section.origin = nil
        section.title = [WordRun(change: .same, words: title.flatMap(\.words))]
        section.blocks = blocks.map { .whole(.same, $0.block, .same) }
        return section
    }
}

extension BlockChange {
    /// Whether the block stands in the newer edition (the draft, in a diff to it): kept, changed, added or
    /// moved there (not removed, nor the place a moved block left).
    var isInNewEdition: Bool { status != .removed && move?.isArrival != false }
}
