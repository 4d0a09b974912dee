/// `sitemap.xml`: the absolute address of every page, for search engines, when the site's address is known.
enum Sitemap {
    /// The sitemap of pages at `paths` under `base` (which ends in `/`), sorted.
    static func xml(base: String, paths: [String]) -> String {
        let urls = paths.sorted().map { path in
            "  <url><loc>\(HTML.escape(base + (path == "index.html" ? "" : path)))</loc></url>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            \(urls.joined(separator: "\n"))
            </urlset>

            """
    }
}
