/// Fills words into lines of at most `width` characters, behind a first-line prefix and a continuation prefix.
///
/// Words are separated by runs of U+0020 spaces only, so a non-breaking space (U+00A0) stays inside its word.
/// Each `"\n"` in the text is a hard break: what follows starts a new line behind the continuation prefix.
struct TextWrapper: Sendable {
    /// The widest a line may be, prefix included, counted in `Character`s.
    var width: Int
    /// What the first line starts with, such as a list marker `"1. "`.
    var firstPrefix: String = ""
    /// What every later line starts with, such as `"   "` to line up under a marker.
    var continuationPrefix: String = ""

    /// The wrapped lines of `text`, without trailing spaces; no lines when the text holds no words and no breaks.
    func lines(for text: String) -> [String] {
        var filler = LineFiller(self)
        // Splitting the UTF-8 bytes is much faster than splitting Characters, and the same for "\n" and " ".
        for (index, segment) in text.utf8.split(separator: 10, omittingEmptySubsequences: false).enumerated() {
            if index > 0 { filler.breakLine() }
            for word in segment.split(separator: 32) { filler.add(Substring(word)) }
        }
        return filler.finish()
    }
}

/// The line being filled and the lines already full, while a ``TextWrapper`` runs; it works on UTF-8 bytes
/// and counts characters only for words that are not plain ASCII.
private struct LineFiller {
    private let wrapper: TextWrapper
    private(set) var lines: [String] = []
    private var current: [UInt8]
    private var currentCount: Int
    private var hasWord = false

    init(_ wrapper: TextWrapper) {
        self.wrapper = wrapper
        current = Array(wrapper.firstPrefix.utf8)
        currentCount = wrapper.firstPrefix.count
    }

    mutating func add(_ word: Substring) {
        let bytes = word.utf8
        let length = bytes.allSatisfy { $0 < 0x80 } ? bytes.count : word.count
        if hasWord && currentCount + 1 + length > wrapper.width { breakLine() }
        if hasWord {
            current.append(0x20)
            currentCount += 1
        }
        current += bytes
        currentCount += length
        hasWord = true
    }

    mutating func breakLine() {
        while let last = current.last, last == 0x20 || last == 0x09 { current.removeLast() }
        lines.append(String(decoding: current, as: UTF8.self))
        current = Array(wrapper.continuationPrefix.utf8)
        currentCount = wrapper.continuationPrefix.count
        hasWord = false
    }

    mutating func finish() -> [String] {
        if hasWord || !lines.isEmpty { breakLine() }
        return lines
    }
}

extension StringProtocol {
    /// The text without the spaces and tabs at its end.
    func withoutTrailingBlanks() -> String {
        guard let last = lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(self[...last])
    }
}
