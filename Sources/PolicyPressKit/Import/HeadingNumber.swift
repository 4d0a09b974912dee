/// The number a heading is written with ("1.", "3.2", "Section 4 –", "Part 2:"), which PolicyPress drops
/// since it numbers sections itself.
enum HeadingNumber {
    /// The number as written (nil when there is none) and the heading's words after it.
    static func split(_ text: String) -> (number: String?, rest: String) {
        var rest = Substring(text)
        var number = ""
        for word in ["Section ", "Part ", "Chapter "] where rest.lowercased().hasPrefix(word.lowercased()) {
            number = String(rest.prefix(word.count))
            rest = rest.dropFirst(word.count)
        }
        let digits = rest.prefix { $0.isNumber || $0 == "." }
        guard let first = digits.first, first.isNumber else { return (nil, text) }
        rest = rest.dropFirst(digits.count)
        number += digits
        // What may follow the number: ")", ":", a dash, spaces.
        let separator = rest.prefix { " \t)–—-:".contains($0) }
        guard !separator.isEmpty || rest.isEmpty else { return (nil, text) }
        rest = rest.dropFirst(separator.count)
        let shown = (number + separator).trimmingCharacters(in: .whitespaces)
        return (shown, String(rest))
    }
}
