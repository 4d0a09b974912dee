/// A subheading raised to a section of its own (`### Staff` made `## Staff`, its paragraphs unchanged), or a
/// section lowered to a subheading of the one before it, is one change of level, not a section's tail
/// removed and a new section added (or the other way round): the diff shows the heading's level marked and
/// its words and paragraphs kept.
enum ChangedHeadingLevels {
    /// The sections with such added or removed sections joined to the subsections they became or came from.
    static func joined(_ sections: [SectionChange]) -> [SectionChange] {
        var result = sections
        var index = 0
        while index < result.count {
            var next = index + 1
            if next < result.count, [.added, .removed].contains(result[next].status) {
                let status = result[next].status
                while next < result.count, result[next].status == status { next += 1 }
                if result[index].oldNumber != nil, result[index].newNumber != nil {
                    if status == .added {
                        promote(&result, paired: index, added: index + 1..<next)
                    } else if demote(&result, paired: index, removed: index + 1..<next) {
                        next = index + 1
                    }
                }
            }
            index = next
        }
        return result
    }

    // The blocks at the end of the paired section's text (before its footnotes, which the diff puts last)
    // with `status` must be, in order, each section's title as a heading deeper than the sections' own and
    // then its blocks, word for word.
    private static func subsections(
        of sections: [SectionChange], paired: Int, _ range: Range<Int>, status: BlockChange.Status
    ) -> Range<Int>? {
        var expected: [(text: String, isHeading: Bool)] = []
        for index in range {
            expected.append((sections[index].title.flatMap(\.words).joined(separator: " "), true))
            expected += sections[index].blocks.map { ($0.block.text, false) }
        }
        let blocks = sections[paired].blocks
        let end = blocks.firstIndex { $0.block.context.hasPrefix("footnote") } ?? blocks.count
        guard end >= expected.count else { return nil }
        let tail = blocks[(end - expected.count)..<end]
        let matches = zip(tail, expected).allSatisfy { change, wanted in
            guard change.status == status, change.block.text == wanted.text else { return false }
            if case .heading(let level) = change.block.kind { return wanted.isHeading && level > (sections[paired].level ?? 0) }
            return !wanted.isHeading
        }
        return matches ? tail.indices : nil
    }

    /// A heading's level as marks, the old struck and the new added: `###` to `##`, or `¶` for no heading.
    static func levelMarks(from old: Int?, to new: Int?) -> [WordRun] {
        let mark = { (level: Int?) in Substring(level.map { String(repeating: "#", count: $0) } ?? "¶") }
        return [WordRun(change: .removed, words: [mark(old)], isMarker: true), WordRun(change: .added, words: [mark(new)], isMarker: true)]
    }

    private static func promote(_ sections: inout [SectionChange], paired: Int, added: Range<Int>) {
        guard let tail = subsections(of: sections, paired: paired, added, status: .removed) else { return }
        var levels = sections[paired].blocks[tail].compactMap { change -> Int? in
            if case .heading(let level) = change.block.kind { return level } else { return nil }
        }.makeIterator()
        sections[paired].blocks.removeSubrange(tail)
        if !sections[paired].hasChanges, sections[paired].status == .changed { sections[paired].status = .unchanged }
        for index in added {
            var section = sections[index]
            section.status = .changed
            section.oldNumber = nil
            section.title = levelMarks(from: levels.next(), to: section.level) + [WordRun(change: .same, words: section.title.flatMap(\.words))]
            section.blocks = section.blocks.map { BlockChange.whole(.same, $0.block, .same) }
            sections[index] = section
        }
    }

    private static func demote(_ sections: inout [SectionChange], paired: Int, removed: Range<Int>) -> Bool {
        guard let tail = subsections(of: sections, paired: paired, removed, status: .added) else { return false }
        var levels = removed.map { sections[$0].level }.makeIterator()
        sections[paired].blocks[tail] = ArraySlice(sections[paired].blocks[tail].map { change in
            guard case .heading(let level) = change.block.kind else { return BlockChange.whole(.same, change.block, .same) }
            let words = levelMarks(from: levels.next() ?? nil, to: level) + [WordRun(change: .same, words: change.block.words)]
            return BlockChange(status: .changed, block: change.block, words: words)
        })
        sections.removeSubrange(removed)
        return true
    }
}
