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
        // In a line of ASCII a byte is a character, and reading bytes is many times faster; the rules are the same.
        if line.utf8.allSatisfy({ $0 < 0x80 }) {
            return parse(Array(line.utf8), line: line) { String(decoding: $0, as: UTF8.self) }
        }
        return parse(Array(line), line: line) { String($0) }
    }

    // The rules, over the line's characters (or bytes, for a line of ASCII); columns count from 1 over the line.
    private static func parse<Unit: FenceUnit>(
        _ units: [Unit], line: Substring, text: (ArraySlice<Unit>) -> String
    ) -> Result<FenceLine, FenceSyntaxError>? {
        var index = 0
        while index < units.count, units[index].isBlank { index += 1 }
        let indent = index
        guard units.count >= indent + 3, units[indent..<(indent + 3)].allSatisfy({ $0 == Unit.colon }) else {
            return nil
        }
        index = indent + 3
        while index < units.count, units[index].isBlank { index += 1 }
        if index == units.count { return .success(.close) }
        let keywordStart = index
        while index < units.count, !units[index].isBlank { index += 1 }
        let keyword = text(units[keywordStart..<index])
        guard keyword == "only" || keyword == "except" else {
            let trimmed = text(units[indent...]).withoutTrailingBlanks()
            return .failure(
                FenceSyntaxError(
                    message:
                        "expected '::: only TYPE, …', '::: except TYPE, …' or ':::' to close a block, but found '\(trimmed)'",
                    column: indent + 1))
        }
        var types: [(name: String, column: Int)] = []
        while index < units.count {
            if units[index].isSeparator {
                index += 1
                continue
            }
            let start = index
            while index < units.count, !units[index].isSeparator { index += 1 }
            types.append((text(units[start..<index]), start + 1))
        }
        guard !types.isEmpty else {
            return .failure(
                FenceSyntaxError(
                    message: "'::: \(keyword)' names no school type; expected '::: \(keyword) TYPE, …'",
                    column: indent + 1))
        }
        return .success(.open(keepWhenListed: keyword == "only", types: types))
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

/// What a fence line is read in: its characters, or its bytes when it is all ASCII.
private protocol FenceUnit: Equatable {
    static var colon: Self { get }
    /// A space or a tab.
    var isBlank: Bool { get }
    /// A space, a tab or a comma, which separate the types.
    var isSeparator: Bool { get }
}

extension Character: FenceUnit {
    fileprivate static var colon: Character { ":" }
    fileprivate var isBlank: Bool { self == " " || self == "\t" }
    fileprivate var isSeparator: Bool { isBlank || self == "," }
}

extension UInt8: FenceUnit {
    fileprivate static var colon: UInt8 { UInt8(ascii: ":") }
    fileprivate var isBlank: Bool { self == 0x20 || self == 0x09 }
    fileprivate var isSeparator: Bool { isBlank || self == UInt8(ascii: ",") }
}
