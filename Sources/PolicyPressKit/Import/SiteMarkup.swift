import Foundation

/// Markdown taken from a school's old website holds its site generator's own markup besides Markdown: Hugo's
/// TOML front matter (`+++`), Liquid tags (`{% include banner.html %}`) and output (`{{ site.baseurl }}`),
/// Hugo's shortcodes (`{{< callout >}}…{{< /callout >}}`, `{{< ref "fees.md" >}}`), kramdown's attribute
/// lists (`{: .lead}`). None of it is the policy's text, and pandoc would keep it as text (or, in a link's
/// address, as `%7B%7B…`). Before pandoc reads the page, each is taken out and reported; the words between
/// a pair of shortcodes stay, and a `ref` shortcode gives the page it names, so the link is reported as a
/// link to a file. Lines in fenced code blocks are left as they are.
enum SiteMarkup {
    /// The page without the site's markup, the title its TOML front matter gives, and what was taken out.
    struct Cleaned: Equatable {
        var text: String
        var title: String?
        var found: [ImportReport.Item]
    }

    static func cleaned(_ text: String) -> Cleaned {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var found: [ImportReport.Item] = []
        var title: String?
        // Hugo's TOML front matter: `+++` lines around `key = value` lines.
        if lines.first?.trimmingCharacters(in: .whitespaces) == "+++",
            let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "+++" })
        {
            for line in lines[1..<end] where line.trimmingCharacters(in: .whitespaces).hasPrefix("title") {
                let parts = line.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == "title" {
                    title = parts[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(
                        in: CharacterSet(charactersIn: "\"'"))
                }
            }
            found.append(.markupLeftOut("the page's front matter (+++ … +++)"))
            lines.removeSubrange(0...end)
        }
        var fence: String?
        var result: [String] = []
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                result.append(line)
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                result.append(line)
                continue
            }
            let (kept, removed) = withoutMarkup(line)
            for piece in removed {
                found.append(.markupLeftOut("the website's markup '\(InlineCleanup.firstWords(piece))'"))
            }
            // A line that held only the site's markup leaves nothing, not an empty paragraph in a list.
            if !removed.isEmpty, kept.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            result.append(kept)
        }
        return Cleaned(text: result.joined(separator: "\n"), title: title, found: found)
    }

    // One line without its Liquid tags and output, shortcodes and attribute lists; each piece taken out.
    private static func withoutMarkup(_ line: String) -> (String, [String]) {
        var text = Substring(line)
        var kept = ""
        var removed: [String] = []
        // A close not found after one place is not found after a later one: each is looked for once in vain.
        var unclosed: Set<String> = []
        while let start = text.firstIndex(of: "{") {
            kept += text[..<start]
            let rest = text[start...]
            guard let (piece, replacement) = markup(at: rest, unclosed: &unclosed) else {
                kept.append("{")
                text = rest.dropFirst()
                continue
            }
            removed.append(String(piece))
            kept += replacement
            text = rest.dropFirst(piece.count)
        }
        kept += text
        return (kept, removed)
    }

    // The piece of site markup at the start of `text`, and what stands in its place.
    private static func markup(at text: Substring, unclosed: inout Set<String>) -> (Substring, String)? {
        for (open, close) in [("{{<", ">}}"), ("{{%", "%}}"), ("{%", "%}"), ("{{", "}}"), ("{:", "}")]
        where text.hasPrefix(open) {
            guard !unclosed.contains(close),
                let end = text.range(
                    of: close, range: text.index(text.startIndex, offsetBy: open.count)..<text.endIndex)
            else {
                unclosed.insert(close)
                return nil
            }
            let piece = text[..<end.upperBound]
            let inner = piece.dropFirst(open.count).dropLast(close.count).trimmingCharacters(in: .whitespaces)
            // A PolicyPress variable is not the site's: the import escapes it as the document's own text.
            if open == "{{",
                inner.range(of: #"^(school|term|trust|policy)\.[A-Za-z0-9_.]+$"#, options: .regularExpression) != nil
            {
                return nil
            }
            // `{{< ref "fees.md" >}}`: the page it names.
            let words = inner.split(whereSeparator: \.isWhitespace)
            if open == "{{<", let name = words.first, name == "ref" || name == "relref", words.count > 1 {
                return (piece, words[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'")))
            }
            return (piece, "")
        }
        return nil
    }
}
