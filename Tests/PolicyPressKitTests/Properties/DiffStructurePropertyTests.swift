import Foundation
import PropertyBased
import Testing

@testable import PolicyPressKit

/// Issue 27: whatever happens to the headings, the redline marks no more words than a plain word-level
/// LCS diff of the two texts would, plus the words of the headings and list markers that changed.
///
/// Two Markdown documents, the second made from the first by structural edits (headings inserted,
/// removed and re-levelled; sections split, merged and moved; paragraphs moved and edited; lists
/// re-bulleted), are compared as `diff a.md b.md` compares them.
@Suite struct DiffStructurePropertyTests {
    static let words = [
        "staff", "must", "report", "to", "the", "lead", "governors", "school", "policy", "review", "pupils",
        "parents", "safeguarding", "concern", "record", "every", "year", "designated", "person", "and", "of",
        "in", "at", "all", "times", "online", "incident", "head", "teacher", "will",
    ]
    static let headingWords = [
        "Procedures", "Reporting", "Roles", "Training", "Monitoring", "Records", "Scope", "Aims",
    ]

    /// One block of a document, with an identity that edits keep, so that what changed can be told.
    struct Element: Sendable, Equatable {
        enum Kind: Sendable, Equatable {
            case heading(level: Int)
            case paragraph
            case list(ordered: Bool)
        }
        var id: Int
        var kind: Kind
        /// The heading's or paragraph's words, or each item's.
        var lines: [[String]]

        var words: [String] { lines.flatMap { $0 } }

        var markdown: String {
            switch kind {
            case .heading(let level): String(repeating: "#", count: level) + " " + lines[0].joined(separator: " ")
            case .paragraph: lines[0].joined(separator: " ")
            case .list(let ordered):
                lines.enumerated().map { (ordered ? "\($0.offset + 1). " : "- ") + $0.element.joined(separator: " ") }
                    .joined(separator: "\n")
            }
        }

        var isHeading: Bool {
            if case .heading = kind { return true } else { return false }
        }
    }

    struct Pair: Sendable, CustomStringConvertible {
        var old: [Element]
        var new: [Element]

        var description: String { "old:\n\(Self.markdown(old))\nnew:\n\(Self.markdown(new))" }

        static func markdown(_ elements: [Element]) -> String {
            elements.map(\.markdown).joined(separator: "\n\n") + "\n"
        }
    }

    /// A paragraph's or item's words: at least four, since the redline takes fewer moved to another place for
    /// words that stand in both by chance (`EditedMoves.fewestWords`), removed in one and added in the other;
    /// and a rule's number, so that no two are the same, as no two of a policy's are.
    static func sentence(_ program: inout ProgramReader, id: Int, line: Int = 0) -> [String] {
        (1..<(EditedMoves.fewestWords + program.choose(12))).map { _ in program.pick(words) } + ["\(id).\(line)"]
    }

    static func element(_ program: inout ProgramReader, id: Int) -> Element {
        switch program.choose(6) {
        case 0: Element(id: id, kind: .heading(level: 2 + program.choose(3)), lines: [heading(&program, id: id)])
        case 1:
            Element(
                id: id, kind: .list(ordered: program.choose(2) == 0),
                lines: (0...program.choose(4)).map { sentence(&program, id: id, line: $0) })
        default: Element(id: id, kind: .paragraph, lines: [sentence(&program, id: id)])
        }
    }

    /// A heading's words, its number last: one document's headings differ, as a policy's do. (Headings
    /// that repeat are paired by the stream alone, see `EditionDiffer.sectionPairs`.)
    static func heading(_ program: inout ProgramReader, id: Int) -> [String] {
        (0...program.choose(2)).map { _ in program.pick(headingWords) } + ["\(id)"]
    }

    /// The section that starts at `start`: its heading and what follows up to the next heading of its level
    /// or above.
    static func sectionEnd(_ elements: [Element], from start: Int) -> Int {
        guard case .heading(let level) = elements[start].kind else { return start + 1 }
        var end = start + 1
        while end < elements.count {
            if case .heading(let other) = elements[end].kind, other <= level { break }
            end += 1
        }
        return end
    }

    /// Applies the edits the program describes.
    static func edited(_ elements: [Element], _ program: inout ProgramReader) -> [Element] {
        var elements = elements
        var nextID = 1000
        while let operation = program.next() {
            let at = program.choose(max(1, elements.count))
            let headings = elements.indices.filter { elements[$0].isHeading }
            switch operation % 8 {
            case _ where elements.isEmpty || operation % 8 == 0:
                // A heading inserted: a section split in two, or a new one.
                nextID += 1
                elements.insert(
                    Element(
                        id: nextID, kind: .heading(level: 2 + program.choose(3)), lines: [heading(&program, id: nextID)]
                    ),
                    at: min(at, elements.count))
            case 1 where !headings.isEmpty:
                // A heading removed: two sections merged.
                elements.remove(at: headings[at % headings.count])
            case 2 where !headings.isEmpty:
                let h = headings[at % headings.count]
                elements[h].kind = .heading(level: 2 + program.choose(3))
            case 3 where !headings.isEmpty:
                // A section moved whole.
                let h = headings[at % headings.count]
                let section = Array(elements[h..<sectionEnd(elements, from: h)])
                elements.removeSubrange(h..<(h + section.count))
                elements.insert(contentsOf: section, at: program.choose(elements.count + 1))
            case 4:
                // A block moved; a heading moved apart from its text is one removed and one added.
                var moved = elements.remove(at: at)
                if moved.isHeading {
                    nextID += 1
                    moved.id = nextID
                    moved.lines[0][moved.lines[0].count - 1] = "\(nextID)"
                }
                elements.insert(moved, at: program.choose(elements.count + 1))
            case 5 where !elements[at].isHeading:
                // A word changed, added or taken out.
                let line = program.choose(elements[at].lines.count)
                var words = elements[at].lines[line]
                let w = program.choose(words.count)
                switch program.choose(3) {
                case 0: words[w] = program.pick(Self.words)
                case 1: words.insert(program.pick(Self.words), at: w)
                default: if words.count > EditedMoves.fewestWords { words.remove(at: w) }
                }
                elements[at].lines[line] = words
            case 6:
                if case .list(let ordered) = elements[at].kind { elements[at].kind = .list(ordered: !ordered) }
            case 7:
                nextID += 1
                elements.insert(element(&program, id: nextID), at: at)
            default: break
            }
        }
        return merged(elements)
    }

    /// Lists of one kind next to each other are one list, as Markdown reads them.
    static func merged(_ elements: [Element]) -> [Element] {
        var result: [Element] = []
        for element in elements {
            if case .list = element.kind, let last = result.last, last.kind == element.kind {
                result[result.count - 1].lines += element.lines
            } else {
                result.append(element)
            }
        }
        return result
    }

    static func pairs() -> Generator<Pair, some SendableSequenceType> {
        zip(Generators.program(0...80), Generators.program(1...10)).map { shape, edits in
            var shapeProgram = ProgramReader(shape)
            var editProgram = ProgramReader(edits)
            var old: [Element] = []
            while !shapeProgram.isAtEnd { old.append(element(&shapeProgram, id: old.count)) }
            old = merged(old)
            return Pair(old: old, new: edited(old, &editProgram))
        }
    }

    /// The words a plain LCS diff of the two word streams marks, removed and added.
    static func lcsMarked(_ a: [String], _ b: [String]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        for word in a {
            var diagonal = 0
            for j in b.indices {
                let above = row[j + 1]
                row[j + 1] = word == b[j] ? diagonal + 1 : max(row[j], above)
                diagonal = above
            }
        }
        return a.count + b.count - 2 * (row.last ?? 0)
    }

    /// The words of the headings that changed, counted on each side they stand: added, removed, moved (out of
    /// the order the headings of both keep) or set at another level; and the markers of the lists of
    /// another kind.
    static func structureWords(_ pair: Pair) -> Int {
        let oldHeadings = pair.old.filter(\.isHeading), newHeadings = pair.new.filter(\.isHeading)
        let kept = EditScript.align(oldHeadings.map { "\($0.id)" }, newHeadings.map { "\($0.id)" })
        var count = 0
        for step in kept {
            switch step {
            case .same(let i, let j) where oldHeadings[i].kind != newHeadings[j].kind:
                count += oldHeadings[i].words.count + newHeadings[j].words.count
            case .same: break
            case .removed(let i): count += oldHeadings[i].words.count
            case .added(let j): count += newHeadings[j].words.count
            }
        }
        let old = Dictionary(pair.old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for element in pair.new {
            if case .list = element.kind, let before = old[element.id], before.kind != element.kind {
                count += 2 * element.lines.count
            }
        }
        return count
    }

    static func edition(_ elements: [Element]) -> Edition {
        DiffTests.base.withDocument(
            MarkdownDocumentReader().parts(of: SourceText(path: "a.md", text: Pair.markdown(elements))))
    }

    @Test func theRedlineMarksNoMoreThanAWordDiffPlusTheStructureThatChanged() async {
        await propertyCheck(count: Generators.count(150), input: Self.pairs()) { pair in Self.check(pair) }
    }

    static func check(_ pair: Pair) {
        let diff = EditionDiffer().diff(from: Self.edition(pair.old), to: Self.edition(pair.new))
        let marked = diff.summary.wordsAdded + diff.summary.wordsRemoved
        let plain = Self.lcsMarked(pair.old.flatMap(\.words), pair.new.flatMap(\.words))
        let structure = Self.structureWords(pair)
        #expect(
            marked <= plain + structure,
            "marked \(marked), a word diff \(plain), the structure \(structure)\n\(pair)\n\(DiffTextWriter().text(of: diff))"
        )
    }

    /// Counterexamples the property once found, shrunk, kept so that they stay fixed.
    static let found: [Pair] = {
        let staff = { (count: Int, tail: [String]) in [String](repeating: "staff", count: count) + tail }
        let p = { (id: Int, words: [String]) in Element(id: id, kind: .paragraph, lines: [words]) }
        let h = { (id: Int, level: Int) in
            Element(id: id, kind: .heading(level: level), lines: [["Procedures", "\(id)"]])
        }
        return [
            // A paragraph moved past another and edited: aligned as a paragraph break kept, it marked more words.
            Pair(
                old: [p(0, staff(4, ["must", "must", "must", "0.0"])), p(1, staff(3, ["1.0"]))],
                new: [p(1, staff(3, ["1.0"])), p(0, staff(5, ["must", "must", "0.0"]))]),
            // A short paragraph kept between two changes, one of them a paragraph moved and edited.
            Pair(
                old: [p(0, ["staff", "must", "must", "0.0"]), p(1, ["must"] + staff(4, ["1.0"]))],
                new: [p(1, staff(5, ["1.0"])), p(0, ["staff", "must", "must", "0.0"])]),
            // A paragraph moved and edited into another section, alike a neighbour where it stood too.
            Pair(
                old: [
                    Element(id: 0, kind: .list(ordered: true), lines: [staff(3, ["0.0"])]), h(1, 2),
                    p(2, staff(13, ["2.0"])), p(3, staff(4, ["3.0"])), p(4, ["must"] + staff(2, ["4.0"])),
                ],
                new: [
                    p(3, staff(3, ["3.0"])), Element(id: 0, kind: .list(ordered: true), lines: [staff(3, ["0.0"])]),
                    h(1, 2), p(2, staff(13, ["2.0"])), p(4, staff(3, ["4.0"])),
                ]),
        ]
    }()

    @Test(arguments: found.indices) func theCounterexamplesFoundStayFixed(_ index: Int) {
        Self.check(Self.found[index])
    }
}
