import Foundation
import Testing

@testable import PolicyPressKit

/// Any Markdown document read as a title and sections, as `diff --from FILE` reads it.
@Suite struct MarkdownDocumentReaderTests {
    typealias Section = DocumentParts.Section

    /// A document and the title and sections it must read as.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var title: String?
        var sections: [Section]
        var testDescription: String { name }
    }

    static func parts(_ text: String) -> DocumentParts {
        MarkdownDocumentReader().parts(of: SourceText(path: "doc.md", text: text))
    }

    static func section(_ title: String, _ body: String, level: Int? = 2) -> Section {
        Section(title: title, body: body, headingLevel: level)
    }

    static func preamble(_ body: String) -> Section {
        section(MarkdownDocumentReader.preambleTitle, body, level: nil)
    }

    static let cases: [Case] = [
        Case(
            name: "a kept edition: its title and its ## sections, ### kept in the body",
            text: "# Online Safety\n\n## Scope\n\nAll staff.\n\n### Detail\n\nMore.\n\n## Roles\n\nGovernors.\n",
            title: "Online Safety",
            sections: [section("Scope", "All staff.\n\n### Detail\n\nMore."), section("Roles", "Governors.")]),
        Case(
            name: "front matter is left out and its title is the title",
            text: "---\ntitle: Online Safety\norder: 3\n---\n## Scope\n\nAll staff.\n",
            title: "Online Safety", sections: [section("Scope", "All staff.")]),
        Case(
            name: "a front-matter title comes before a # heading",
            text: "---\ntitle: From the front matter\n---\n# From the heading\n\n## Scope\n\nText.\n",
            title: "From the front matter", sections: [section("Scope", "Text.")]),
        Case(
            name: "front matter without a title gives no title",
            text: "---\norder: 3\n---\n## Scope\n\nText.\n", title: nil, sections: [section("Scope", "Text.")]),
        Case(
            name: "a thematic break at the top is not front matter",
            text: "---\n\nSome text.\n\n---\n\nMore text.\n", title: nil,
            sections: [preamble("---\n\nSome text.\n\n---\n\nMore text.")]),
        Case(
            name: "text between the title and the first section is the preamble",
            text: "# Policy\n\nThis policy is for all staff.\n\n## Scope\n\nText.\n",
            title: "Policy", sections: [preamble("This policy is for all staff."), section("Scope", "Text.")]),
        Case(
            name: "blank lines before the first heading are no preamble", text: "\n\n  \n## Scope\n\nText.\n",
            title: nil, sections: [section("Scope", "Text.")]),
        Case(
            name: "### headings are the sections of a document with none higher",
            text: "Opening words.\n\n### Scope\n\nText.\n\n#### Detail\n\nMore.\n\n### Roles\n\nGovernors.\n",
            title: nil,
            sections: [
                preamble("Opening words."), section("Scope", "Text.\n\n#### Detail\n\nMore.", level: 3),
                section("Roles", "Governors.", level: 3),
            ]),
        Case(
            name: "a document without headings is one section",
            text: "First paragraph.\n\nSecond paragraph.\n", title: nil,
            sections: [preamble("First paragraph.\n\nSecond paragraph.")]),
        Case(name: "an empty document has no sections", text: "", title: nil, sections: []),
        Case(
            name: "a document of front matter alone has no sections", text: "---\ntitle: T\n---\n", title: "T",
            sections: []),
        Case(
            name: "setext headings are headings of their level, over several lines",
            text:
                "Online Safety\n=============\n\nScope of\nthe Policy\n----------\n\nText.\n\nRoles\n---\n\nGovernors.\n",
            title: "Online Safety", sections: [section("Scope of the Policy", "Text."), section("Roles", "Governors.")]),
        // Several `# ` headings are the document's sections, whatever is under them in their bodies; no title.
        Case(
            name: "several # headings are sections, and there is no title",
            text: "# Scope\n\nText.\n\n## Detail\n\nMore.\n\n# Roles\n\nGovernors.\n", title: nil,
            sections: [
                section("Scope", "Text.\n\n## Detail\n\nMore.", level: 1), section("Roles", "Governors.", level: 1),
            ]),
        // A lone `# ` heading that opens a document names it even when nothing deeper follows.
        Case(
            name: "a lone opening # heading is the title",
            text: "# Online Safety\n\nAll the text.\n", title: "Online Safety", sections: [preamble("All the text.")]),
        // A `# ` heading after some text does not open the document, so it is a section, not the title.
        Case(
            name: "a # heading after text is a section",
            text: "Draft for consultation.\n\n# Online Safety\n\n## Scope\n\nText.\n", title: nil,
            sections: [preamble("Draft for consultation."), section("Online Safety", "## Scope\n\nText.", level: 1)]),
        Case(
            name: "headings in code, lists and quotes are not sections",
            text: "## Scope\n\n```\n## not a heading\n```\n\n- item\n\n  ## in a list\n\n> ## in a quote\n", title: nil,
            sections: [section("Scope", "```\n## not a heading\n```\n\n- item\n\n  ## in a list\n\n> ## in a quote")]),
    ]

    @Test(arguments: cases)
    func readsTheTitleAndSections(_ example: Case) {
        let parts = Self.parts(example.text)
        #expect(parts.title == example.title)
        #expect(parts.sections == example.sections)
    }

    @Test func notesAndLinkDefinitionsReachTheSectionsThatCiteThem() {
        let parts = Self.parts(
            "## Scope\n\nSee [the DfE][dfe].[^1]\n\n## Roles\n\nText.\n\n[^1]: A note\n    over two lines.\n\n[DfE]: https://gov.uk\n"
        )
        #expect(
            parts.sections[0].body
                == "See [the DfE][dfe].[^1]\n\n[^1]: A note\n    over two lines.\n\n[DfE]: https://gov.uk")
        #expect(parts.sections[1].body == "Text.\n\n[^1]: A note\n    over two lines.\n\n[DfE]: https://gov.uk")
    }

    @Test func definitionsInCodeOrInsideAParagraphAreNotCopied() {
        let parts = Self.parts(
            "## Scope\n\n[a] and [b]\n\n## Code\n\n```\n[a]: https://a.example\n```\n\nText\n[b]: https://b.example\n")
        #expect(parts.sections[0].body == "[a] and [b]")
    }

    // A kept edition compared as a file must read exactly as `--from approved` reads it.
    @Test(arguments: DiffTests.cases.flatMap { ["\($0)/old.md", "\($0)/new.md"] })
    func editionFilesReadAsKeptEditionsDo(_ name: String) throws {
        let text = try String(contentsOf: DiffTests.folder.appendingPathComponent(name), encoding: .utf8)
        var document = DiffTests.base.withDocument(Self.parts(text))
        document.title = Self.parts(text).title ?? document.title
        #expect(document == (try DiffTests.base.withText(text, file: name)))
        #expect(Self.parts(text).title == (try EditionText.parse(text, file: name)).title)
    }

    @Test func theEditionTakesTheSectionsNumberedWithTheirLevels() {
        let edition = DiffTests.base.withDocument(Self.parts("Intro.\n\n### Scope\n\nText.\n\n### Scope\n\nAgain.\n"))
        #expect(edition.title == DiffTests.base.title)
        #expect(edition.sections.map(\.number) == [1, 2, 3])
        #expect(edition.sections.map(\.anchor) == ["preamble", "scope", "scope-2"])
        #expect(edition.sections.map(\.headingLevel) == [nil, 3, 3])
    }
}
