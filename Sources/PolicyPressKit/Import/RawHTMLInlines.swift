import Foundation

/// HTML written inside a paragraph of Markdown (a web page's `<strong>…</strong>`, `<a href="…">…</a>`,
/// `<br>`), which pandoc keeps as separate raw pieces around the words. Where a tag says what Markdown can
/// say too, it is made into that: strong and bold, emphasis and italics, a link, a line break; any other
/// pair of tags (`<span style=…>`, `<u>`, `<small>`) gives way to its words. A tag left without its pair,
/// and anything else raw (a comment), stays for the clean-up to leave out and report.
enum RawHTMLInlines {
    /// `inlines` with their raw HTML tags made into Markdown, where they pair up within these inlines.
    static func structured(_ inlines: [PandocInline]) -> [PandocInline] {
        let tags = inlines.map(tag(of:))
        guard tags.contains(where: { $0 != nil }) else { return inlines }
        // Each opening tag's close, found in one pass: a close pairs with the latest open tag of its name.
        var closes: [Int: Int] = [:]
        var open: [String: [Int]] = [:]
        for (index, tag) in tags.enumerated() {
            guard let tag, !tag.isVoid, tag.name != "br" else { continue }
            if !tag.closing {
                open[tag.name, default: []].append(index)
            } else if let start = open[tag.name]?.popLast() {
                closes[start] = index
            }
        }
        return structured(inlines[...], tags: tags, closes: closes)
    }

    private static func structured(_ inlines: ArraySlice<PandocInline>, tags: [Tag?], closes: [Int: Int])
        -> [PandocInline]
    {
        var result: [PandocInline] = []
        var index = inlines.startIndex
        while index < inlines.endIndex {
            let tag = tags[index]
            if tag?.name == "br", tag?.closing == false {
                result.append(.lineBreak)
                index += 1
                continue
            }
            guard let open = tag, !open.closing, let close = closes[index], close < inlines.endIndex else {
                result.append(inlines[index])
                index += 1
                continue
            }
            let inner = structured(inlines[(index + 1)..<close], tags: tags, closes: closes)
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
    struct Tag: Equatable {
        var name: String
        var closing: Bool
        var href: String?
        var isVoid: Bool { ["img", "hr", "wbr", "input", "meta", "link"].contains(name) }
    }

    private static let tagPattern = try! NSRegularExpression(pattern: #"^<(/?)([A-Za-z][A-Za-z0-9]*)([^<>]*?)/?>$"#)
    private static let hrefPattern = try! NSRegularExpression(
        pattern: #"href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"#, options: .caseInsensitive)

    // The tag a raw HTML inline is, or nil (not HTML, a comment, not one tag).
    static func tag(of inline: PandocInline) -> Tag? {
        guard case .other(let json) = inline, json["t"]?.string == "RawInline",
            let parts = Optional(json["c"]?.elements ?? []),
            parts.count == 2, parts[0].string == "html", let text = parts[1].string
        else { return nil }
        let pattern = Self.tagPattern
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let match = pattern.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)),
            let slash = Range(match.range(at: 1), in: trimmed), let name = Range(match.range(at: 2), in: trimmed),
            let attributes = Range(match.range(at: 3), in: trimmed)
        else { return nil }
        var href: String?
        let hrefPattern = Self.hrefPattern
        let rest = String(trimmed[attributes])
        if let found = hrefPattern.firstMatch(in: rest, range: NSRange(rest.startIndex..., in: rest)) {
            for group in 1...3 {
                if let range = Range(found.range(at: group), in: rest) { href = String(rest[range]) }
            }
        }
        return Tag(name: trimmed[name].lowercased(), closing: !trimmed[slash].isEmpty, href: href)
    }
}
