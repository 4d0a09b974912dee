import Foundation

/// The redline of two documents compared outside any school ("last year's model against this year's"): one
/// page that stands alone, to open in a browser or send to governors. It carries the library's stylesheet
/// when there is one and its own otherwise (`StandaloneStylesheet`), and no links to a site, since no
/// school's site is involved.
public struct DocumentChangesPage: Sendable {
    /// The changes.
    public var diff: EditionDiff
    /// The title the documents give (the newer first).
    public var title: String
    /// The two documents, as named on the command line.
    public var from: String
    public var to: String

    public init(diff: EditionDiff, title: String, from: String, to: String) {
        self.diff = diff
        self.title = title
        self.from = from
        self.to = to
    }

    /// The page, with `stylesheet` (the site's `style.css`, or the page's own) in its head.
    public func html(stylesheet: String = StandaloneStylesheet.css) -> String {
        let title = HTML.escape(self.title)
        var page = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Changes to the \(title)</title>

            """
        if !stylesheet.isEmpty {
            // A stylesheet cannot end a <style> element early unless it says `</style`.
            page += "<style>\n\(stylesheet.replacingOccurrences(of: "</style", with: "<\\/style"))\n</style>\n"
        }
        page += """
            </head>
            <body>
            <main id="main">
            <article class="changes">
            <h1>Changes to the \(title)</h1>
            <div id="summary" class="diff-summary">
            <dl class="policy-facts">
            <dt>From</dt><dd>\(HTML.escape(from))</dd>
            <dt>To</dt><dd>\(HTML.escape(to))</dd>
            <dt>Summary</dt><dd>\(HTML.escape(diff.summaryLine))</dd>
            </dl>
            <p class="diff-key">Removed words are <del>struck through</del> and added words are <ins>underlined</ins>; screen readers announce them as removed and added.</p>

            """
        let changed = diff.sections.enumerated().filter { $0.element.status != .unchanged }.map {
            ChangedSectionValue(section: $1, index: $0)
        }
        if !changed.isEmpty {
            page += "<h2>Every change, section by section</h2>\n<ul>\n"
            for section in changed { page += item(section) }
            page += "</ul>\n"
        }
        page += "</div>\n\(DiffHTMLWriter().html(of: diff))</article>\n</main>\n</body>\n</html>\n"
        return page
    }

    // A changed section in the list, with a link to each of its changes, as the site's changes page has it.
    private func item(_ section: ChangedSectionValue) -> String {
        let raw = { (name: String) in section.value(named: name) as? String ?? "" }
        let text = { (name: String) in HTML.escape(raw(name)) }
        // The number is HTML already: a renumbered section's old number is struck through.
        var item = "<li><a href=\"#\(text("anchor"))\">\(raw("number"))\(text("title"))</a> (\(text("status")))"
        if !section.changes.isEmpty {
            item += "\n<ul class=\"diff-changes\">"
            for change in section.changes {
                item += "\n<li><a href=\"#\(HTML.escape(change.anchor))\">\(HTML.escape(change.description))</a></li>"
            }
            item += "\n</ul>"
        }
        return item + "</li>\n"
    }
}
