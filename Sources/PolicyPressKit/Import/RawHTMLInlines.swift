import Foundation

/// HTML written inside a paragraph of Markdown (a web page's `<strong>…</strong>`, `<a href="…">…</a>`,
/// `<br>`), which pandoc keeps as separate raw pieces around the words. Where a tag says what Markdown can
/// say too, it is made into that: strong and bold, emphasis and italics, a link, a line break; any other
/// pair of tags (`<span style=…>`, `<u>`, `<small>`) gives way to its words. A tag left without its pair,
/// and anything else raw (a comment), stays for the clean-up to leave out and report.
enum RawHTMLInlines {
    /// `inlines` with their raw HTML tags made into Markdown, where they pair up within these inlines.
    static func structured(_ inlines: [PandocInline]) -> [PandocInline] {
        guard inlines.contains(where: { tag(of: $0) != nil }) else { return inlines }
        var result: [PandocInline] = []
        var index = 0
        while index < inlines.count {
            guard let open = tag(of: inlines[index]), !open.closing else {
                result.append(inlines[index])
                index += 1
                continue
            }
            if open.name == "br" {
                result.append(.lineBreak)
                index += 1
                continue
            }
            // The matching close at the same depth of tags of this name.
            var depth = 0
            var close: Int?
            for candidate in (index + 1)..<inlines.count {
                guard let tag = tag(of: inlines[candidate]), tag.name == open.name else { continue }
                if !tag.closing {
                    depth += 1
                } else if depth == 0 {
                    close = candidate
                    break
                } else {
                    depth -= 1
                }
            }
            guard let close, !open.isVoid else {
                result.append(inlines[index])
                index += 1
                continue
            }
            let inner = structured(Array(inlines[(index + 1)..<close]))
            switch open.name {
            case "strong", "b": result.append(.strong(inner))
            case "em", "i": result.append(.emph(inner))
            case "a" where open.href != nil: result.append(.link(PandocAttr(), inner, url: open.href!, title: ""))
            default: result += inner
            }
            index = close + 1
        }
        return result
    }

    /// An HTML tag: its name in small letters, whether it closes, and a link's address.
    struct Tag {
        var name: String
        var closing: Bool
        var href: String?
        var isVoid: Bool { ["img", "hr", "wbr", "input", "meta", "link"].contains(name) }
    }

    // The tag a raw HTML inline is, or nil (not HTML, a comment, not one tag).
    static func tag(of inline: PandocInline) -> Tag? {
        guard case .other(let json) = inline, json["t"]?.string == "RawInline", let parts = Optional(json["c"]?.elements ?? []),
            parts.count == 2, parts[0].string == "html", let text = parts[1].string
        else { return nil }
        let pattern = try! NSRegularExpression(pattern: #"^<(/?)([A-Za-z][A-Za-z0-9]*)([^<>]*?)/?>$"#)
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let match = pattern.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)),
            let slash = Range(match.range(at: 1), in: trimmed), let name = Range(match.range(at: 2), in: trimmed),
            let attributes = Range(match.range(at: 3), in: trimmed)
        else { return nil }
        var href: String?
        let hrefPattern = try! NSRegularExpression(pattern: #"href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"#, options: .caseInsensitive)
        let rest = String(trimmed[attributes])
        if let found = hrefPattern.firstMatch(in: rest, range: NSRange(rest.startIndex..., in: rest)) {
            for group in 1...3 {
                if let range = Range(found.range(at: group), in: rest) { href = String(rest[range]) }
            }
        }
        return Tag(name: trimmed[name].lowercased(), closing: !trimmed[slash].isEmpty, href: href)
    }
}
