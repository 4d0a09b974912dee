import Foundation

/// Builds a school's site in memory: resolve each policy, render it as HTML and text, fill the templates.
public struct SiteBuilder: Sendable {
    /// Parses Markdown and renders HTML.
    public var converter = CommonMarkConverter()
    /// Writes the text editions.
    public var textWriter = PlainTextWriter()

    /// Makes a builder with the standard writers.
    public init() {}

    /// The school's whole site, or every problem that stands in the way.
    public func site(for sources: SchoolSources) throws(DiagnosticList) -> Site {
        var diagnostics = DiagnosticCollector()
        let resolver = EditionResolver(vocabulary: sources.vocabulary)
        let editions = sources.policies.compactMap { policy in
            diagnostics.collect { try resolver.resolve(policy, for: sources.school) }
        }
        _ = try diagnostics.throwIfErrors()
        return site(for: editions, school: sources.school, type: sources.vocabulary.type(sources.school.type),
            templates: sources.templates)
    }

    /// The site for editions already resolved.
    public func site(for editions: [Edition], school: SchoolProfile, type: SchoolType?, templates: TemplateSet) -> Site {
        let schoolContext = PageContext.school(school, type: type)
        var files: [String: Data] = ["style.css": templates.stylesheet]
        for edition in editions {
            var context: [String: Any] = ["school": schoolContext, "policy": PageContext.policy(edition), "root": ""]
            context["sections"] = edition.sections.map { PageContext.section($0, body: "html", converter.html(from: $0.markdown)) }
            files[edition.policyID + ".html"] = Data(templates.render("policy", context).utf8)
            context["sections"] = edition.sections.map { PageContext.section($0, body: "text", text(of: $0)) }
            files[edition.policyID + ".txt"] = Data(tidy(templates.render("policy.txt", context)).utf8)
        }
        let index: [String: Any] = ["school": schoolContext, "policies": editions.map(PageContext.policy), "root": ""]
        files["index.html"] = Data(templates.render("index", index).utf8)
        return Site(files: files)
    }

    private func text(of section: EditionSection) -> String {
        var text = textWriter.text(from: converter.document(from: section.markdown))
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    // Templates leave blank lines where optional parts are absent; a text file reads better without runs of them.
    private func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        var blanks = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingTrailingSpaces
            blanks = trimmed.isEmpty ? blanks + 1 : 0
            if blanks <= 2 { lines.append(trimmed) }
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
