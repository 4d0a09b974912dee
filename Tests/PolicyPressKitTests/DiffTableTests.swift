import Foundation
import Testing

@testable import PolicyPressKit

/// Tables and footnotes in the diff: a change in any one cell, a removed row, an added column and a
/// changed footnote each give exit status 1 and a change marked at that place in the text, HTML and
/// unified forms. The cases are golden folders of `Fixtures/diff` too (see ``DiffTests``).
@Suite struct DiffTableTests {
    static let cases = [
        "table-cell-changed", "table-heading-changed", "table-row-removed", "table-column-added", "footnote-changed",
    ]

    /// What a case must show: lines of the text form, fragments of the HTML, and text that must stand on
    /// the unified form's removed (`-`) and added (`+`) lines.
    struct Expected: Sendable {
        var text: [String]
        var html: [String]
        var removed: [String]
        var added: [String]
    }

    static let expected: [String: Expected] = [
        "table-cell-changed": Expected(
            text: ["Name: Ms Laura [-Bennett-] {+Marsh+}"],
            html: ["<dt>Name</dt><dd>Ms Laura \(del("Bennett")) \(ins("Marsh"))</dd>"],
            removed: ["Bennett"], added: ["Marsh"]),
        "table-heading-changed": Expected(
            text: ["Columns: Role; Name; [-Responsibility-] {+Duties+}"],
            html: ["Columns: Role; Name; \(del("Responsibility")) \(ins("Duties"))"],
            removed: ["Responsibility"], added: ["Duties"]),
        "table-row-removed": Expected(
            text: [
                "[-Role: Designated Safeguarding Lead-]", "[-Name: Mr Tom Reed-]",
                "[-Responsibility: Keeps the safeguarding log-]",
            ],
            html: ["<dt>\(del("Name"))</dt><dd>\(del("Mr Tom Reed"))</dd>"], removed: ["Mr Tom Reed"], added: []),
        "table-column-added": Expected(
            text: [
                "Columns: Role; Name; {+Phone+}; Responsibility", "{+Phone: 01632 960001+}", "{+Phone: 01632 960002+}",
                "{+Phone: 01632 960003+}",
            ],
            html: [
                "<dt>\(ins("Phone"))</dt><dd>\(ins("01632 960001"))</dd>",
                "<dt>\(ins("Phone"))</dt><dd>\(ins("01632 960003"))</dd>",
            ],
            removed: [], added: ["01632 960001", "01632 960002", "01632 960003"]),
        "footnote-changed": Expected(
            text: ["[1] Keeping Children Safe in Education [-2023,-] {+2024,+} Department"],
            html: ["Keeping Children Safe in Education \(del("2023,")) \(ins("2024,"))"],
            removed: ["2023"], added: ["2024"]),
    ]

    /// `html` as the redline marks removed words.
    static func del(_ html: String) -> String {
        "<del><span class=\"visually-hidden\">[removed: </span>\(html)<span class=\"visually-hidden\">]</span></del>"
    }

    /// `html` as the redline marks added words.
    static func ins(_ html: String) -> String {
        "<ins><span class=\"visually-hidden\">[added: </span>\(html)<span class=\"visually-hidden\">]</span></ins>"
    }

    /// The real command, given the two editions as files, exits 1 and marks the change in every format.
    @Test(arguments: cases)
    func everyFormShowsTheChange(_ name: String) throws {
        let expected = try #require(Self.expected[name])
        let work = try Workspace()
        defer { work.remove() }
        for side in ["old", "new"] {
            try work.write(
                "\(side).md",
                try String(contentsOf: DiffTests.folder.appendingPathComponent("\(name)/\(side).md"), encoding: .utf8))
        }
        func run(_ format: String) throws -> String {
            let result = try work.run([
                "diff", "social-networking", "Content/schools/example", "--from", "old.md", "--to", "new.md",
                "--format", format, "--today", "2026-11-24",
            ])
            #expect(result.status == 1, "\(name), \(format): \(result.stderr)")
            return result.stdout
        }
        let text = try run("text").split(separator: "\n").map(String.init)
        for line in expected.text { #expect(text.contains(line), "\(name): no line '\(line)' in the text form") }
        let html = try run("html")
        for fragment in expected.html { #expect(html.contains(fragment), "\(name): no '\(fragment)' in the HTML form") }
        try Self.expectHunks(try run("unified"), removed: expected.removed, added: expected.added, name: name)
    }

    /// Checks that each of `removed` stands on a `-` line of the unified form and each of `added` on a `+` line.
    static func expectHunks(_ unified: String, removed: [String], added: [String], name: String) throws {
        let lines = unified.split(separator: "\n").filter { !$0.hasPrefix("---") && !$0.hasPrefix("+++") }
        try #require(!lines.isEmpty, "\(name): the unified form is empty")
        for text in removed {
            #expect(lines.contains { $0.hasPrefix("-") && $0.contains(text) }, "\(name): '\(text)' is not removed")
        }
        for text in added {
            #expect(lines.contains { $0.hasPrefix("+") && $0.contains(text) }, "\(name): '\(text)' is not added")
        }
        // What was only removed must not come back on an added line.
        for text in removed where !added.contains(where: { $0.contains(text) }) {
            #expect(!lines.contains { $0.hasPrefix("+") && $0.contains(text) }, "\(name): '\(text)' is added again")
        }
    }

    /// A small table, its header row first, whose every cell fits its column in the text edition.
    static let table = [
        ["Role", "Name", "Term"], ["Headteacher", "Mrs Shah", "Autumn"], ["Chair", "Mr Reed", "Spring"],
        ["Clerk", "Ms Lee", "Summer"],
    ]

    /// An edition of one section holding `table`.
    static func edition(_ table: [[String]]) throws -> Edition {
        let rows = table.map { "| " + $0.joined(separator: " | ") + " |" }
        let markdown = ([rows[0], "| --- | --- | --- |"] + rows.dropFirst()).joined(separator: "\n")
        return try DiffTests.base.withText("# P\n\n## Roles\n\n" + markdown + "\n", file: "table.md")
    }

    /// Every cell in turn, heading or body, gains a word: the diff is not empty, and that word is marked
    /// once, in that cell, in the text and HTML forms, and stands on an added line of the unified form.
    @Test func aChangeInAnyOneCellIsMarkedInThatCell() throws {
        let old = try Self.edition(Self.table)
        for (row, column) in Self.table.indices.flatMap({ row in Self.table[row].indices.map { (row, $0) } }) {
            var table = Self.table
            table[row][column] += " amended"
            let new = try Self.edition(table)
            let diff = EditionDiffer().diff(from: old, to: new)
            let place = "row \(row), column \(column)"
            #expect(!diff.isEmpty && diff.summary.wordsAdded == 1 && diff.summary.wordsRemoved == 0, "\(place)")
            let cell = Self.table[row][column]
            let text = DiffTextWriter().text(of: diff)
            let line =
                row == 0
                ? "Columns: "
                    + Self.table[0].enumerated().map { $0.offset == column ? $0.element + " {+amended+}" : $0.element }
                    .joined(separator: "; ")
                : "\(table[0][column]): \(cell) {+amended+}"
            #expect(text.split(separator: "\n").contains { $0 == line }, "\(place): no line '\(line)' in\n\(text)")
            #expect(text.components(separatedBy: "{+").count == 2, "\(place): more than one change marked")
            let html = DiffHTMLWriter().html(of: diff)
            let fragment =
                row == 0
                ? "\(cell) \(Self.ins("amended"))"
                : "<dt>\(table[0][column])</dt><dd>\(cell) \(Self.ins("amended"))</dd>"
            #expect(html.contains(fragment) && html.components(separatedBy: "<ins>").count == 2, "\(place)")
            let writer = PublishedText()
            let unified = UnifiedDiff.text(
                from: writer.text(of: old), to: writer.text(of: new), oldLabel: "old", newLabel: "new")
            #expect(
                unified.split(separator: "\n").contains { $0.hasPrefix("+") && $0.contains(cell + " amended") },
                "\(place)")
        }
    }

    /// An added column leaves each row paired with its old self, changed by the new cell alone.
    @Test func anAddedColumnChangesEveryRowByItsNewCell() throws {
        let diff = try DiffTests.diff("table-column-added")
        let rows = try #require(diff.sections.first { $0.status == .changed }).blocks.filter(\.block.isTableRow)
        #expect(rows.map(\.status) == [.changed, .changed, .changed, .changed])
        #expect(rows.map { $0.cells.map(\.change) } == Array(repeating: [.same, .same, .added, .same], count: 4))
        #expect(diff.summary.description == "1 section changed; 7 words added, 0 removed.")
    }

    /// A removed row is that row, every cell of it removed, where it stood; the rows around it are kept.
    @Test func aRemovedRowIsThatRowRemoved() throws {
        let diff = try DiffTests.diff("table-row-removed")
        let blocks = try #require(diff.sections.first { $0.status == .changed }).blocks
        #expect(blocks.filter(\.block.isTableRow).map(\.status) == [.same, .same, .same, .removed])
        let removed = try #require(blocks.first { $0.status == .removed })
        #expect(removed.cells.map(\.column) == ["Role", "Name", "Responsibility"])
        #expect(removed.cells.allSatisfy { $0.change == .removed })
    }

    /// A note renumbered because a new one is cited before it is the same note: only the new note and the
    /// citations' numbers are marked.
    @Test func aRenumberedFootnoteIsTheSameNote() throws {
        let old = try DiffTests.base.withText(
            "# P\n\n## S\n\nStaff are vetted.[^dbs]\n\n[^dbs]: Disclosure and Barring Service.\n", file: "old.md")
        let new = try DiffTests.base.withText(
            "# P\n\n## S\n\nStaff are trained[^kcsie] and vetted.[^dbs]\n\n[^kcsie]: Keeping Children Safe in Education.\n\n[^dbs]: Disclosure and Barring Service.\n",
            file: "new.md")
        let blocks = EditionDiffer().diff(from: old, to: new).sections[0].blocks
        #expect(blocks.map(\.status) == [.changed, .added, .same])
        #expect(blocks.map(\.block.firstPrefix) == ["", "[1] ", "[2] "])
        #expect(
            DiffTextWriter().text(of: EditionDiffer().diff(from: old, to: new)).contains(
                "[2] Disclosure and Barring Service."))
    }

    /// A column aligned otherwise is laid out otherwise on the page and in the text edition: a change.
    @Test func aChangedAlignmentIsAChange() throws {
        let old = try Self.edition(Self.table)
        let new = try DiffTests.base.withText(
            old.markdown.replacingOccurrences(of: "| --- | --- | --- |", with: "| --- | --- | ---: |"), file: "new.md")
        let diff = EditionDiffer().diff(from: old, to: new)
        #expect(!diff.isEmpty)
        #expect(DiffTextWriter().text(of: diff).contains("Columns: Role; Name; Term {+(aligned right)+}"))
    }
}
