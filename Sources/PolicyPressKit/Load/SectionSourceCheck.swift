/// Checks a model section's own Markdown for what no school's edition could publish: headings that would
/// break the page's outline, and raw HTML, which cmark-gfm's safe mode leaves out of every edition.
///
/// Values cannot make headings or HTML (they are escaped), so the check runs once on the model text, with
/// the `:::` lines blanked so that they cannot join a following `---` into a heading, rather than once per
/// school; text inside blocks for every type is checked, so an author sees a mistake whichever school is checked.
enum SectionSourceCheck {
    /// Every such problem in a section, at its position in the section file.
    static func problems(in section: ModelSection, converter: CommonMarkConverter = CommonMarkConverter())
        -> [Diagnostic]
    {
        let lines = section.body.lineSlices.map { line in
            line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix(":::") ? "" : line
        }
        var problems: [Diagnostic] = []
        var openTags: [String: Int] = [:]
        for landmark in converter.landmarks(in: lines.joined(separator: "\n")) {
            let location = SourceLocation(
                file: section.file, line: section.bodyLine + landmark.line - 1, column: landmark.column)
            switch landmark.kind {
            case .heading(let level) where level < 3:
                problems.append(
                    Diagnostic(
                        "a heading inside a section must be level 3 or deeper (start it with '###'): the section's title is level 2",
                        at: location))
            case .htmlBlock(let html):
                problems.append(RawHTML(html).diagnostic(at: location))
            case .htmlInline(let html):
                let tag = RawHTML(html)
                // `<span>x</span>` is one mistake: the closing tag of a tag already reported is not reported again.
                if tag.isClosing, let open = openTags[tag.name], open > 0 {
                    openTags[tag.name] = open - 1
                    continue
                }
                if !tag.isClosing, !tag.isSelfContained { openTags[tag.name, default: 0] += 1 }
                problems.append(tag.diagnostic(at: location))
            default:
                break
            }
        }
        return problems
    }
}

/// A piece of raw HTML in a section, and what the author should write instead.
struct RawHTML {
    /// The first tag (or comment) of the piece, as written, shortened.
    var shown: String
    /// The tag's name in lower case, without `/`; empty for a comment or declaration.
    var name: String
    /// Whether it is a closing tag such as `</span>`.
    var isClosing: Bool
    /// Whether it needs no closing tag: a comment, `<br>`, `<img>`, `<hr>` or `<… />`.
    var isSelfContained: Bool

    /// Reads the first tag of `html`.
    init(_ html: String) {
        let firstLine = html.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? html
        let tag = firstLine.firstIndex(of: ">").map { String(firstLine[...$0]) } ?? firstLine
        shown = tag.count > 40 ? String(tag.prefix(39)) + "…" : tag
        isClosing = tag.hasPrefix("</")
        name = String(tag.dropFirst(isClosing ? 2 : 1).prefix(while: { $0.isLetter || $0.isNumber })).lowercased()
        isSelfContained = name.isEmpty || ["br", "img", "hr", "wbr", "input"].contains(name) || tag.hasSuffix("/>")
    }

    /// The error for this piece at a place.
    func diagnostic(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            "raw HTML '\(shown)' would not be published (HTML is left out of every edition): \(advice)", at: location)
    }

    private var advice: String {
        switch name {
        case "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col":
            return "write it as a Markdown table (a header row, a row of '---', then one line a row, cells between '|')"
        case "div", "p", "section", "article", "center", "font", "blockquote":
            return "write its text as paragraphs, with a blank line between them, and no tags"
        case "ul", "ol", "li":
            return "write it as a Markdown list ('- ' or '1. ' at the start of each item's line)"
        case "h1", "h2", "h3", "h4", "h5", "h6":
            return "write a heading inside a section as '### Heading'"
        case "b", "strong", "i", "em", "u", "span", "mark":
            return "write its text without the tags; use *emphasis* or **strong** where the words need it"
        case "a":
            return "write a link as [text](address)"
        case "img":
            return "write an image as ![what it shows](address)"
        case "br":
            return "end the line with a backslash '\\' for a line break, or start a new paragraph"
        case "sup", "sub":
            return "write its text without the tags, or make it a footnote with [^1]"
        case "":
            return
                "an HTML comment or declaration is never shown; delete it, or move a note for authors into the front matter's 'guidance:'"
        default:
            return "write its text without the tags"
        }
    }
}
