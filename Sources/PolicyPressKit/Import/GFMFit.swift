/// The last pass before pandoc writes a section: what its GitHub-flavoured Markdown writer could only write as
/// raw HTML (which no edition publishes, so `check` refuses it), or would write as text PolicyPress reads as
/// its own syntax, made into Markdown that says the same words plainly.
///
/// - Attributes that only HTML could carry go: a link's or inline code's id and classes.
/// - Mathematics keeps its source text; a citation its words.
/// - A code block is fenced (given the info string `text`), so that pandoc never needs a `<!-- -->` to keep it
///   out of a list before it, and so that `{{` and `:::` in it stay code.
/// - A link without words shows its address; an e-mail address or `www.` address given without its scheme
///   gets one, as Word would open it.
/// - Text PolicyPress would read as its own: `{{` (a variable) is written `\{{`, and a paragraph starting
///   `:::` (a fence) is written `\:::`.
enum GFMFit {
    /// The blocks fitted, at any depth.
    static func fitted(_ blocks: [PandocBlock]) -> [PandocBlock] {
        blocks.flatMap { block -> [PandocBlock] in
            switch block {
            case .other(let json) where json["t"]?.string == "CodeBlock":
                return [fencedCode(json)]
            case .para(let inlines):
                return [.para(fenceSafe(fitted(inlines)))]
            case .plain(let inlines):
                return [.plain(fenceSafe(fitted(inlines)))]
            default:
                return [block.mapChildren(blocks: fitted, inlines: fitted)]
            }
        }
    }

    /// The inlines fitted, at any depth.
    static func fitted(_ inlines: [PandocInline]) -> [PandocInline] {
        inlines.flatMap { inline -> [PandocInline] in
            switch inline {
            case .str(let text) where text.contains("{{"):
                return literalBraces(text)
            case .link(_, let words, let url, let title):
                let address = withScheme(url)
                let shown = words.isEmpty ? [PandocInline.str(address)] : fitted(words)
                return [.link(PandocAttr(), shown, url: address, title: title)]
            case .other(let json):
                return other(json)
            default:
                return [inline.mapChildren(blocks: fitted, inlines: fitted)]
            }
        }
    }

    // Code, mathematics and citations, which pandoc keeps as nodes of their own.
    private static func other(_ json: PandocJSON) -> [PandocInline] {
        let content = json["c"]?.elements ?? []
        switch json["t"]?.string {
        case "Code" where content.count == 2:
            return [.other(.object(["t": .string("Code"), "c": .array([PandocAttr().json, content[1]])]))]
        case "Math" where content.count == 2:
            return literalBraces(content[1].string ?? "")
        case "Cite" where content.count == 2:
            return fitted(content[1].elements.map(PandocInline.init))
        default:
            return [.other(json)]
        }
    }

    private static func fencedCode(_ json: PandocJSON) -> PandocBlock {
        let text = json["c"]?.elements.last ?? .string("")
        return .other(.object(["t": .string("CodeBlock"), "c": .array([PandocAttr(classes: ["text"]).json, text])]))
    }

    // `{{` written so that cmark shows it and no variable is read: `\{{`, as Markdown written by hand would.
    private static func literalBraces(_ text: String) -> [PandocInline] {
        var result: [PandocInline] = []
        var rest = Substring(text)
        while let range = rest.range(of: "{{") {
            if range.lowerBound > rest.startIndex { result.append(.str(String(rest[..<range.lowerBound]))) }
            result.append(.markdown("\\{{"))
            rest = rest[range.upperBound...]
        }
        if !rest.isEmpty { result.append(.str(String(rest))) }
        return result
    }

    // A paragraph's line that starts `:::` (its first, or one after a hard break) would open or close a fence.
    private static func fenceSafe(_ inlines: [PandocInline]) -> [PandocInline] {
        var result: [PandocInline] = []
        var lineStart = true
        for inline in inlines {
            if lineStart, case .str(let text) = inline, text.hasPrefix(":") {
                result += [.markdown("\\:"), .str(String(text.dropFirst()))].filter { $0 != .str("") }
            } else {
                result.append(inline)
            }
            lineStart = inline == .lineBreak
        }
        return result
    }

    /// The address with the scheme a bare e-mail or `www.` address lacks.
    static func withScheme(_ url: String) -> String {
        guard LinkTarget.scheme(of: url) == nil, !url.hasPrefix("#"), !url.hasPrefix("/") else { return url }
        if url.lowercased().hasPrefix("www.") { return "http://" + url }
        let parts = url.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !url.contains("/") { return "mailto:" + url }
        return url
    }
}

extension PandocInline {
    /// Markdown that pandoc writes as it is, for what no other node says: an escape, or a variable.
    static func markdown(_ text: String) -> PandocInline {
        .other(.object(["t": .string("RawInline"), "c": .array([.string("gfm"), .string(text)])]))
    }
}
