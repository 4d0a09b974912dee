import Foundation
import Testing

@testable import PolicyPressKit

/// Golden diffs of two editions: `Fixtures/diff/CASE/old.md` and `new.md` give `expected.txt` (the
/// wdiff-style text), `expected.html` (the redline's body) and `expected.unified`.
@Suite struct DiffTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("diff")
    static let cases =
        [
            "unchanged", "one-word-changed", "paragraph-added-in-middle", "section-moved", "list-items-reordered",
            "section-removed", "whole-rewrite",
        ] + DiffTableTests.cases
    // The whole rewrite is left out on purpose: a block that shares less than half its words with the old
    // one is shown as replaced whole, where wdiff keeps every "the" and "and" it can line up across the text.
    static let withoutMoves = ["unchanged", "one-word-changed", "paragraph-added-in-middle", "section-removed"]
    // The removed row is left out on purpose: the text edition lays the table out again without it, and of two
    // shortest scripts, one keeping the first of two blank lines and one the second, GNU diff picks the
    // first and `difference(from:)` the second.
    static let agreeingWithDiffU = cases.filter { $0 != "table-row-removed" }

    static let base = Edition(
        policyID: "online-safety", title: "Online Safety Policy", schoolName: "Oakfield Primary School",
        approver: "Governing Body",
        reviewCycle: ReviewCycle(months: 12), statutory: true, publish: true, summary: "", related: [], sections: [])

    static func editions(_ name: String) throws -> (old: Edition, new: Edition) {
        let old = try String(contentsOf: folder.appendingPathComponent("\(name)/old.md"), encoding: .utf8)
        let new = try String(contentsOf: folder.appendingPathComponent("\(name)/new.md"), encoding: .utf8)
        return (try base.withText(old, file: "old.md"), try base.withText(new, file: "new.md"))
    }

    static func diff(_ name: String) throws -> EditionDiff {
        let (old, new) = try editions(name)
        return EditionDiffer().diff(from: old, to: new)
    }

    @Test(arguments: cases)
    func matchesGoldens(_ name: String) throws {
        let (old, new) = try Self.editions(name)
        let diff = EditionDiffer().diff(from: old, to: new)
        let expected = Self.folder.appendingPathComponent(name)
        Golden.check(
            "\(diff.summary)\n\n" + DiffTextWriter().text(of: diff),
            against: expected.appendingPathComponent("expected.txt"))
        Golden.check(DiffHTMLWriter().html(of: diff), against: expected.appendingPathComponent("expected.html"))
        let writer = PublishedText()
        Golden.check(
            UnifiedDiff.text(
                from: writer.text(of: old), to: writer.text(of: new), oldLabel: "old.md", newLabel: "new.md"),
            against: expected.appendingPathComponent("expected.unified"))
    }

    @Test func unchangedHasNoChanges() throws {
        let diff = try Self.diff("unchanged")
        #expect(diff.isEmpty)
        #expect(diff.summary.description == "No changes.")
        #expect(!DiffTextWriter().text(of: diff).contains("[-"))
    }

    @Test func oneChangedWordIsThatWord() throws {
        let diff = try Self.diff("one-word-changed")
        #expect(diff.summary.description == "1 section changed; 1 word added, 1 removed.")
        let filtering = try #require(diff.sections.first { $0.status == .changed })
        #expect(filtering.newNumber == 3)
        #expect(
            filtering.blocks[0].words.filter { $0.change != .same } == [
                WordRun(change: .removed, words: ["month."]), WordRun(change: .added, words: ["week."]),
            ])
    }

    @Test func anAddedParagraphIsAddedWhole() throws {
        let diff = try Self.diff("paragraph-added-in-middle")
        let roles = diff.sections[1]
        #expect(roles.status == .changed)
        #expect(roles.blocks.map(\.status) == [.same, .added, .added])
        #expect(diff.summary.wordsRemoved == 0)
    }

    @Test func aMovedSectionIsShownAsMovedNotRewritten() throws {
        let diff = try Self.diff("section-moved")
        #expect(diff.sections.map(\.status) == [.unchanged, .unchanged, .unchanged, .moved(from: 2), .unchanged])
        #expect(diff.summary.description == "1 section moved; no words added or removed.")
        #expect(DiffTextWriter().text(of: diff).contains("4. Roles (moved from section 2 to section 4)"))
    }

    @Test func reorderedListItemsAreMovedAndKeepTheirWords() throws {
        let diff = try Self.diff("list-items-reordered")
        let section = try #require(diff.sections.first { $0.status == .changed })
        #expect(section.blocks.filter { $0.status == .moved }.count == 2)
        #expect(!section.blocks.contains { $0.status == .added || $0.status == .removed })
        #expect(diff.summary.wordsAdded == 0 && diff.summary.wordsRemoved == 0)
        #expect(diff.summary.description == "1 section changed; 2 passages moved; no words added or removed.")
    }

    @Test func aRemovedSectionStaysWhereItWas() throws {
        let diff = try Self.diff("section-removed")
        #expect(diff.sections.map(\.status) == [.unchanged, .unchanged, .removed, .unchanged, .unchanged])
        #expect(diff.sections[2].oldNumber == 3)
        #expect(diff.summary.sectionsRemoved == 1)
    }

    /// Found by the property tests: a removed block after a changed one was shown before it.
    @Test func aRemovedBlockAfterAChangedOneIsShownAfterIt() throws {
        let old = try Self.base.withText("# P\n\n## S\n\n- school governors\n\n- governors\n", file: "old.md")
        let new = try Self.base.withText("# P\n\n## S\n\n- school\n", file: "new.md")
        let blocks = EditionDiffer().diff(from: old, to: new).sections[0].blocks
        #expect(blocks.map(\.status) == [.changed, .removed])
        // One item left, the list's items are no longer spaced apart (on the page, no longer paragraphs).
        #expect(
            blocks.map { $0.words.flatMap(\.words).joined(separator: " ") } == [
                "• (spaced) • school governors", "governors",
            ])
    }

    /// Found by the property tests: a block removed once and added twice moved once and was added once.
    @Test func aRepeatedBlockMovesOnlyAsOftenAsItWasRemoved() throws {
        let old = try Self.base.withText("# P\n\n## S\n\n- governors\n\n- staff\n", file: "old.md")
        let new = try Self.base.withText("# P\n\n## S\n\n- staff\n\n- governors\n\n- governors\n", file: "new.md")
        let statuses = EditionDiffer().diff(from: old, to: new).sections[0].blocks.map(\.status)
        #expect(statuses.filter { $0 == .moved }.count == 1)
        #expect(statuses.filter { $0 == .added }.count == 1)
        Self.expectMarkedWordsRebuild(old, new)
    }

    @Test func aWholeRewriteChangesEverySection() throws {
        let diff = try Self.diff("whole-rewrite")
        #expect(diff.sections.allSatisfy { $0.status == .changed })
        #expect(diff.summary.wordsAdded > 50 && diff.summary.wordsRemoved > 50)
    }

    /// Each changed section's heading links to the next changed section, the last back to the summary:
    /// one link a changed section, whatever the number of changes in it.
    @Test func everyChangedSectionLinksToTheNext() throws {
        for name in Self.cases {
            let diff = try Self.diff(name)
            let html = DiffHTMLWriter().html(of: diff)
            let changed = diff.sections.indices.filter { diff.sections[$0].status != .unchanged }
            for (position, index) in changed.enumerated() {
                let target =
                    position + 1 < changed.count ? "#" + DiffHTMLWriter.anchor(changed[position + 1]) : "#summary"
                #expect(html.contains("href=\"\(target)\""), "\(name): section \(index + 1) should link to \(target)")
            }
            #expect(html.components(separatedBy: "class=\"next-change\"").count - 1 == changed.count, "\(name)")
        }
    }

    @Test func longUnchangedStretchesFold() throws {
        let body = (1...12).map { "Paragraph number \($0) stays as it was." }.joined(separator: "\n\n")
        let edition = { (extra: String) in
            try DiffTests.base.withText(
                "# Online Safety Policy\n\n## Roles\n\n" + body + "\n\n" + extra + "\n", file: "e.md")
        }
        let html = DiffHTMLWriter().html(
            of: EditionDiffer().diff(from: try edition("The end."), to: try edition("The new end.")))
        #expect(html.contains("<details class=\"diff-folded\"><summary>11 unchanged paragraphs</summary>"), "\(html)")
        #expect(html.contains("Paragraph number 12 stays"))
    }

    /// Whatever is marked, the kept and added words rebuild the new text in order, and the kept and removed
    /// words the old text (in order when nothing moved, as the same words when something did).
    @Test(arguments: cases)
    func theMarkedWordsRebuildBothEditions(_ name: String) throws {
        let (old, new) = try Self.editions(name)
        Self.expectMarkedWordsRebuild(old, new)
    }

    static func expectMarkedWordsRebuild(
        _ old: Edition, _ new: Edition, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let diff = EditionDiffer().diff(from: old, to: new)
        let flattener = DiffBlockFlattener()
        let words = { (edition: Edition) in
            edition.sections.flatMap {
                $0.title.split(separator: " ") + flattener.blocks(of: $0.markdown).flatMap(\.words)
            }
        }
        // Marks of where a block starts (a paragraph split or joined) hold no words of either edition.
        let runs = { (sections: [SectionChange]) in
            sections.flatMap { $0.title + $0.blocks.flatMap(\.words) }.filter { !$0.isMarker }
        }
        #expect(
            runs(diff.sections).filter { $0.change != .removed }.flatMap(\.words) == words(new),
            sourceLocation: sourceLocation)

        // The old edition's words stand in the diff in their order, removed ones where they stood; a block moved
        // from another section is struck where it stood, and its words there are the old edition's.
        let inOldOrder = diff.sections.map { section in
            var section = section
            section.blocks.removeAll { if case .fromSection = $0.move { return true } else { return false } }
            return section
        }
        let oldWords = runs(inOldOrder).filter { $0.change != .added }.flatMap(\.words)
        let moved = diff.sections.contains {
            if case .moved = $0.status { return true } else { return $0.blocks.contains { $0.status == .moved } }
        }
        if moved {
            #expect(oldWords.sorted() == words(old).sorted(), sourceLocation: sourceLocation)
        } else {
            #expect(oldWords == words(old), sourceLocation: sourceLocation)
        }
    }

    /// The words marked removed and added are the ones wdiff finds in the two plain-text editions.
    @Test(arguments: withoutMoves)
    func agreesWithWdiff(_ name: String) throws {
        let wdiff = try #require(CommandRunner.which("wdiff"), "wdiff is missing: run scripts/setup.sh")
        let (old, new) = try Self.editions(name)
        let work = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try Self.plainText(old).write(to: work.appendingPathComponent("old.txt"), atomically: true, encoding: .utf8)
        try Self.plainText(new).write(to: work.appendingPathComponent("new.txt"), atomically: true, encoding: .utf8)
        let marked = try CommandRunner.run(wdiff, ["old.txt", "new.txt"], in: work).stdout

        let diff = EditionDiffer().diff(from: old, to: new)
        let runs = diff.sections.flatMap { $0.title + $0.blocks.flatMap(\.words) }
        #expect(Self.words(runs, .removed) == Self.words(inside: marked, open: "[-", close: "-]"))
        #expect(Self.words(runs, .added) == Self.words(inside: marked, open: "{+", close: "+}"))
    }

    /// The unified form has the hunks GNU diff -u prints for the same two texts.
    @Test(arguments: agreeingWithDiffU)
    func unifiedAgreesWithDiffU(_ name: String) throws {
        let diffCommand = try #require(CommandRunner.which("diff"))
        let (old, new) = try Self.editions(name)
        let writer = PublishedText()
        let work = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try writer.text(of: old).write(to: work.appendingPathComponent("old.txt"), atomically: true, encoding: .utf8)
        try writer.text(of: new).write(to: work.appendingPathComponent("new.txt"), atomically: true, encoding: .utf8)
        let theirs = try CommandRunner.run(diffCommand, ["-u", "old.txt", "new.txt"], in: work).stdout
        let ours = UnifiedDiff.text(
            from: writer.text(of: old), to: writer.text(of: new), oldLabel: "old.txt", newLabel: "new.txt")
        let hunks = { (text: String) in
            text.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("@@") }
        }
        #expect(Array(hunks(ours)) == Array(hunks(theirs)))
        #expect(ours.isEmpty == theirs.isEmpty)
    }

    // Each section's title and text, without the numbers and underlines the diff does not compare.
    static func plainText(_ edition: Edition) -> String {
        edition.sections.map {
            $0.title + "\n\n" + PlainTextWriter().text(from: CommonMarkConverter().document(from: $0.markdown))
        }
        .joined(separator: "\n")
    }

    static func isMarker(_ word: Substring) -> Bool {
        ["•", "◦", "▪", "|"].contains(word)
            || (word.hasSuffix(".") && word.dropLast().allSatisfy(\.isNumber) && !word.dropLast().isEmpty)
    }

    static func words(_ runs: [WordRun], _ change: WordRun.Change) -> [Substring] {
        runs.filter { $0.change == change }.flatMap(\.words).filter { !isMarker($0) }.sorted()
    }

    static func words(inside output: String, open: String, close: String) -> [Substring] {
        var words: [Substring] = []
        var rest = Substring(output)
        while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close) {
            words += rest[start.upperBound..<end.lowerBound].split(whereSeparator: \.isWhitespace)
            rest = rest[end.upperBound...]
        }
        return words.filter { !isMarker($0) }.sorted()
    }
}
