import Foundation

/// Builds a school's site in memory: resolve each policy, render it as HTML and text, fill the templates.
public struct SiteBuilder: Sendable {
    /// Parses Markdown and renders HTML.
    public var converter = CommonMarkConverter()
    /// Writes the text editions.
    public var textWriter = PlainTextWriter()

    /// Makes a builder with the standard writers.
    public init() {}

    /// The school's whole site; problems go to `diagnostics`, and the site is nil when there is any.
    public func site(for sources: SchoolSources, diagnostics: inout DiagnosticCollector) -> Site? {
        let type = sources.vocabulary.type(sources.school.type)
        // Without a known type there are no words to fill in, and every term would be reported as unknown.
        guard type != nil else { return nil }
        let resolver = EditionResolver(vocabulary: sources.vocabulary)
        let editions = sources.policies.compactMap { policy in
            diagnostics.collect { try resolver.resolve(policy, for: sources.school) }
        }
        if diagnostics.hasErrors { return nil }
        return site(for: editions, school: sources.school, type: type, templates: sources.templates)
    }

    /// The site for editions already resolved.
    public func site(for editions: [Edition], school: SchoolProfile, type: SchoolType?, templates: TemplateSet) -> Site {
        let schoolContext = PageContext.school(school, type: type)
        var files: [String: Data] = ["style.css": templates.stylesheet]
        for edition in editions {
            var context: [String: Any] = ["school": schoolContext, "policy": PageContext.policy(edition), "root": ""]
            context["sections"] = edition.sections.map { PageContext.section($0, body: "html", converter.html(from: $0.markdown)) }
            files[edition.policyID + ".html"] = Data(templates.render("policy", context).utf8)
            files[edition.policyID + ".txt"] = Data(textPage(edition, context: context, templates: templates).utf8)
        }
        let index: [String: Any] = ["school": schoolContext, "policies": editions.map(PageContext.policy), "root": ""]
        files["index.html"] = Data(templates.render("index", index).utf8)
        return Site(files: files)
    }

    // The template's own lines are wrapped like the rest of the text edition; the section bodies, already
    // wrapped by the text writer, stand in as placeholder lines so that their code lines are left alone.
    private func textPage(_ edition: Edition, context: [String: Any], templates: TemplateSet) -> String {
        var context = context
        let placeholders = edition.sections.map { "\u{E000}section-\($0.number)\u{E001}" }
        context["sections"] = zip(edition.sections, placeholders).map { PageContext.section($0, body: "text", $1) }
        let bodies = Dictionary(uniqueKeysWithValues: zip(placeholders, edition.sections.map(text(of:))))
        var lines: [String] = []
        for line in templates.render("policy.txt", context).split(separator: "\n", omittingEmptySubsequences: false) {
            if let body = bodies[String(line)] {
                lines.append(body)
                continue
            }
            let indent = String(line.prefix(while: { $0 == " " }))
            let wrapper = TextWrapper(width: textWriter.width, firstPrefix: indent, continuationPrefix: indent + "  ")
            lines += line.trimmingTrailingSpaces.isEmpty ? [""] : wrapper.lines(for: String(line.dropFirst(indent.count)))
        }
        return collapsingBlankLines(lines)
    }

    private func text(of section: EditionSection) -> String {
        var text = textWriter.text(from: converter.document(from: section.markdown))
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
