import Foundation

/// Builds a school's site in memory: resolve each policy, render it as HTML and text, fill the templates.
public struct SiteBuilder: Sendable {
    /// Parses each edition once and renders its HTML.
    public var renderer = EditionRenderer()
    /// Writes the text editions.
    public var textWriter = PlainTextWriter()

    /// Makes a builder with the standard writers.
    public init() {}

    /// The name of the governors' pack: every published policy in one PDF.
    public static let packFile = "policy-pack.pdf"

    /// Each page's edition parsed and rendered once, for every page, edition and pack made of it.
    public func rendered(_ pages: [PolicyPage]) -> [RenderedEdition] {
        pages.map { renderer.render($0.edition) }
    }

    /// The site for policies already resolved and judged; `pack`, the PDF of all of them, is linked from the
    /// index. `rendered` holds the pages' editions rendered already (`rendered(_:)`), if they were.
    public func site(
        for pages: [PolicyPage], school: SchoolProfile, type: SchoolType?, templates: TemplateSet,
        pack: PrintedPDF? = nil,
        rendered: [RenderedEdition]? = nil
    ) -> Site {
        let schoolValue = SchoolValue(school, type: type)
        var files: [String: Data] = ["style.css": templates.stylesheet]
        var prints: [String: String] = [:]
        let policies = pages.map { PolicyValue(page: $0) }
        // One parse of the whole edition serves both editions.
        for (page, (policy, rendered)) in zip(pages, zip(policies, rendered ?? self.rendered(pages))) {
            let edition = page.edition
            let html = policyPage(page, rendered: rendered, policy: policy, school: schoolValue)
            files[edition.policyID + ".html"] = Data(templates.render("policy", html).utf8)
            let text = textPage(edition, rendered: rendered, policy: policy, school: schoolValue, templates: templates)
            files[edition.policyID + ".txt"] = Data(text.utf8)
            if let pdf = page.pdf {
                files[edition.policyID + ".pdf"] = pdf.data
                prints[edition.policyID + ".pdf"] = pdf.input
            }
            if let changes = page.changes {
                files[changes.fileName] = Data(
                    changesPage(changes, school: school, type: type, templates: templates).utf8)
            }
        }
        let index = PageValue("index.html", school: schoolValue)
        index.policies = policies
        if let pack {
            files[Self.packFile] = pack.data
            prints[Self.packFile] = pack.input
            index.pack = ["file": Self.packFile, "description": pack.description, "count": "\(pages.count)"]
        }
        files["index.html"] = Data(templates.render("index", index).utf8)
        files["accessibility.html"] = Data(
            templates.render("accessibility", PageValue("accessibility.html", school: schoolValue)).utf8)
        if let base = schoolValue.siteURL {
            files["sitemap.xml"] = Data(
                Sitemap.xml(base: base, paths: files.keys.filter { $0.hasSuffix(".html") || $0.hasSuffix(".pdf") }).utf8
            )
        }
        return Site(files: files, prints: prints)
    }

    /// The page the governors' pack is printed from (the `pack` template: a contents page, then each policy
    /// as its page shows it), or nil when the library has no such template; `rendered` holds the pages'
    /// editions rendered (`rendered(_:)`).
    public func packPage(
        for pages: [PolicyPage], rendered: [RenderedEdition], school: SchoolProfile, type: SchoolType?,
        templates: TemplateSet
    ) -> Data? {
        guard templates.sources["pack"] != nil else { return nil }
        let schoolValue = SchoolValue(school, type: type)
        let pack = PageValue("pack.html", school: schoolValue)
        pack.pages = zip(pages, rendered).map {
            policyPage($0, rendered: $1, policy: PolicyValue(page: $0), school: schoolValue)
        }
        return Data(templates.render("pack", pack).utf8)
    }

    // The values of a policy's page.
    private func policyPage(_ page: PolicyPage, rendered: RenderedEdition, policy: PolicyValue, school: SchoolValue)
        -> PageValue
    {
        let edition = page.edition
        let html = PageValue(edition.policyID + ".html", school: school)
        html.policy = policy
        html.sections = zip(edition.sections, rendered.sections).map {
            SectionValue(section: $0, key: "html", body: $1.html)
        }
        html.footnotes = rendered.footnotesHTML.isEmpty ? nil : rendered.footnotesHTML
        return html
    }
}
