/// What every page of a PDF edition says in its margins besides the school and the policy.
public enum PrintMarking {
    /// At the top and foot of every page of a draft's PDF.
    public static let draft = "DRAFT – NOT THE APPROVED POLICY"
    /// At the top and foot of every page of a governors' pack that holds a draft.
    public static let packDrafts = "INCLUDES DRAFTS – NOT ALL APPROVED"
    /// The pack's name at the top of its pages, where a policy's PDF has the policy's title.
    public static let packTitle = "Policies"
}

/// A PDF edition as one Typst document: A4 in DejaVu Sans, in British English, titled and dated, with the
/// school and the policy at the top of every page, "Page N of M" at the foot, and a marking at both when
/// it is a draft; the body is the page's own (``TypstWriter``, ``TypstPage``).
public struct TypstDocument: Sendable, Hashable {
    /// The document's title in its metadata, which a reader shows.
    public var title: String
    /// The school.
    public var author: String
    /// The document's date: the approval's, or the build's for a draft.
    public var date: Day
    /// The policy's title (or the pack's name) in the running header.
    public var running: String
    /// What every page is marked with besides, if anything (``PrintMarking``).
    public var marking: String?
    /// The body, in Typst markup.
    public var body: String

    public init(title: String, author: String, date: Day, running: String, marking: String?, body: String) {
        self.title = title
        self.author = author
        self.date = date
        self.running = running
        self.marking = marking
        self.body = body
    }

    /// The whole document, ready for Typst.
    public var source: String {
        let string = TypstWriter.string
        let marking = self.marking.map { "#text(weight: \"bold\", fill: rgb(\"#a00000\"))[\(string($0))]" }
        let header = [string(author), marking, string(running)].compactMap { $0 }.joined(separator: " #h(1fr) ")
        let footer =
            (marking.map { $0 + " #h(1fr) " } ?? "#h(1fr) ")
            + "#\"Page \";#counter(page).display();#\" of \";#counter(page).final().first();"
        return """
            #set document(title: \(TypstWriter.literal(title)), author: \(TypstWriter.literal(author)), \
            date: datetime(year: \(date.year), month: \(date.month), day: \(date.day)))
            #set text(lang: "en", region: "GB", font: "DejaVu Sans", size: 10pt, ligatures: false, hyphenate: false)
            #set page(paper: "a4", margin: (x: 2cm, top: 2.4cm, bottom: 2.4cm),
              header: [#set text(size: 8pt, fill: luma(60)); \(header)],
              footer: context [#set text(size: 8pt, fill: luma(60)); \(footer)])
            #set par(spacing: 1em)
            #set list(marker: ([•], [◦], [▪]))
            #set table(stroke: 0.5pt + luma(140), inset: 5pt)
            #show table.cell.where(y: 0): set text(weight: "bold")
            #show heading: set block(sticky: true, above: 1.5em, below: 0.8em)
            #show heading.where(level: 1): set text(size: 17pt)
            #show heading.where(level: 2): set text(size: 13pt)
            #show heading.where(level: 3): set text(size: 11pt)
            #show raw: set text(font: "DejaVu Sans Mono", size: 9pt)
            #show link: set text(fill: rgb("#1a4d8f"))

            \(body)

            """
    }
}
