import Foundation
import FoundationXML
import PropertyBased
import Testing

@testable import PolicyPressKit

/// Two editions, the second made from the first by random edits (words changed, blocks added, removed and
/// moved, sections added, removed, moved and retitled); the diff must account for every word, its unified
/// form must turn the old text into the new, and its HTML must be well formed.
@Suite struct DiffPropertyTests {
    static let words = [
        "governors", "school", "policy", "review", "a<b", "x&y", "“quoted”", "it's", "naïve", "E-Safety", "2026",
        "staff",
    ]

    /// A section as its title and its blocks, each block a list item or a paragraph of words.
    struct Section: Sendable, Equatable {
        var title: String
        var blocks: [(item: Bool, words: [String])]

        static func == (a: Section, b: Section) -> Bool {
            a.title == b.title && a.blocks.map(\.item) == b.blocks.map(\.item)
                && a.blocks.map(\.words) == b.blocks.map(\.words)
        }

        var markdown: String {
            "## \(title)\n\n"
                + blocks.map { ($0.item ? "- " : "") + $0.words.joined(separator: " ") }.joined(separator: "\n\n")
                + "\n"
        }
    }

    struct Pair: Sendable {
        var old: [Section]
        var new: [Section]
    }

    static func block(_ program: inout ProgramReader) -> (item: Bool, words: [String]) {
        (program.choose(3) == 0, (0...program.choose(12)).map { _ in program.pick(words) })
    }

    static func section(_ program: inout ProgramReader, number: Int) -> Section {
        Section(
            title: "Section \(number) \(program.pick(words))",
            blocks: (0...program.choose(5)).map { _ in block(&program) })
    }

    /// Applies the edits the program describes to `sections`.
    static func edited(_ sections: [Section], _ program: inout ProgramReader) -> [Section] {
        var sections = sections
        var added = 100
        while let operation = program.next() {
            let s = program.choose(max(1, sections.count))
            switch operation % 8 {
            case _ where sections.isEmpty || operation % 8 == 0:
                added += 1
                sections.insert(section(&program, number: added), at: min(s, sections.count))
            case 1 where sections.count > 1: sections.remove(at: s)
            case 2:
                let moved = sections.remove(at: s)
                sections.insert(moved, at: program.choose(sections.count + 1))
            case 3: sections[s].title += " and " + program.pick(words)
            case 4: sections[s].blocks.insert(block(&program), at: program.choose(sections[s].blocks.count + 1))
            case 5 where sections[s].blocks.count > 1:
                sections[s].blocks.remove(at: program.choose(sections[s].blocks.count))
            case 6 where !sections[s].blocks.isEmpty:
                let moved = sections[s].blocks.remove(at: program.choose(sections[s].blocks.count))
                sections[s].blocks.insert(moved, at: program.choose(sections[s].blocks.count + 1))
            case 7 where !sections[s].blocks.isEmpty:
                let b = program.choose(sections[s].blocks.count)
                let w = program.choose(sections[s].blocks[b].words.count)
                sections[s].blocks[b].words[w] = program.pick(words)
            default: break
            }
        }
        return sections
    }

    static func pairs() -> Generator<Pair, some SendableSequenceType> {
        zip(Gen.int(in: 1...6), Generators.program(0...40), Generators.program(0...12)).map { count, shape, edits in
            var shapeProgram = ProgramReader(shape), editProgram = ProgramReader(edits)
            let old = (1...count).map { section(&shapeProgram, number: $0) }
            return Pair(old: old, new: edited(old, &editProgram))
        }
    }

    static func edition(_ sections: [Section]) -> Edition {
        try! DiffTests.base.withText(
            "# Online Safety Policy\n\n" + sections.map(\.markdown).joined(separator: "\n"), file: "e.md")
    }

    @Test func anEditionDiffersFromNothingButOthers() async {
        await propertyCheck(count: Generators.count(200), input: Self.pairs()) { pair in
            let old = Self.edition(pair.old), new = Self.edition(pair.new)
            #expect(EditionDiffer().diff(from: old, to: old).isEmpty)
            #expect(EditionDiffer().diff(from: old, to: new).isEmpty == (pair.old == pair.new))
        }
    }

    @Test func theMarkedWordsRebuildBothEditions() async {
        await propertyCheck(count: Generators.count(300), input: Self.pairs()) { pair in
            DiffTests.expectMarkedWordsRebuild(Self.edition(pair.old), Self.edition(pair.new))
        }
    }

    /// A counterexample the property once found, shrunk: an item of one word leaving a section whose heading
    /// went, for a paragraph of another section. Its move is undone (so few words), and the old text must
    /// still read in order.
    @Test func aShortItemLeavingBetweenTwoHeadingsKeepsTheOldTextInOrder() {
        let g = ["governors"]
        let old = [
            Section(title: "Section 1 governors", blocks: [(true, g)]),
            Section(title: "Section 2 governors", blocks: [(true, g), (true, g)]),
            Section(title: "Section 3 governors", blocks: [(true, g)]),
            Section(title: "Section 4 governors", blocks: [(true, g)]),
        ]
        let new = [
            Section(title: "Section 1 governors", blocks: [(true, g)]),
            Section(title: "Section 2 governors", blocks: [(false, g), (true, g), (true, g)]),
            Section(title: "Section 4 governors and governors", blocks: [(true, g)]),
        ]
        DiffTests.expectMarkedWordsRebuild(Self.edition(old), Self.edition(new))
    }

    /// Another: a section's heading that left, its items now in the text of another section, goes with its
    /// section, and the old text still reads in order.
    @Test func aSectionsHeadingThatLeftGoesWithItsSection() {
        let g = ["governors"]
        let old = [
            Section(title: "Section 1 governors", blocks: [(true, g)]),
            Section(title: "Section 2 governors", blocks: [(true, ["school", "governors"])]),
            Section(title: "Section 3 governors", blocks: Array(repeating: (true, g), count: 5)),
            Section(title: "Section 4 governors", blocks: [(true, g)]),
        ]
        let new = [Section(title: "Section 2 governors", blocks: [(true, ["governors", "governors"])])]
        DiffTests.expectMarkedWordsRebuild(Self.edition(old), Self.edition(new))
    }

    /// Applying the unified diff's hunks to the old text edition gives the new one, as `patch` would.
    @Test func theUnifiedDiffTurnsTheOldTextIntoTheNew() async {
        await propertyCheck(count: Generators.count(200), input: Self.pairs()) { pair in
            let writer = PublishedText()
            let old = writer.text(of: Self.edition(pair.old)), new = writer.text(of: Self.edition(pair.new))
            let unified = UnifiedDiff.text(from: old, to: new, oldLabel: "old.txt", newLabel: "new.txt")
            #expect(unified.isEmpty == (old == new))
            #expect(Self.patch(old, with: unified) == new)
        }
    }

    @Test func theRedlineIsWellFormed() async {
        await propertyCheck(count: Generators.count(200), input: Self.pairs()) { pair in
            let html = DiffHTMLWriter().html(
                of: EditionDiffer().diff(from: Self.edition(pair.old), to: Self.edition(pair.new)))
            let parser = XMLParser(data: Data(("<root>" + html + "</root>").utf8))
            #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "") in \(html)")
            #expect(!html.contains("<script") && !html.contains("<b>"))
        }
    }

    /// The text with a unified diff's hunks applied; nil where a hunk does not fit it.
    static func patch(_ text: String, with diff: String) -> String? {
        var old = text.split(separator: "\n", omittingEmptySubsequences: false)
        if old.last == "" { old.removeLast() }
        var result: [Substring] = []
        var position = 0
        for line in diff.split(separator: "\n").dropFirst(2) {
            if line.hasPrefix("@@") {
                // "@@ -start,count +start,count @@": copy the old lines before the hunk.
                let start = Int(line.dropFirst(4).prefix { $0.isNumber })!
                let first = line.contains("-\(start),0 ") ? start : start - 1
                guard first >= position, first <= old.count else { return nil }
                result += old[position..<first]
                position = first
            } else if line.hasPrefix("+") {
                result.append(line.dropFirst())
            } else {
                guard position < old.count, old[position] == line.dropFirst() else { return nil }
                if line.hasPrefix(" ") { result.append(old[position]) }
                position += 1
            }
        }
        result += old[position...]
        return result.isEmpty ? "" : result.joined(separator: "\n") + "\n"
    }
}

/// Issue 13's completeness: a random visible edit of an edition (a word made bold, italic or code, a
/// paragraph split) is always reported; an edit of layout alone (lines wrapped elsewhere, spaces doubled,
/// trailing spaces) never is.
@Suite struct DiffCompletenessPropertyTests {
    static func edited(_ sections: [DiffPropertyTests.Section], choice: Int, kind: Int) -> (
        markdown: String, visible: Bool
    )? {
        var paragraphs: [(section: Int, block: Int)] = []
        for (s, section) in sections.enumerated() {
            for (b, block) in section.blocks.enumerated() where !block.item && block.words.count > 1 {
                paragraphs.append((s, b))
            }
        }
        guard !paragraphs.isEmpty else { return nil }
        let place = paragraphs[choice % paragraphs.count]
        var words = sections[place.section].blocks[place.block].words
        let at = choice % words.count
        let gap = 1 + choice % (words.count - 1)
        var visible = true
        switch kind {
        case 0: words[at] = "**" + words[at] + "**"
        case 1: words[at] = "*" + words[at] + "*"
        case 2: words[at] = "`" + words[at] + "`"
        case 3: words[gap - 1] += "\n\n" + words.remove(at: gap)
        case 4: words[gap - 1] += "\n" + words.remove(at: gap); visible = false
        case 5: words[gap - 1] += "  " + words.remove(at: gap); visible = false
        default: words[words.count - 1] += "   "; visible = false
        }
        var changed = sections
        changed[place.section].blocks[place.block].words = [words.joined(separator: " ")]
        return (changed.map(\.markdown).joined(separator: "\n"), visible)
    }

    @Test func visibleEditsAreReportedAndLayoutIsNot() async {
        let input = zip(DiffPropertyTests.pairs(), Gen.int(in: 0...10_000), Gen.int(in: 0...6))
        await propertyCheck(count: Generators.count(300), input: input) { pair, choice, kind in
            guard let edit = Self.edited(pair.old, choice: choice, kind: kind) else { return }
            let old = DiffPropertyTests.edition(pair.old)
            let new = try! DiffTests.base.withText("# Online Safety Policy\n\n" + edit.markdown, file: "e.md")
            let diff = EditionDiffer().diff(from: old, to: new)
            #expect(
                diff.isEmpty == !edit.visible, "\(edit.markdown.debugDescription)\n\(DiffTextWriter().text(of: diff))")
        }
    }
}
