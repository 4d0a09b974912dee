/// A `:::` line that opens or closes a block of type-specific wording.
enum FenceLine: Equatable {
    /// `::: only TYPE, …` (keepWhenListed true) or `::: except TYPE, …` (false), with each type's column.
    case open(keepWhenListed: Bool, types: [(name: String, column: Int)])
    /// A line that is just `:::`.
    case close

    /// Reads a line; nil when it is not a fence line at all, a message when it is a malformed one.
    static func parse(_ line: Substring) -> Result<FenceLine, FenceSyntaxError>? {
        // Nearly every line is not one; the first byte after any indent says so without reading characters.
        guard line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: ":") else { return nil }
        let indent = line.prefix(while: { $0 == " " || $0 == "\t" }).count
        let trimmed = line.dropFirst(indent)
        guard trimmed.hasPrefix(":::") else { return nil }
        let rest = trimmed.dropFirst(3)
        if rest.allSatisfy({ $0 == " " || $0 == "\t" }) { return .success(.close) }
        let words = rest.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let keyword = words[0]
        guard keyword == "only" || keyword == "except" else {
            return .failure(
                FenceSyntaxError(
                    message: "expected '::: only TYPE, …', '::: except TYPE, …' or ':::' to close a block, but found '\(trimmed.withoutTrailingBlanks())'",
                    column: indent + 1))
        }
        // Columns count from 1 over the whole line; the types follow the keyword.
        let characters = Array(line)
        var types: [(name: String, column: Int)] = []
        var index = indent + 3
        while characters[index] == " " || characters[index] == "\t" { index += 1 }
        index += keyword.count
        while index < characters.count {
            if isSeparator(characters[index]) {
                index += 1
                continue
            }
            let start = index
            while index < characters.count, !isSeparator(characters[index]) { index += 1 }
            types.append((String(characters[start..<index]), start + 1))
        }
        guard !types.isEmpty else {
            return .failure(
                FenceSyntaxError(
                    message: "'::: \(keyword)' names no school type; expected '::: \(keyword) TYPE, …'", column: indent + 1))
        }
        return .success(.open(keepWhenListed: keyword == "only", types: types))
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character == "," || character == " " || character == "\t"
    }

    static func == (lhs: FenceLine, rhs: FenceLine) -> Bool {
        switch (lhs, rhs) {
        case (.close, .close): return true
        case (.open(let a, let x), .open(let b, let y)):
            return a == b && x.map(\.name) == y.map(\.name) && x.map(\.column) == y.map(\.column)
        default: return false
        }
    }
}

/// Why a `:::` line could not be read, and the column the problem starts at.
struct FenceSyntaxError: Error, Equatable {
    var message: String
    var column: Int
}
