/// The clean-up of a paragraph's inlines: what no edition can show goes (pictures, comments, raw markup,
/// each reported), formatting that Markdown has no plain form for is reduced to its words, drafting notes
/// in italic square brackets are taken out for the section's guidance, and blanks are found.
struct InlineCleanup {
    /// Whether drafting notes and blanks stay words of the text, as in a document read as it was approved
    /// (see `PolicyImporter.Reading`).
    var keepsNotesAndBlanks = false
    /// What was found, to add to the report.
    var found: [ImportReport.Item] = []
    /// The drafting notes taken out, in order.
    var notes: [String] = []

    /// Blanks that are the school's name, whatever words the model's author chose.
    static let schoolNameBlanks: Set<String> = [
        "add school/setting or trust name", "add school name", "school name", "name of school", "insert school name",
        "add school/academy name", "school/academy name", "name of school/academy", "add name of school",
    ]

    /// `inlines` cleaned.
    mutating func clean(_ inlines: [PandocInline]) -> [PandocInline] {
        var result: [PandocInline] = []
        for inline in RawHTMLInlines.structured(inlines) {
            switch inline {
            case .image(_, let description, _, _):
                found.append(.imageLeftOut(PandocInline.text(of: description)))
            case .span(let attr, let inner) where attr.classes.contains("comment-start"):
                found.append(.commentLeftOut(Self.firstWords(PandocInline.text(of: inner))))
            case .span(let attr, _) where Self.isComment(attr):
                break
            case .emph(let inner) where Self.isNote(inner) && !keepsNotesAndBlanks:
                notes.append(Self.bracketed(PandocInline.text(of: inner)))
                found.append(.noteMoved(Self.bracketed(PandocInline.text(of: inner))))
            case .emph(let inner): result.append(.emph(clean(inner)))
            case .strong(let inner): result.append(.strong(clean(inner)))
            case .underline(let inner): result += clean(inner)
            case .span(_, let inner): result += clean(inner)
            case .link(let attr, let inner, let url, let title):
                result.append(.link(attr, clean(inner), url: url, title: title))
            case .note(let blocks): result.append(.note(blocks.map { cleanInNote($0) }))
            case .other(let json):
                result += otherInline(json)
            default:
                result.append(inline)
            }
        }
        return Self.trimmed(keepsNotesAndBlanks ? result : fillingBlanks(in: result))
    }

    // A footnote's paragraphs, lists and tables get the same clean-up as the text.
    private mutating func cleanInNote(_ block: PandocBlock) -> PandocBlock {
        block.mapChildren(blocks: { $0.map { cleanInNote($0) } }, inlines: { clean($0) })
    }

    // Superscript, subscript and small capitals would reach the page as raw HTML: their words stay, plain.
    private mutating func otherInline(_ json: PandocJSON) -> [PandocInline] {
        let tag = json["t"]?.string ?? ""
        switch tag {
        case "Superscript", "Subscript", "SmallCaps":
            return clean((json["c"]?.elements ?? []).map(PandocInline.init))
        case "RawInline":
            let text = json["c"]?.elements.last?.string ?? ""
            found.append(.markupLeftOut("raw markup '\(Self.firstWords(text))'"))
            return []
        default:
            return [.other(json)]
        }
    }

    // A blank is text in square brackets, not in italics: the school's name becomes its variable; any other
    // stays, and is reported.
    private mutating func fillingBlanks(in inlines: [PandocInline]) -> [PandocInline] {
        var result: [PandocInline] = []
        var index = 0
        while index < inlines.count {
            guard case .str(let word) = inlines[index], word.hasPrefix("[") else {
                result.append(inlines[index])
                index += 1
                continue
            }
            // The blank runs to the first word that closes the bracket, over words and spaces only.
            var end = index
            var closed = false
            while end < inlines.count {
                if case .str(let last) = inlines[end], last.contains("]") {
                    closed = true
                    break
                }
                if case .str = inlines[end] {} else if inlines[end] != .space && inlines[end] != .softBreak { break }
                end += 1
            }
            guard closed, case .str(let last) = inlines[end], let close = last.firstIndex(of: "]") else {
                // Nothing up to `end` closes a bracket, so no "[" before it opens a blank either: the words are
                // passed over once, not searched again from each "[".
                result += inlines[index..<end]
                index = end
                continue
            }
            let text = PandocInline.text(of: Array(inlines[index...end]))
            let inside = String(text.dropFirst().prefix(while: { $0 != "]" }))
            let after = String(last[last.index(after: close)...])
            if Self.schoolNameBlanks.contains(inside.lowercased().trimmingCharacters(in: .whitespaces)) {
                result.append(.markdown("{{ school.name }}"))
                if !after.isEmpty { result.append(.str(after)) }
            } else {
                found.append(.blank(inside))
                result += inlines[index...end]
            }
            index = end + 1
        }
        return result
    }

    /// Whether a span is one of the pair that marks a comment (`--track-changes=all`).
    static func isComment(_ attr: PandocAttr) -> Bool {
        attr.classes.contains("comment-start") || attr.classes.contains("comment-end")
    }

    /// Whether italic inlines are a drafting note: their words in square brackets.
    static func isNote(_ inlines: [PandocInline]) -> Bool {
        let text = PandocInline.text(of: inlines).trimmingCharacters(in: .whitespaces)
        return text.hasPrefix("[") && text.hasSuffix("]") && text.count > 2
    }

    /// The words inside the brackets.
    static func bracketed(_ text: String) -> String {
        String(text.trimmingCharacters(in: .whitespaces).dropFirst().dropLast())
    }

    static func firstWords(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.prefix(8).joined(separator: " ") + (words.count > 8 ? "…" : "")
    }

    // Spaces left at either end, or two together, by what was taken out.
    static func trimmed(_ inlines: [PandocInline]) -> [PandocInline] {
        var result: [PandocInline] = []
        for inline in inlines {
            if inline == .space, let last = result.last, last == .space || last == .softBreak { continue }
            result.append(inline)
        }
        while let first = result.first, first == .space || first == .softBreak { result.removeFirst() }
        while let last = result.last, last == .space || last == .softBreak { result.removeLast() }
        return result
    }
}
