import PolicyPressKit
import Testing

/// A diff never says "No changes." when the published text differs, and never marks a change when only
/// the Markdown's layout differs: each case from issue 13's list, in one section.
@Suite struct DiffCompletenessTests {
    static func diff(_ old: String, _ new: String) throws -> (isEmpty: Bool, text: String) {
        let edition = { (body: String) in try DiffTests.base.withText("# Online Safety Policy\n\n## Roles\n\n" + body, file: "e.md") }
        let diff = EditionDiffer().diff(from: try edition(old), to: try edition(new))
        return (diff.isEmpty, DiffTextWriter().text(of: diff))
    }

    /// Pairs whose pages differ, and what the text form must say.
    static let visible: [(String, String, String)] = [
        ("Governors **must** approve it.\n", "Governors must approve it.\n", "must {+(no longer bold)+}"),
        ("Governors must approve it.\n", "Governors *must* approve it.\n", "must {+(now italic)+}"),
        ("Run `check` first.\n", "Run check first.\n", "check {+(no longer code)+}"),
        ("See [the guide](https://a.example/guide).\n", "See [the guide](https://b.example/guide).\n", "{+<https://b.example/guide>.+}"),
        ("1. one\n2. two\n", "- one\n- two\n", "[-1.-] {+•+} one"),
        ("1. one\n2. two\n", "5. one\n6. two\n", "[-1.-] {+5.+} one"),
        ("### Types\n\nText.\n", "#### Types\n\nText.\n", "[-###-] {+####+} Types"),
        ("One sentence. Another sentence.\n", "One sentence.\n\nAnother sentence.\n", "{+¶+} Another"),
        ("One sentence.\n\nAnother sentence.\n", "One sentence. Another sentence.\n", "[-¶-] Another"),
        ("Keep ~~this~~ that.\n", "Keep this that.\n", "this {+(no longer struck out)+}"),
        ("| Role | Who |\n| --- | --- |\n| Chair | Ann |\n", "| Role | Who |\n| --- | --- |\n| Chair | Bob |\n", "Who: [-Ann-] {+Bob+}"),
        ("Read this.[^a]\n\n[^a]: Old note.\n", "Read this.[^a]\n\n[^a]: New note.\n", "[-Old-] {+New+} note."),
        ("It's the school's rule.\n", "It\u{2019}s the school\u{2019}s rule.\n", "It\u{2019}s {+(was It's)+} the"),
    ]

    @Test func quotesAloneAreCountedApartFromWords() throws {
        let edition = { (body: String) in try DiffTests.base.withText("# Online Safety Policy\n\n## Roles\n\n" + body, file: "e.md") }
        let diff = EditionDiffer().diff(
            from: try edition("It's the school's \"rule\" now.\n"), to: try edition("It\u{2019}s the school\u{2019}s \u{201C}rule\u{201D} now.\n"))
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
        let diff = EditionDiffer().diff(from: try read(old), to: try read(new))
        return (diff.isEmpty, DiffTextWriter().text(of: diff), diff.summary.description)
    }

    @Test func headingsThatOnlyChangedLevelAreThatChangeAlone() throws {
        let result = try Self.diff("# P\n\n### Scope\n\nText.\n\n### Roles\n\nMore.\n", "# P\n\n## Scope\n\nText.\n\n## Roles\n\nMore.\n")
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
}
