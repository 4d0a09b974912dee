/// A subheading raised to a section of its own (`### Staff` made `## Staff`, its paragraphs unchanged) is
/// one change of level, not a section's tail removed and a new section added: the diff shows the new
/// section with its heading's level marked and its words kept.
enum PromotedHeadings {
    /// The sections with each run of such added sections joined to the removed subsections they came from.
    static func joined(_ sections: [SectionChange]) -> [SectionChange] {
        var result = sections
        var index = 0
        while index < result.count {
            var next = index + 1
            while next < result.count, result[next].status == .added { next += 1 }
            if next > index + 1, result[index].oldNumber != nil, result[index].newNumber != nil {
                join(&result, paired: index, added: index + 1..<next)
            }
            index = next
        }
        return result
    }

    // The removed blocks at the end of the paired section must be, in order, each added section's title as
    // a heading and then its blocks, word for word.
    private static func join(_ sections: inout [SectionChange], paired: Int, added: Range<Int>) {
        var expected: [(text: String, level: Int?)] = []
        for index in added {
            expected.append((sections[index].title.flatMap(\.words).joined(separator: " "), nil))
            expected += sections[index].blocks.map { ($0.block.text, 0) }
        }
        let blocks = sections[paired].blocks
        guard blocks.count >= expected.count else { return }
        let tail = blocks[(blocks.count - expected.count)...]
        let matches = zip(tail, expected).allSatisfy { change, wanted in
            guard change.status == .removed, change.block.text == wanted.text else { return false }
            if case .heading(let level) = change.block.kind { return wanted.level == nil && level > 2 }
            return wanted.level != nil
        }
        guard matches else { return }
        var levels = tail.compactMap { change -> Int? in
            if case .heading(let level) = change.block.kind { return level } else { return nil }
        }.makeIterator()
        sections[paired].blocks.removeLast(expected.count)
        if !sections[paired].hasChanges, sections[paired].status == .changed { sections[paired].status = .unchanged }
        for index in added {
            let level = levels.next() ?? 3
            var section = sections[index]
            section.status = .changed
            section.oldNumber = nil
            section.title = [
                WordRun(change: .removed, words: [Substring(String(repeating: "#", count: level))], isMarker: true),
                WordRun(change: .added, words: ["##"], isMarker: true),
                WordRun(change: .same, words: section.title.flatMap(\.words)),
            ]
            section.blocks = section.blocks.map { BlockChange.whole(.same, $0.block, .same) }
            sections[index] = section
        }
    }
}
