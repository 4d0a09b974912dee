import Foundation

/// The published text edition: the `policy.txt` template filled with the policy's values and each section's
/// body as the text writer writes it. It is the one text edition: the site publishes it as `.txt`, and
/// `diff --format unified` compares two of them line by line.
extension SiteBuilder {
    /// The text page of `page` for `school`, as the site publishes it.
    public func textPage(_ page: PolicyPage, school: SchoolProfile, type: SchoolType?, templates: TemplateSet) -> String
    {
        let rendered = renderer.render(page.edition)
        let policy = PolicyValue(page: page)
        return textPage(
            page.edition, rendered: rendered, policy: policy, school: SchoolValue(school, type: type),
            templates: templates)
    }

    // The template's own lines are wrapped like the rest of the text edition; the section bodies, already
    // wrapped by the text writer, stand in as placeholder lines so that their code lines are left alone.
    func textPage(
        _ edition: Edition, rendered: RenderedEdition, policy: PolicyValue, school: SchoolValue, templates: TemplateSet
    ) -> String {
        let template = filledTextTemplate(edition, policy: policy, school: school, templates: templates)
        let bodies = rendered.sections.map { text(of: $0.document) }
        var lines: [String] = []
        for line in template.lines {
            if let section = template.section(at: line) {
                lines.append(bodies[section])
                continue
            }
            let indent = String(line.prefix(while: { $0 == " " }))
            let wrapper = TextWrapper(width: textWriter.width, firstPrefix: indent, continuationPrefix: indent)
            lines +=
                line.withoutTrailingBlanks().isEmpty ? [""] : wrapper.lines(for: String(line.dropFirst(indent.count)))
        }
        return collapsingBlankLines(lines)
    }

    /// The `policy.txt` template filled in for a policy, its lines unwrapped, each section's body a line of
    /// its own that stands for it: what the text edition and the PDF edition are both made from.
    func filledTextTemplate(_ edition: Edition, policy: PolicyValue, school: SchoolValue, templates: TemplateSet)
        -> FilledTextTemplate
    {
        let context = PageValue(edition.policyID + ".txt", school: school)
        context.policy = policy
        let placeholders = edition.sections.map { "\u{E000}section-\($0.number)\u{E001}" }
        context.sections = zip(edition.sections, placeholders).map { SectionValue(section: $0, key: "text", body: $1) }
        return FilledTextTemplate(
            lines: templates.render("policy.txt", context).lineSlices.map(String.init),
            sections: Dictionary(uniqueKeysWithValues: placeholders.enumerated().map { ($1, $0) }))
    }

    private func text(of document: MarkdownDocument) -> String {
        var text = textWriter.text(from: document)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    // Templates leave blank lines where optional parts are absent; a text file reads better without runs of them.
    private func collapsingBlankLines(_ lines: [String]) -> String {
        var kept: [String] = []
        var blanks = 0
        for line in lines {
            blanks = line.isEmpty ? blanks + 1 : 0
            if blanks <= 2 { kept.append(line) }
        }
        while kept.first?.isEmpty == true { kept.removeFirst() }
        while kept.last?.isEmpty == true { kept.removeLast() }
        return kept.joined(separator: "\n") + "\n"
    }
}

/// The text edition's template filled in, with a placeholder line for each section's body.
struct FilledTextTemplate {
    /// The lines, as the template gives them.
    var lines: [String]
    /// Which section each placeholder line stands for, by its index in the edition.
    var sections: [String: Int]

    /// The section `line` stands for, if it is a placeholder.
    func section(at line: String) -> Int? { sections[line] }
}
