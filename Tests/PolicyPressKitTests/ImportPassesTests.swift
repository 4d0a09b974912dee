import Foundation
import Testing

@testable import PolicyPressKit

/// The import's passes one by one: lists kept apart, a site's markup, HTML in a paragraph, merged cells,
/// links' targets.
@Suite struct ImportPassesTests {
    @Test func adjacentListsTakeTheOtherBulletOrDelimiterAndTheSeparatorGoes() {
        let markdown =
            "-   a\n-   b\n\n<!-- -->\n\n-   c\n\n<!-- -->\n\n-   d\n\n1.  one\n2.  two\n\n<!-- -->\n\n3)  three\n"
        let separated = AdjacentLists.separated(markdown)
        #expect(separated == "-   a\n-   b\n\n*   c\n\n-   d\n\n1.  one\n2.  two\n\n3)  three\n", "\(separated)")
        let parsed = CommonMarkConverter().document(from: separated)
        #expect(parsed.blocks.count == 5, "each list stands apart: \(parsed.blocks.map(\.kind))")
    }

    @Test func aSeparatorInsideAListItemOrAQuoteKeepsItsIndentAndCodeIsLeftAlone() {
        let nested = "-   item\n\n    -   x\n\n    <!-- -->\n\n    -   y\n"
        #expect(AdjacentLists.separated(nested) == "-   item\n\n    -   x\n\n    *   y\n")
        let quoted = "> -   x\n>\n> <!-- -->\n>\n> -   y\n"
        #expect(AdjacentLists.separated(quoted) == "> -   x\n>\n> *   y\n")
        let code = "``` text\n<!-- -->\n```\n"
        #expect(AdjacentLists.separated(code, codeLines: [1]) == code)
    }

    @Test func aWebsitesOwnMarkupIsTakenOutAndReported() {
        let page = """
            +++
            title = "Sickness and Medicines"
            +++
            {% include banner.html %}
            See the [fees page]({{< ref "fees.md" >}}) and [links]({{ site.baseurl }}/links/).
            {: .lead}
            {{< callout >}}Keep it **safe**.{{< /callout >}}
            Dear {{ school.name }}, {Name}.
            ```
            {% raw %}
            ```
            """
        let cleaned = SiteMarkup.cleaned(page)
        #expect(cleaned.title == "Sickness and Medicines")
        #expect(
            cleaned.text
                == "See the [fees page](fees.md) and [links](/links/).\nKeep it **safe**.\nDear {{ school.name }}, {Name}.\n```\n{% raw %}\n```",
            "\(cleaned.text)")
        #expect(cleaned.found.count == 7, "\(cleaned.found)")
    }

    @Test func htmlInAParagraphBecomesWhatMarkdownSaysForIt() {
        func raw(_ text: String) -> PandocInline {
            .other(.object(["t": .string("RawInline"), "c": .array([.string("html"), .string(text)])]))
        }
        let inlines: [PandocInline] = [
            raw("<strong>"), .str("DSL"), raw("</strong>"), .space, raw("<a href=\"mailto:x@y.example\">"),
            .str("mail"), raw("</a>"), raw("<br>"),
            raw("<span style=\"color:red\">"), .str("red"), raw("</span>"), raw("<u>"), .str("unclosed"),
            raw("<!-- note -->"),
        ]
        let structured = RawHTMLInlines.structured(inlines)
        #expect(
            structured == [
                .strong([.str("DSL")]), .space,
                .link(PandocAttr(), [.str("mail")], url: "mailto:x@y.example", title: ""), .lineBreak, .str("red"),
                raw("<u>"), .str("unclosed"), raw("<!-- note -->"),
            ], "\(structured)")
    }

    /// Tags and braces that never close are passed over once each, not searched again from each (which on
    /// these would take hours).
    @Test func markupThatNeverClosesIsKeptWhole() {
        let tag = PandocInline.other(
            .object(["t": .string("RawInline"), "c": .array([.string("html"), .string("<b>")])]))
        let inlines = Array(repeating: [tag, .str("x")], count: 20_000).flatMap { $0 }
        #expect(RawHTMLInlines.structured(inlines) == inlines)
        let line = String(repeating: "{{ {% {: ", count: 20_000)
        #expect(SiteMarkup.cleaned(line).text == line)
    }

    @Test func aCellMergedDownIsRepeatedAndHeaderRowsOfOneHeadingBecomeOne() throws {
        func cell(_ text: String, rows: Int = 1, columns: Int = 1) -> PandocJSON {
            .array([
                PandocAttr().json, .object(["t": .string("AlignDefault")]), .int(rows), .int(columns),
                .array([PandocBlock.plain([.str(text)]).json]),
            ])
        }
        func row(_ cells: [PandocJSON]) -> PandocJSON { .array([PandocAttr().json, .array(cells)]) }
        let head = PandocJSON.array([
            PandocAttr().json,
            .array([row([cell("Area", rows: 2), cell("Person", columns: 2)]), row([cell("Name"), cell("Role")])]),
        ])
        let body = PandocJSON.array([
            PandocAttr().json, .int(0), .array([]),
            .array([
                row([cell("Visits", rows: 2), cell("Amy"), cell("Lead")]), row([cell("Priya"), cell("Head")]),
                row([cell(""), cell(""), cell("")]),
            ]),
        ])
        let table = PandocJSON.object([
            "t": .string("Table"),
            "c": .array([
                PandocAttr().json, .array([.null, .array([])]), .array([]), head, .array([body]),
                .array([PandocAttr().json, .array([])]),
            ]),
        ])
        let (resolved, repeats) = TableSpans.resolved(table)
        let cells = try #require(PandocTable(resolved)).cells.map {
            PandocInline.text(of: CellJoiner.joined($0).first?.inlines ?? [])
        }
        #expect(
            cells == ["Area", "Person: Name", "Person: Role", "Visits", "Amy", "Lead", "Visits", "Priya", "Head"],
            "\(cells)")
        #expect(repeats == [TableSpans.Repeat(row: 2, column: 1, rows: 2)])
    }

    @Test(arguments: [
        ("#scope", LinkTarget.inPage("scope")), ("https://example.org", .web), ("mailto:a@b.example", .web),
        ("//cdn.example/x", .web),
        ("behaviour.html", .sitePage("behaviour.html")), ("behaviour.html#scope", .sitePage("behaviour.html")),
        ("/staff/eve.html", .outsideFile("/staff/eve.html")), ("docs/x.pdf", .outsideFile("docs/x.pdf")),
        ("file:///C:/Policies/x.docx", .outsideFile("file:///C:/Policies/x.docx")),
        ("C:\\Policies\\x.docx", .outsideFile("C:\\Policies\\x.docx")),
        ("other.html", .outsideFile("other.html")),
    ])
    func aLinksTargetIsTold(_ url: String, _ target: LinkTarget) {
        #expect(LinkTarget(url, sitePages: LinkTarget.sitePages(policies: ["behaviour"])) == target)
    }

    @Test func anAddressWithoutItsSchemeGetsTheOneWordWouldOpenItWith() {
        #expect(GFMFit.withScheme("www.example.org/x") == "http://www.example.org/x")
        #expect(GFMFit.withScheme("office@school.example") == "mailto:office@school.example")
        #expect(GFMFit.withScheme("docs/x.pdf") == "docs/x.pdf")
        #expect(GFMFit.withScheme("#scope") == "#scope")
    }

    @Test func textPolicyPressWouldReadAsItsOwnIsEscaped() {
        let fitted = GFMFit.fitted([PandocBlock.para([.str(":::"), .space, .str("only"), .space, .str("{{x}}")])])
        #expect(
            fitted == [
                .para([.markdown("\\:"), .str("::"), .space, .str("only"), .space, .markdown("\\{{"), .str("x}}")])
            ], "\(fitted)")
    }

    @Test func aHeadingWithNothingUnderItIsReported() throws {
        let document = PandocDocument(
            apiVersion: .array([.int(1), .int(22)]), meta: .object([:]),
            blocks: [
                .header(level: 1, PandocAttr(), [.str("Aims")]), .header(level: 1, PandocAttr(), [.str("Scope")]),
                .para([.str("All"), .space, .str("staff.")]),
            ])
        guard case .success(let cleaned)? = PolicyImporter.cleanUp(pandocJSON: document.json.data) else {
            Issue.record("the document was not cleaned")
            return
        }
        #expect(cleaned.titles == ["Aims", "Scope"])
        #expect(
            cleaned.report.contains(
                "in 'Aims': the heading has no text under it in the document, so the section is empty: give it text, or delete its file"
            ), "\(cleaned.report)")
        #expect(!cleaned.report.contains { $0.hasPrefix("in 'Scope'") })
    }
}
