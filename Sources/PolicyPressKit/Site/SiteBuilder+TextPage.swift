import Foundation

/// The published text edition: the `policy.txt` template filled with the policy's values and each section's
/// body as the text writer writes it. It is the one text edition: the site publishes it as `.txt`, and
/// `diff --format unified` compares two of them line by line.
extension SiteBuilder {
    /// The text page of `page` for `school`, as the site publishes it.
    public func textPage(_ page: PolicyPage, school: SchoolProfile, type: SchoolType?, templates: TemplateSet) -> String {
        let rendered = renderer.render(page.edition)
        let policy = PolicyValue(page: page)
        return textPage(page.edition, rendered: rendered, policy: policy, school: SchoolValue(school, type: type), templates: templates)
    }

    // The template's own lines are wrapped like the rest of the text edition; the section bodies, already
    // wrapped by the text writer, stand in as placeholder lines so that their code lines are left alone.
    func textPage(_ edition: Edition, rendered: RenderedEdition, policy: PolicyValue, school: SchoolValue, templates: TemplateSet) -> String {
        let context = PageValue(edition.policyID + ".txt", school: school)
        context.policy = policy
        let placeholders = edition.sections.map { "\u{E000}section-\($0.number)\u{E001}" }
        context.sections = zip(edition.sections, placeholders).map { SectionValue(section: $0, key: "text", body: $1) }
        let bodies = Dictionary(uniqueKeysWithValues: zip(placeholders, rendered.sections.map { text(of: $0.document) }))
        var lines: [String] = []
        for line in templates.render("policy.txt", context).lineSlices {
            if let body = bodies[String(line)] {
                lines.append(body)
                continue
            }
            let indent = String(line.prefix(while: { $0 == " " }))
            let wrapper = TextWrapper(width: textWriter.width, firstPrefix: indent, continuationPrefix: indent)
            lines += line.withoutTrailingBlanks().isEmpty ? [""] : wrapper.lines(for: String(line.dropFirst(indent.count)))
        }
        return collapsingBlankLines(lines)
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
