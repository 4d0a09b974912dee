import Foundation

/// Builds a school's site in memory: resolve each policy, render it as HTML and text, fill the templates.
public struct SiteBuilder: Sendable {
    /// Parses each edition once and renders its HTML.
    public var renderer = EditionRenderer()
    /// Writes the text editions.
    public var textWriter = PlainTextWriter()

    /// Makes a builder with the standard writers.
    public init() {}

    /// The site for policies already resolved and judged.
    public func site(for pages: [PolicyPage], school: SchoolProfile, type: SchoolType?, templates: TemplateSet) -> Site {
        let schoolValue = SchoolValue(school, type: type)
        var files: [String: Data] = ["style.css": templates.stylesheet]
        let policies = pages.map { PolicyValue(page: $0) }
        for (page, policy) in zip(pages, policies) {
            let edition = page.edition
            // One parse of the whole edition serves both editions.
            let rendered = renderer.render(edition)
            let html = PageValue(edition.policyID + ".html", school: schoolValue)
            html.policy = policy
            html.sections = zip(edition.sections, rendered.sections).map { SectionValue(section: $0, key: "html", body: $1.html) }
            html.footnotes = rendered.footnotesHTML.isEmpty ? nil : rendered.footnotesHTML
            files[edition.policyID + ".html"] = Data(templates.render("policy", html).utf8)
            let text = PageValue(edition.policyID + ".txt", school: schoolValue)
            text.policy = policy
            let texts = rendered.sections.map { self.text(of: $0.document) }
            files[edition.policyID + ".txt"] = Data(textPage(edition, texts: texts, page: text, templates: templates).utf8)
            if let changes = page.changes {
                files[changes.fileName] = Data(changesPage(changes, school: school, type: type, templates: templates).utf8)
            }
        }
        let index = PageValue("index.html", school: schoolValue)
        index.policies = policies
        files["index.html"] = Data(templates.render("index", index).utf8)
        files["accessibility.html"] = Data(templates.render("accessibility", PageValue("accessibility.html", school: schoolValue)).utf8)
        if let base = schoolValue.siteURL {
            files["sitemap.xml"] = Data(Sitemap.xml(base: base, paths: files.keys.filter { $0.hasSuffix(".html") }).utf8)
        }
        return Site(files: files)
    }

    // The template's own lines are wrapped like the rest of the text edition; the section bodies, already
    // wrapped by the text writer, stand in as placeholder lines so that their code lines are left alone.
    private func textPage(_ edition: Edition, texts: [String], page: PageValue, templates: TemplateSet) -> String {
        let context = page
        let placeholders = edition.sections.map { "\u{E000}section-\($0.number)\u{E001}" }
        context.sections = zip(edition.sections, placeholders).map { SectionValue(section: $0, key: "text", body: $1) }
        let bodies = Dictionary(uniqueKeysWithValues: zip(placeholders, texts))
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
