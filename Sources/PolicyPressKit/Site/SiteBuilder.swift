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
        let schoolContext = PageContext.school(school, type: type)
        var files: [String: Data] = ["style.css": templates.stylesheet]
        func add(_ path: String, _ template: String, _ extra: [String: Any]) {
            let context = PageContext.page(path, school: schoolContext).merging(extra) { $1 }
            files[path] = Data(templates.render(template, context).utf8)
        }
        let policies = pages.map(PageContext.policy)
        for (page, policy) in zip(pages, policies) {
            let edition = page.edition
            // One parse of the whole edition serves both editions.
            let rendered = renderer.render(edition)
            var pageContext: [String: Any] = [
                "policy": policy,
                "sections": zip(edition.sections, rendered.sections).map { PageContext.section($0, body: "html", $1.html) },
            ]
            if !rendered.footnotesHTML.isEmpty { pageContext["footnotes"] = ["html": rendered.footnotesHTML] }
            add(edition.policyID + ".html", "policy", pageContext)
            let textContext = PageContext.page(edition.policyID + ".txt", school: schoolContext).merging(["policy": policy]) { $1 }
            let texts = rendered.sections.map { text(of: $0.document) }
            files[edition.policyID + ".txt"] = Data(textPage(edition, texts: texts, context: textContext, templates: templates).utf8)
            if let changes = page.changes {
                files[changes.fileName] = Data(changesPage(changes, school: school, type: type, templates: templates).utf8)
            }
        }
        add("index.html", "index", ["policies": policies])
        add("accessibility.html", "accessibility", [:])
        if let base = schoolContext["site_url"] as? String {
            files["sitemap.xml"] = Data(Sitemap.xml(base: base, paths: files.keys.filter { $0.hasSuffix(".html") }).utf8)
        }
        return Site(files: files)
    }

    // The template's own lines are wrapped like the rest of the text edition; the section bodies, already
    // wrapped by the text writer, stand in as placeholder lines so that their code lines are left alone.
    private func textPage(_ edition: Edition, texts: [String], context: [String: Any], templates: TemplateSet) -> String {
        var context = context
        let placeholders = edition.sections.map { "\u{E000}section-\($0.number)\u{E001}" }
        context["sections"] = zip(edition.sections, placeholders).map { PageContext.section($0, body: "text", $1) }
        let bodies = Dictionary(uniqueKeysWithValues: zip(placeholders, texts))
        var lines: [String] = []
        for line in templates.render("policy.txt", context).split(separator: "\n", omittingEmptySubsequences: false) {
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
