/// The PDF edition of a policy as a Typst document, made from the text edition's own template
/// (``FilledTextTemplate``) so that the two cannot say different things: a line underlined as the text
/// edition underlines the title or a section is that heading, each section's body is the Typst writer's,
/// and every other line is set as written, a paragraph to each run of lines.
struct TypstPage {
    /// Writes the sections' bodies.
    var writer: TypstWriter

    /// The body of a policy's document.
    func body(of template: FilledTextTemplate, rendered: RenderedEdition) -> String {
        var parts: [String] = []
        var paragraph: [String] = []
        func endParagraph() {
            if !paragraph.isEmpty { parts.append(Self.paragraph(paragraph)) }
            paragraph = []
        }
        let lines = template.lines
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if let section = template.section(at: line) {
                endParagraph()
                parts.append(writer.markup(from: rendered.sections[section].document))
            } else if line.allSatisfy({ $0 == " " }) {
                endParagraph()
            } else if index + 1 < lines.count, let level = Self.underlinedLevel(line, by: lines[index + 1]) {
                endParagraph()
                parts.append("#heading(level: \(level))[\(TypstWriter.string(line.trimmingBlanks))]")
                index += 1
            } else {
                paragraph.append(line)
            }
            index += 1
        }
        endParagraph()
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    // 1 or 2 when `next` is the underline the text edition draws under `line` as a title or a section.
    private static func underlinedLevel(_ line: String, by next: String) -> Int? {
        let heading = line.trimmingBlanks, rule = next.trimmingBlanks
        guard !heading.isEmpty, !rule.isEmpty else { return nil }
        return [1, 2].first { HeadingUnderline.line(under: heading, level: $0) == rule }
    }

    // Lines as written, each on a line of its own, indented as in the template; the draft notice stands out.
    private static func paragraph(_ lines: [String]) -> String {
        let set = lines.map { line -> String in
            let indent = line.prefix(while: { $0 == " " }).count
            return (indent > 0 ? "#h(\(indent) * 0.5em)" : "")
                + TypstWriter.string(String(line.dropFirst(indent)).withoutTrailingBlanks())
        }.joined(separator: "#linebreak();\n")
        let first = lines.first ?? ""
        if first.hasPrefix(PrintMarking.draft) {
            return
                "#block(stroke: 1pt + rgb(\"#a00000\"), inset: 8pt, width: 100%, text(weight: \"bold\", fill: rgb(\"#a00000\"))[\(set)])"
        }
        // The approval stamp, as the text edition words it.
        if first.hasPrefix("Approved by ") || first.hasPrefix("Last approved by ") { return "#strong[\(set)]" }
        return set
    }
}
