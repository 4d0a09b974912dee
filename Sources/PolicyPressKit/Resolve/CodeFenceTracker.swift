/// Follows fenced code blocks (``` or ~~~) line by line, so that code is left exactly as written.
struct CodeFenceTracker {
    private var open: (marker: Character, length: Int)?

    /// Whether `line` belongs to a fenced code block, its opening and closing lines included.
    mutating func isCode(_ line: Substring) -> Bool {
        let firstByte = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 })
        guard firstByte == UInt8(ascii: "`") || firstByte == UInt8(ascii: "~") else { return open != nil }
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        guard let marker = trimmed.first, marker == "`" || marker == "~" else { return open != nil }
        let length = trimmed.prefix(while: { $0 == marker }).count
        if let current = open {
            let rest = trimmed.dropFirst(length)
            if marker == current.marker, length >= current.length, rest.allSatisfy({ $0 == " " || $0 == "\t" }) {
                open = nil
            }
            return true
        }
        // A backtick fence's info string may not contain backticks.
        if length >= 3, marker == "~" || !trimmed.dropFirst(length).contains("`") {
            open = (marker, length)
            return true
        }
        return false
    }
}
