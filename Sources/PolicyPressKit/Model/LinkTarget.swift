/// Where a link's address leads, as far as the published site can tell: a place on the same page, a page of
/// the site, or somewhere else on the web; or a file that is not part of the site (a relative or
/// root-relative path, or a file on the author's own computer), which leads nowhere once the policies are
/// published. One rule, used by `import` (which reports such links) and by `check` (which warns of them).
public enum LinkTarget: Equatable, Sendable {
    /// `#fragment`: a heading, section or footnote of the same page.
    case inPage(String)
    /// An address with a scheme (`https:`, `mailto:`, `tel:`), or one starting `//`.
    case web
    /// A page the site publishes (`behaviour.html`, `index.html`), with any fragment after it.
    case sitePage(String)
    /// A file that is not part of the site: a relative path (`docs/x.pdf`), a root-relative one
    /// (`/staff/eve.html`), or a `file:` address.
    case outsideFile(String)

    /// The target of `url`, where the site publishes the pages named in `sitePages` (file names such as
    /// `behaviour.html`, `behaviour.txt`).
    public init(_ url: String, sitePages: Set<String> = []) {
        if url.hasPrefix("#") {
            self = .inPage(String(url.dropFirst()))
            return
        }
        if let scheme = Self.scheme(of: url) {
            self = scheme == "file" ? .outsideFile(url) : .web
            return
        }
        if url.hasPrefix("//") {
            self = .web
            return
        }
        let path = String(url.prefix { $0 != "#" && $0 != "?" })
        if path.isEmpty {
            // `?query` alone: the same page.
            self = .sitePage(url)
        } else if !path.contains("/"), sitePages.contains(path.removingPercentEncoding ?? path) {
            self = .sitePage(path)
        } else {
            self = .outsideFile(url)
        }
    }

    /// The scheme of an absolute address (`https`, `mailto`), lower-cased; nil for a relative one. A
    /// Windows drive (`C:\…`) is not a scheme: it is a file on the author's computer.
    public static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon]
        guard scheme.count > 1, let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return scheme.lowercased()
    }

    /// The pages a site of these policies publishes beside the policies' own: every one of them may be linked.
    public static func sitePages(policies: [String]) -> Set<String> {
        var pages: Set<String> = ["index.html", "accessibility.html", "sitemap.xml"]
        for id in policies {
            for suffix in [".html", ".txt", ".pdf", "-changes.html"] { pages.insert(id + suffix) }
        }
        return pages
    }
}
