import PolicyPressKit
import Testing

/// A diff never says "No changes." when the published text differs, and never marks a change when only
/// the Markdown's layout differs: each case from issue 13's list, in one section.
@Suite struct DiffCompletenessTests {
    static func diff(_ old: String, _ new: String) throws -> (isEmpty: Bool, text: String) {
        let edition = { (body: String) in
            try DiffTests.base.withText("# Online Safety Policy\n\n## Roles\n\n" + body, file: "e.md")
        }
        let diff = EditionDiffer().diff(from: try edition(old), to: try edition(new))
        return (diff.isEmpty, DiffTextWriter().text(of: diff))
    }

    /// Pairs whose pages differ, and what the text form must say.
    static let visible: [(String, String, String)] = [
        ("Governors **must** approve it.\n", "Governors must approve it.\n", "must {+(no longer bold)+}"),
        ("Governors must approve it.\n", "Governors *must* approve it.\n", "must {+(now italic)+}"),
        ("Run `check` first.\n", "Run check first.\n", "check {+(no longer code)+}"),
        (
            "See [the guide](https://a.example/guide).\n", "See [the guide](https://b.example/guide).\n",
            "{+<https://b.example/guide>.+}"
        ),
        ("1. one\n2. two\n", "- one\n- two\n", "[-1.-] {+•+} one"),
        ("1. one\n2. two\n", "5. one\n6. two\n", "[-1.-] {+5.+} one"),
        ("### Types\n\nText.\n", "#### Types\n\nText.\n", "[-###-] {+####+} Types"),
        ("One sentence. Another sentence.\n", "One sentence.\n\nAnother sentence.\n", "{+¶+} Another"),
        ("One sentence.\n\nAnother sentence.\n", "One sentence. Another sentence.\n", "[-¶-] Another"),
        ("Keep ~~this~~ that.\n", "Keep this that.\n", "this {+(no longer struck out)+}"),
        (
            "| Role | Who |\n| --- | --- |\n| Chair | Ann |\n", "| Role | Who |\n| --- | --- |\n| Chair | Bob |\n",
            "Who: [-Ann-] {+Bob+}"
        ),
        ("Read this.[^a]\n\n[^a]: Old note.\n", "Read this.[^a]\n\n[^a]: New note.\n", "[-Old-] {+New+} note."),
        ("It's the school's rule.\n", "It\u{2019}s the school\u{2019}s rule.\n", "It\u{2019}s {+(was It's)+} the"),
    ]

    @Test func quotesAloneAreCountedApartFromWords() throws {
        let edition = { (body: String) in
            try DiffTests.base.withText("# Online Safety Policy\n\n## Roles\n\n" + body, file: "e.md")
        }
        let diff = EditionDiffer().diff(
            from: try edition("It's the school's \"rule\" now.\n"),
            to: try edition("It\u{2019}s the school\u{2019}s \u{201C}rule\u{201D} now.\n"))
        #expect(diff.summary.description == "1 section changed; 3 words with other quotes; no words added or removed.")
    }

    @Test(arguments: visible.indices)
    func aVisibleChangeIsMarkedWhereItIs(_ index: Int) throws {
        let (old, new, mark) = Self.visible[index]
        let result = try Self.diff(old, new)
        #expect(!result.isEmpty, "no change found between \(old.debugDescription) and \(new.debugDescription)")
        #expect(result.text.contains(mark), "\(result.text)")
    }

    /// Pairs whose pages are the same.
    static let invisible: [(String, String)] = [
        ("Governors  must approve it.\n", "Governors must approve it.\n"),
        ("Governors must\napprove it.\n", "Governors must approve\nit.\n"),
        ("Governors must approve it.   \n", "Governors must approve it.\n"),
        ("* one\n* two\n", "- one\n- two\n"),
        ("Governors __must__ approve.\n", "Governors **must** approve.\n"),
        ("1. one\n1. two\n", "1. one\n2. two\n"),
    ]

    @Test(arguments: invisible.indices)
    func aChangeOfLayoutAloneIsNoChange(_ index: Int) throws {
        let (old, new) = Self.invisible[index]
        let result = try Self.diff(old, new)
        #expect(result.isEmpty, "\(result.text)")
    }
}

/// Whole documents read as `--from FILE` reads them: a heading's level and the title are part of the text.
@Suite struct DocumentDiffCompletenessTests {
    static func diff(_ old: String, _ new: String) throws -> (isEmpty: Bool, text: String, summary: String) {
        let read = { (text: String) -> Edition in
            let parts = MarkdownDocumentReader().parts(of: SourceText(path: "doc.md", text: text))
            var edition = DiffTests.base.withDocument(parts)
            edition.title = parts.title ?? edition.title
            return edition
        }
        let diff = EditionDiffer().diff(from: read(old), to: read(new))
        return (diff.isEmpty, DiffTextWriter().text(of: diff), diff.summary.description)
    }

    @Test func headingsThatOnlyChangedLevelAreThatChangeAlone() throws {
        let result = try Self.diff(
            "# P\n\n### Scope\n\nText.\n\n### Roles\n\nMore.\n", "# P\n\n## Scope\n\nText.\n\n## Roles\n\nMore.\n")
        #expect(!result.isEmpty)
        #expect(result.text.contains("[-###-] {+##+} Scope"), "\(result.text)")
        #expect(result.summary == "2 sections changed; no words added or removed.")
    }

    @Test func aChangedTitleIsAChange() throws {
        let result = try Self.diff("# Old Policy\n\n## Scope\n\nText.\n", "# New Policy\n\n## Scope\n\nText.\n")
        #expect(!result.isEmpty)
        #expect(result.text.contains("Title: [-Old-] {+New+} Policy"), "\(result.text)")
    }

    @Test func aSubheadingRaisedToASectionIsThatChangeAlone() throws {
        let result = try Self.diff(
            "# P\n\n## Roles\n\nWho does what.\n\n### Staff\n\nStaff teach.\n\n### Parents\n\nParents help.\n",
            "# P\n\n## Roles\n\nWho does what.\n\n## Staff\n\nStaff teach.\n\n## Parents\n\nParents help.\n")
        #expect(result.summary == "2 sections changed; no words added or removed.")
        #expect(result.text.contains("2. [-###-] {+##+} Staff (changed)"), "\(result.text)")
        #expect(result.text.contains("3. [-###-] {+##+} Parents (changed)"), "\(result.text)")
    }

    @Test func aSectionLoweredToASubheadingIsThatChangeAlone() throws {
        let result = try Self.diff(
            "# P\n\n## Roles\n\nWho does what.\n\n## Staff\n\nStaff teach.\n\nStaff mark.\n\n## Visitors\n\nVisitors sign in.\n",
            "# P\n\n## Roles\n\nWho does what.\n\n### Staff\n\nStaff teach.\n\nStaff mark.\n\n## Visitors\n\nVisitors sign in.\n"
        )
        #expect(result.summary == "1 section changed; no words added or removed.", "\(result.text)")
        #expect(result.text.contains("[-##-] {+###+} Staff"), "\(result.text)")
        #expect(!result.text.contains("{+Staff teach.+}") && !result.text.contains("(removed)"), "\(result.text)")
        #expect(result.text.contains("2. Visitors\n"), "\(result.text)")
    }

    /// Found on a Word file through pandoc: the section's footnote comes after its subsection in the diff's
    /// blocks, and the raised subheading was shown as a section added with its paragraph moved into it.
    @Test func aSubheadingChangesLevelBesideTheSectionsFootnotes() throws {
        let sub =
            "# P\n\n## Purpose\n\nNo bullying.[^1]\n\n### Definitions\n\nBullying is repeated.\n\n## Roles\n\nStaff act.\n\n[^1]: The Act.\n"
        let raised = sub.replacingOccurrences(of: "### Definitions", with: "## Definitions")
        for (old, new, mark) in [
            (sub, raised, "[-###-] {+##+} Definitions"), (raised, sub, "[-##-] {+###+} Definitions"),
        ] {
            let result = try Self.diff(old, new)
            #expect(result.text.contains(mark), "\(result.text)")
            #expect(!result.text.contains("moved") && !result.text.contains("[-Bullying"), "\(result.text)")
        }
    }

    @Test func aLineBreakAddedOrTakenAwayIsAChange() throws {
        let soft = "# P\n\n## Visitors\n\nVisitors sign in\nat reception.\n"
        let hard = "# P\n\n## Visitors\n\nVisitors sign in  \nat reception.\n"
        let added = try Self.diff(soft, hard)
        #expect(!added.isEmpty)
        #expect(added.text.contains("sign in {+(now followed by a line break)+} at reception."), "\(added.text)")
        let removed = try Self.diff(hard, soft.replacingOccurrences(of: "in\nat", with: "in at"))
        #expect(removed.text.contains("(no longer followed by a line break)"), "\(removed.text)")
        #expect(try Self.diff(hard, hard.replacingOccurrences(of: "  \n", with: "\\\n")).isEmpty)
    }

    @Test func aMovedParagraphSaysWhereItCameFrom() throws {
        let old =
            "# P\n\n## Roles\n\nThe head leads the school.\n\nGovernors hold the head to account.\n\nStaff teach.\n\n## Procedures\n\nConcerns are logged.\n"
        let within = try Self.diff(
            old,
            old.replacingOccurrences(
                of: "The head leads the school.\n\nGovernors hold the head to account.\n\nStaff teach.",
                with: "The head leads the school.\n\nStaff teach.\n\nGovernors hold the head to account."))
        #expect(within.text.contains("(moved from after “The head leads the school.”)"), "\(within.text)")
        let across = try Self.diff(
            old,
            old.replacingOccurrences(of: "Governors hold the head to account.\n\n", with: "")
                + "\nGovernors hold the head to account.\n")
        #expect(
            across.text.contains("(moved to section 2. Procedures) [-Governors hold the head to account.-]"),
            "\(across.text)")
        #expect(
            across.text.contains("(moved from section 1. Roles) Governors hold the head to account."), "\(across.text)")
        #expect(across.summary == "2 sections changed; 1 passage moved; no words added or removed.")
        // Two words in another section are more likely chance than a move.
        let short = try Self.diff(
            old.replacingOccurrences(of: "Staff teach.", with: "Staff teach.\n\nSee below."),
            old + "\nSee below.\n")
        #expect(short.text.contains("[-See below.-]") && short.text.contains("{+See below.+}"), "\(short.text)")
    }
}

/// The summary at the top of the redline lists every change, each linked to its place.
@Suite struct ChangeListTests {
    @Test func everyChangeIsListedAndLinked() throws {
        let diff = try DiffTests.diff("paragraph-added-in-middle")
        let html = DiffHTMLWriter().html(of: diff)
        let entries = diff.sections.indices.flatMap { ChangeList.entries(of: diff.sections[$0], at: $0) }
        let changedBlocks = diff.sections.filter { $0.status == .changed }.flatMap(\.blocks).filter {
            $0.status != .same
        }
        #expect(!entries.isEmpty)
        #expect(entries.count == changedBlocks.count)
        for entry in entries { #expect(html.contains("id=\"\(entry.anchor)\""), "\(entry.anchor)") }
        #expect(Set(entries.map(\.anchor)).count == entries.count)
        #expect(
            entries.allSatisfy {
                $0.description.hasPrefix("Paragraph added: “") || $0.description.hasPrefix("Paragraph changed: “")
            },
            "\(entries.map(\.description))")
    }

    @Test func aSectionAddedOrRemovedWholeIsOneChange() throws {
        let diff = try DiffTests.diff("section-removed")
        let removed = try #require(diff.sections.firstIndex { $0.status == .removed })
        #expect(ChangeList.entries(of: diff.sections[removed], at: removed).isEmpty)
    }
}
