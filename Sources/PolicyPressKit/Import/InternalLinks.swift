/// Links from one place in a document to another. Word marks a place with a bookmark (`_Toc…` for its
/// contents, `_Ref…` for a cross-reference, any name for a hyperlink), Google Docs with `h.…`, a web page
/// with an `id`; pandoc gives each heading an id of its own, and keeps a bookmark only as an empty `Span`.
/// None of these survive into Markdown, where a heading's id is made from its words.
///
/// So, first (`tagged`), every heading is given a token as its identifier, and the names it answers to are
/// remembered: its own id, each bookmark inside it or on a `Div` it starts, and the ids that GitHub and
/// pandoc would make from its words. Once the document is cut into sections (`resolved`), each token gets
/// the id PolicyPress gives that heading on the policy's page, and every in-page link is pointed at it. A
/// link to a place that is not a heading keeps its words, without the link, and is reported.
struct InternalLinks {
    /// The names each heading answers to, by its token.
    private var names: [String: Set<String>] = [:]
    /// Bookmarks and ids on other things than headings.
    private var bookmarks: Set<String> = []
    /// Bookmarks the Word file's XML gives by the words of the paragraph they mark (see `WordParts`), for those
    /// pandoc does not keep.
    private var paragraphBookmarks: [String: Set<String>] = [:]
    /// The names the document's title answers to: a link to it ("Back to top") leads to the page's top.
    private var titleNames: Set<String> = []
    private var count = 0

    /// Links over a document; `paragraphBookmarks`, when its Word XML was read, name headings by their words.
    init(paragraphBookmarks: [String: Set<String>] = [:]) {
        self.paragraphBookmarks = paragraphBookmarks
        bookmarks = Set(paragraphBookmarks.values.joined())
    }

    /// Identifiers of headings made by `tagged` start with this, which no document's own id does.
    static let tokenPrefix = "policypress-heading-"

    /// `blocks` with each heading tagged, at any depth.
    mutating func tagged(_ blocks: [PandocBlock]) -> [PandocBlock] {
        blocks.map { tag($0) }
    }

    /// Notes that `title` is the document's title, given by the heading tagged `token` (nil when it came from
    /// the document's properties or a Title paragraph): links to it lead to the top of the page.
    mutating func nameTitle(_ title: String, token: String?) {
        titleNames.formUnion(Self.names(ofHeading: title).union(paragraphBookmarks[WordParts.key(title)] ?? []))
        if let token { titleNames.formUnion(names.removeValue(forKey: token) ?? []) }
    }

    /// A token for a heading found by the import (a paragraph in bold), with the names its words give it.
    mutating func token(forHeading inlines: [PandocInline]) -> String {
        let token = Self.tokenPrefix + String(count)
        count += 1
        let text = PandocInline.text(of: inlines)
        names[token] = Self.names(ofHeading: text).union(paragraphBookmarks[WordParts.key(text)] ?? [])
        return token
    }

    private mutating func tag(_ block: PandocBlock) -> PandocBlock {
        switch block {
        case .header(let level, var attr, let inlines):
            let token = token(forHeading: inlines)
            var own = anchors(in: inlines)
            if !attr.identifier.isEmpty { own.insert(attr.identifier) }
            names[token, default: []].formUnion(own)
            attr.identifier = token
            return .header(level: level, attr, inlines)
        case .div(let attr, let inner):
            let tagged = inner.map { tag($0) }
            // A `Div` that starts with a heading (a web page's `<section id=…>`) names that heading. Its id
            // stays until the `Div` is unwrapped: a web page's footnotes are found by theirs.
            if !attr.identifier.isEmpty {
                if case .header(_, let first, _)? = tagged.first?.content, first.identifier.hasPrefix(Self.tokenPrefix)
                {
                    names[first.identifier, default: []].insert(attr.identifier)
                } else {
                    bookmarks.insert(attr.identifier)
                }
            }
            return .div(attr, tagged)
        default:
            return block.mapChildren(
                blocks: { $0.map { tag($0) } },
                inlines: { inlines in
                    bookmarks.formUnion(anchors(in: inlines))
                    return inlines
                })
        }
    }

    // The ids of spans and links in `inlines`, at any depth (a footnote's blocks apart, which are tagged as blocks).
    private mutating func anchors(in inlines: [PandocInline]) -> Set<String> {
        var found: Set<String> = []
        for inline in inlines {
            switch inline {
            case .span(let attr, let inner), .link(let attr, let inner, _, _):
                if !attr.identifier.isEmpty { found.insert(attr.identifier) }
                found.formUnion(anchors(in: inner))
            case .emph(let inner), .strong(let inner), .underline(let inner):
                found.formUnion(anchors(in: inner))
            case .note(let blocks):
                _ = blocks.map { tag($0) }
            default:
                break
            }
        }
        return found
    }

    /// The ids other tools would make from a heading's words: GitHub's (`2-scope-of-the-policy`), pandoc's
    /// (`scope-of-the-policy`, from the first letter on), and PolicyPress's, with and without the number.
    static func names(ofHeading text: String) -> Set<String> {
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var names: Set<String> = []
        for version in [words, HeadingNumber.split(words).rest] {
            let lower = version.lowercased()
            let github = String(
                lower.compactMap { $0 == " " ? "-" : ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : nil }
            )
            let kept = String(
                lower.compactMap { $0 == " " ? "-" : ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : nil })
            let pandoc = String(kept.drop { !$0.isLetter })
            var slugs = SlugMaker()
            names.formUnion([github, pandoc, slugs.slug(for: version)].filter { !$0.isEmpty })
        }
        return names
    }

    /// A name as compared when no name matches exactly: small letters, without Word's leading underscores
    /// or Google's `heading=`.
    static func loose(_ name: String) -> String {
        var name = Substring(name.lowercased())
        if name.hasPrefix("heading=") { name = name.dropFirst("heading=".count) }
        return String(name.drop { $0 == "_" })
    }

    /// The sections with every in-page link pointed at the id its heading has on the policy's page; links
    /// that lead to no heading keep their words and are reported, and so are links to files outside the
    /// policy (kept as they are: `check` warns of them too). `sitePages` are the pages a site may link to.
    func resolved(_ sections: [DocumentCleaner.Section], sitePages: Set<String>, report: inout ImportReport)
        -> [DocumentCleaner.Section]
    {
        let (ids, byWords) = pageIDs(of: sections)
        var exact: [String: String] = [:]
        var loose: [String: String] = [:]
        // Every id the page gives is a name too, so that a link already pointing at one stays as it is.
        for id in ids.values { exact[id] = id }
        for (token, headingNames) in names.sorted(by: { $0.key < $1.key }) {
            guard let id = ids[token] else { continue }
            for name in headingNames {
                exact[name] = exact[name] ?? id
                loose[Self.loose(name)] = loose[Self.loose(name)] ?? id
            }
        }
        // The title is no heading of the page: the top of the page (`#main`) is where it stands.
        for name in titleNames.sorted() {
            exact[name] = exact[name] ?? "main"
            loose[Self.loose(name)] = loose[Self.loose(name)] ?? "main"
        }
        return sections.map { section in
            var rewriter = LinkRewriter(
                exact: exact, loose: loose, byWords: byWords, bookmarks: bookmarks, sitePages: sitePages)
            var result = section
            result.blocks = section.blocks.map { rewriter.rewritten($0) }
            for item in rewriter.found { report.add(item, in: section.title) }
            return result
        }
    }

    // The id of each heading on the page, by token: the sections' anchors in order, then each section's
    // headings in reading order, as `EditionResolver` and `EditionRenderer` give them; and by its words
    // (see `words`), the first heading of those words.
    private func pageIDs(of sections: [DocumentCleaner.Section]) -> (
        byToken: [String: String], byWords: [String: String]
    ) {
        var ids: [String: String] = [:]
        var byWords: [String: String] = [:]
        var sectionSlugs = SlugMaker(reserving: SlugMaker.policyPageIDs)
        var anchors: Set<String> = []
        for section in sections {
            let anchor = sectionSlugs.slug(for: section.title)
            anchors.insert(anchor)
            byWords[Self.words(section.title)] = byWords[Self.words(section.title)] ?? anchor
            if let token = section.token { ids[token] = anchor }
        }
        var slugs = SlugMaker(reserving: SlugMaker.policyPageIDs.union(anchors))
        var notes: [PandocBlock] = []
        for section in sections {
            for block in Self.readingOrder(section.blocks) {
                block.forEachInline { if case .note(let inner) = $0 { notes += inner } }
                guard case .header(_, let attr, let inlines) = block else { continue }
                let text = PandocInline.text(of: inlines)
                let id = slugs.slug(for: text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
                if attr.identifier.hasPrefix(Self.tokenPrefix) { ids[attr.identifier] = id }
                byWords[Self.words(text)] = byWords[Self.words(text)] ?? id
            }
        }
        for block in Self.readingOrder(notes) {
            guard case .header(_, let attr, let inlines) = block else { continue }
            let id = slugs.slug(for: PandocInline.text(of: inlines))
            if attr.identifier.hasPrefix(Self.tokenPrefix) { ids[attr.identifier] = id }
        }
        return (ids, byWords)
    }

    /// A heading's or a link's words as compared: without a number, small letters, single spaces, no
    /// punctuation at either end.
    static func words(_ text: String) -> String {
        let plain = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return HeadingNumber.split(plain).rest.lowercased().trimmingCharacters(
            in: .punctuationCharacters.union(.whitespaces))
    }

    // Blocks in reading order, each before those inside it (quotes, list items), as the page counts headings.
    private static func readingOrder(_ blocks: [PandocBlock]) -> [PandocBlock] {
        blocks.flatMap { block -> [PandocBlock] in
            switch block {
            case .blockQuote(let inner), .div(_, let inner): return [block] + readingOrder(inner)
            case .bulletList(let items), .orderedList(_, let items): return [block] + items.flatMap(readingOrder)
            default: return [block]
            }
        }
    }
}

/// Rewrites the links of one section: in-page links to their heading's id, or to their words.
private struct LinkRewriter {
    var exact: [String: String]
    var loose: [String: String]
    /// Headings' ids by their words: a link whose bookmark is gone (a heading retyped after Word made its
    /// contents) still leads to the heading it names.
    var byWords: [String: String]
    var bookmarks: Set<String>
    var sitePages: Set<String>
    var found: [ImportReport.Item] = []

    mutating func rewritten(_ block: PandocBlock) -> PandocBlock {
        var block = block
        if case .header(let level, var attr, let inlines) = block, attr.identifier.hasPrefix(InternalLinks.tokenPrefix)
        {
            attr.identifier = ""
            block = .header(level: level, attr, inlines)
        }
        return block.mapChildren(blocks: { $0.map { rewritten($0) } }, inlines: { rewritten($0) })
    }

    mutating func rewritten(_ inlines: [PandocInline]) -> [PandocInline] {
        inlines.flatMap { inline -> [PandocInline] in
            guard case .link(let attr, let words, let url, let title) = inline else {
                return [inline.mapChildren(blocks: { $0.map { rewritten($0) } }, inlines: { rewritten($0) })]
            }
            let inner = rewritten(words)
            let text = PandocInline.text(of: inner).trimmingCharacters(in: .whitespaces)
            // Word's `HYPERLINK \l "bookmark"` field, which pandoc reads as a link to `\l`: a place in the document.
            if url.hasPrefix("\\"), byWords[InternalLinks.words(text)] == nil {
                found.append(.linkKeptAsText(words: text, target: url, bookmark: false))
                return inner
            }
            switch LinkTarget(url.hasPrefix("\\") ? "#" : url, sitePages: sitePages) {
            case .inPage(let fragment):
                let name = fragment.removingPercentEncoding ?? fragment
                if let id = exact[name] ?? loose[InternalLinks.loose(name)] ?? byWords[InternalLinks.words(text)] {
                    return [.link(attr, inner, url: "#" + id, title: title)]
                }
                found.append(.linkKeptAsText(words: text, target: name, bookmark: bookmarks.contains(name)))
                return inner
            case .outsideFile(let path):
                found.append(.linkToFile(words: text, url: path))
                return [.link(attr, inner, url: url, title: title)]
            case .web, .sitePage:
                return [.link(attr, inner, url: url, title: title)]
            }
        }
    }
}
