import Foundation

/// A `{{ }}` tag of a template: its sigil (`#`, `^`, `/`, `>`, `!`, `=`, `%`, `&`, or none), its name, and
/// where it stands. Read once when the templates are loaded, for `check` to read every school against.
public struct TemplateTag: Sendable {
    public var sigil: Character?
    public var name: String
    public var offset: String.Index

    /// Where the tag stands in its template.
    public func location(in source: SourceText) -> SourceLocation {
        let before = source.text[..<offset]
        let line = before.utf8.reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
        let lineStart = before.lastIndex(of: "\n").map { source.text.index(after: $0) } ?? source.text.startIndex
        return SourceLocation(file: source.path, line: line, column: source.text[lineStart..<offset].count + 1)
    }

    /// The tags of a template, in order; a transform (`{{ uppercased(title) }}`) names what it transforms.
    public static func tags(in source: SourceText) -> [TemplateTag] {
        let text = source.text
        var tags: [TemplateTag] = []
        var position = text.startIndex
        while let open = text.range(of: "{{", range: position..<text.endIndex) {
            let triple = text[open.upperBound...].hasPrefix("{")
            let close = triple ? "}}}" : "}}"
            let start = triple ? text.index(after: open.upperBound) : open.upperBound
            guard let end = text.range(of: close, range: start..<text.endIndex) else { break }
            var content = text[start..<end.lowerBound].trimmingCharacters(in: .whitespaces)
            var sigil: Character? = triple ? "&" : nil
            if let first = content.first, "#^/>!=%&".contains(first), !triple {
                sigil = first
                content = String(content.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            if sigil != "!", sigil != "=", sigil != "%", let paren = content.firstIndex(of: "("), content.hasSuffix(")")
            {
                content = String(content[content.index(after: paren)..<content.index(before: content.endIndex)])
                    .trimmingCharacters(in: .whitespaces)
            }
            tags.append(TemplateTag(sigil: sigil, name: content, offset: open.lowerBound))
            position = end.upperBound
        }
        return tags
    }
}
