/// The link reference definitions (`[label]: url`) and footnote definitions (`[^label]: text`) of a
/// whole document, found in its text.
///
/// A document cut into sections usually keeps them all at its end, but the differ reads each section
/// apart from the others: without them a section's links would not resolve and its notes would vanish,
/// and a changed note or link target would show as no change at all.
struct MarkdownDefinitions {
    /// One definition: the label it defines, as cited (`^note` for a footnote), and its text.
    struct Definition {
        var label: String
        var text: String
    }

    /// The definitions, in the document's order.
    private(set) var definitions: [Definition] = []

    /// Finds the definitions in `lines`, outside fenced code, where a paragraph could start.
    init(lines: [Substring]) {
        var fences = CodeFenceTracker()
        var index = 0
        var canStart = true
        while index < lines.count {
            let line = lines[index]
            if fences.isCode(line) {
                (index, canStart) = (index + 1, false)
                continue
            }
            if canStart, let label = Self.label(startingAt: line) {
                let end = label.hasPrefix("^") ? Self.endOfFootnote(from: index, in: lines) : index + 1
                let text = lines[index..<end].joined(separator: "\n").trimmingNewlines
                if label.hasPrefix("^") || CommonMarkConverter().document(from: text).blocks.isEmpty {
                    definitions.append(Definition(label: label, text: text))
                }
                (index, canStart) = (end, true)
                continue
            }
            // A definition cannot interrupt a paragraph; it can follow a blank line or a heading.
            canStart = line.allSatisfy { $0 == " " || $0 == "\t" } || line.drop(while: { $0 == " " }).hasPrefix("#")
            index += 1
        }
    }

    /// `body` with the definitions it cites but does not hold itself added at its end.
    func appendingCited(to body: String) -> String {
        guard !definitions.isEmpty else { return body }
        let cited = Self.bracketed(in: body)
        let missing = definitions.filter { cited.contains($0.label.lowercased()) && !body.contains($0.text) }
        guard !missing.isEmpty else { return body }
        return ([body] + missing.map(\.text)).joined(separator: "\n\n")
    }

    // Everything written in brackets, folded to lower case as labels are matched: a cheap superset of the
    // labels a text cites, read in one pass so that a long document with many notes stays fast.
    private static func bracketed(in text: String) -> Set<String> {
        var found: Set<String> = []
        var current: String?
        for character in text {
            switch character {
            case "[": current = ""
            case "]":
                if let label = current { found.insert(label.lowercased()) }
                current = nil
            default: current?.append(character)
            }
        }
        return found
    }

    // `[label]:` or `[^label]:` indented at most three spaces, followed on the same line by something.
    private static func label(startingAt line: Substring) -> String? {
        let text = line.drop(while: { $0 == " " })
        guard line.count - text.count <= 3, text.first == "[", let close = text.firstIndex(of: "]") else { return nil }
        let label = text[text.index(after: text.startIndex)..<close]
        let rest = text[text.index(after: close)...]
        guard !label.isEmpty, rest.hasPrefix(":"), !label.contains("["),
            !rest.dropFirst().allSatisfy({ $0 == " " || $0 == "\t" })
        else { return nil }
        return String(label)
    }

    // A note runs on over indented lines, blank lines followed by indented ones, and lines that continue
    // its paragraph (anything but a blank line, a new definition, a heading, a fence, a quote or a list item).
    private static func endOfFootnote(from start: Int, in lines: [Substring]) -> Int {
        var end = start + 1
        while end < lines.count {
            let line = lines[end]
            let isBlank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if isBlank {
                guard let next = lines[end...].firstIndex(where: { !$0.allSatisfy { $0 == " " || $0 == "\t" } }),
                    isIndented(lines[next])
                else { break }
                end = next
            } else if !isIndented(line) && interruptsParagraph(line) {
                break
            }
            end += 1
        }
        return end
    }

    private static func isIndented(_ line: Substring) -> Bool {
        line.hasPrefix("    ") || line.hasPrefix("\t")
    }

    private static func interruptsParagraph(_ line: Substring) -> Bool {
        let text = line.drop(while: { $0 == " " })
        if label(startingAt: line) != nil { return true }
        if let first = text.first, "#>`~-*+".contains(first) { return true }
        let digits = text.prefix(while: \.isNumber)
        return !digits.isEmpty && [".", ")"].contains(text.dropFirst(digits.count).first)
    }
}
