import Foundation
import PolicyPressKit

/// The fuzz targets: each takes arbitrary bytes and must neither crash nor hang, whatever they are.
/// The properties checked beyond that are the ones the tool promises its users.
enum FuzzTargets {
    static let vocabulary = Vocabulary(
        types: ["maintained", "academy", "voluntary-aided", "trust"].map {
            SchoolType(id: $0, label: $0, terms: ["setting": $0 == "academy" ? "Academy" : "School"])
        })
    static let values = VariableTable(values: [
        "school.name": "St Anne's <b>{{ school.name }}</b> *x*", "term.setting": "School",
        "school.website": "javascript:alert(1)",
    ]).preparingMarkdown()

    /// Runs the target named `name` on `data`.
    static func run(_ name: String, _ data: Data) {
        switch name {
        case "front-matter": frontMatter(data)
        case "resolver": resolver(data)
        case "text-writer": textWriter(data)
        case "register": register(data)
        case "diff": diff(data)
        case "import": importCleanUp(data)
        default:
            fatalError(
                "unknown fuzz target '\(name)'; expected front-matter, resolver, text-writer, register, diff or import")
        }
    }

    static func text(_ data: Data) -> String? {
        try? SourceText(path: "fuzz.md", data: data).text
    }

    static func frontMatter(_ data: Data) {
        guard let text = text(data) else { return }
        _ = try? FrontMatterParser.split(SourceText(path: "fuzz.md", text: text))
    }

    // Resolved text never holds an unexpanded variable from the input: every `{{` left is escaped,
    // inside code, or came from a value; and cmark's HTML of it never carries a script.
    static func resolver(_ data: Data) {
        guard let text = text(data) else { return }
        for type in ["maintained", "academy"] {
            let resolver = SectionResolver(schoolType: type, vocabulary: vocabulary, variables: values)
            guard let resolved = try? resolver.resolve(text, file: "fuzz.md", firstLine: 1) else { continue }
            let html = CommonMarkConverter().html(from: resolved.text).lowercased()
            precondition(!html.contains("<script"), "a script reached the HTML")
            precondition(!html.contains("href=\"javascript:"), "a javascript: link reached the HTML")
        }
    }

    // The text edition has no line past the width but single long words, code and headings.
    static func textWriter(_ data: Data) {
        guard let text = text(data) else { return }
        let document = CommonMarkConverter().document(from: text)
        let output = PlainTextWriter(width: 40).text(from: document)
        precondition(output.isEmpty || output.hasSuffix("\n"), "the text edition must end with a newline")
    }

    static func register(_ data: Data) {
        guard let text = text(data), let value = try? YAMLReader.read(text, file: "register.yml") else { return }
        _ = try? RegisterParser.register(from: value, file: "register.yml")
    }

    // Diffing a text against itself finds nothing; against anything, the marked words rebuild the new text.
    static func diff(_ data: Data) {
        guard let text = text(data) else { return }
        let halves = text.split(separator: "\u{0}", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let base = Edition(
            policyID: "p", title: "P", schoolName: "S", approver: "B", reviewCycle: ReviewCycle(months: 12),
            statutory: false,
            publish: false, summary: "", related: [], sections: [])
        guard let old = try? base.withText("# P\n\n" + halves[0], file: "old.md"),
            let new = try? base.withText("# P\n\n" + (halves.count > 1 ? halves[1] : halves[0] + " x"), file: "new.md")
        else { return }
        precondition(EditionDiffer().diff(from: old, to: old).isEmpty, "an edition differs from itself")
        let diff = EditionDiffer().diff(from: old, to: new)
        _ = DiffTextWriter().text(of: diff)
        _ = DiffHTMLWriter().html(of: diff)
    }

    // The import's own clean-up: whatever the bytes, as a file to import, as pandoc's tree, or as imported
    // Markdown, it refuses, or gives sections with titles; a school's words made variables add exactly one
    // `{{` for each replacement listed.
    static func importCleanUp(_ data: Data) {
        _ = PolicyImporter.refusal(ofFile: "fuzz.docx", data: data)
        _ = PolicyImporter.refusal(ofFile: "fuzz.odt", data: data)
        _ = PolicyImporter.refusal(ofFile: "fuzz.pdf", data: data)
        if case .success(let cleaned)? = PolicyImporter.cleanUp(pandocJSON: data) {
            precondition(
                !cleaned.titles.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty },
                "a section without a title")
        }
        guard let text = text(data) else { return }
        // As the PDF reader's Markdown, pages cut at every blank line's third: the PDF passes keep no page mark.
        let pages = text.components(separatedBy: "\n\n\n").joined(separator: "\n\(PDFReader.pageMark)\n")
        let pdf = PolicyImporter.cleanUp(pdfMarkdown: pages, json: data)
        precondition(!pdf.markdown.contains(PDFReader.pageMark), "a page mark was left in a PDF's Markdown")
        _ = PolicyFacts(sections: [text])
        // The text passes: no separator of pandoc's is left on a line of its own outside code.
        let passed = PolicyImporter.textPasses(text)
        let codeFree =
            !passed.markdown.contains("```") && !passed.markdown.contains("~~~")
            && !passed.markdown.contains("    <!--")
        precondition(
            !codeFree
                || !passed.markdown.split(separator: "\n").contains {
                    $0.drop { $0 == " " || $0 == ">" } == "<!-- -->"
                }, "a separator left")
        let words = SchoolWords(
            values: ["name": "Oakfield Primary School", "roles.headteacher": "Mrs Priya Shah"],
            terms: [
                "governing_body": "Governing Body", "local_governing_body": "Governing Body", "head": "Headteacher",
            ])
        let (markdown, changes) = words.applied(to: text, section: 0)
        let added = markdown.components(separatedBy: "{{").count - text.components(separatedBy: "{{").count
        precondition(
            added == changes.filter { $0.variable != nil }.count,
            "a replacement was listed without being made, or made without being listed")
    }
}
