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
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : 10
                guard byte == 32 || byte == 10 else { continue }
                if index > start { filler.add(UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                if byte == 10 && index < bytes.count { filler.breakLine() }
                start = index + 1
            }
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

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var ascii = true
        for byte in bytes where byte >= 0x80 {
            ascii = false
            break
        }
        let length = ascii ? bytes.count : String(decoding: bytes, as: UTF8.self).count
        if hasWord && currentCount + 1 + length > wrapper.width { breakLine() }
        if hasWord {
            current.append(0x20)
            currentCount += 1
        }
        current.append(contentsOf: bytes)
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
