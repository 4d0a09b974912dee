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
        var text = text
        return text.withUTF8 { bytes in
            Self.isPlainRun(bytes) ? slicedLines(bytes) : filledLines(for: String(decoding: bytes, as: UTF8.self))
        }
    }

    // Whether the text is words of ASCII with one space between each, and no break, tab or space at either
    // end: the usual paragraph, whose every line is then one slice of it.
    static func isPlainRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != 32, last != 32 else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            if byte >= 0x80 || byte == 10 || byte == 9 || (byte == 32 && previous == 32) { return false }
            previous = byte
        }
        return true
    }

    // The lines of a plain run: as many words as fit after the prefix, or one word alone when it does not fit.
    func slicedLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var lines: [String] = []
        var start = 0
        var prefix = firstPrefix, room = width - firstPrefix.count
        while start < bytes.count {
            var end: Int
            if bytes.count - start <= room {
                end = bytes.count
            } else {
                // The last space at most `room` bytes on ends the line; without one, the first word stands alone.
                end = start + max(room, 0)
                while end > start, bytes[end] != 32 { end -= 1 }
                if end == start {
                    end = start + 1
                    while end < bytes.count, bytes[end] != 32 { end += 1 }
                }
            }
            lines.append(prefix + String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            start = end + 1
            prefix = continuationPrefix
            room = width - continuationPrefix.count
        }
        return lines
    }

    // Any text, word by word.
    func filledLines(for text: String) -> [String] {
        var filler = LineFiller(self)
        // Splitting the UTF-8 bytes is much faster than splitting Characters, and the same for "\n" and " ".
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            while start <= bytes.count {
                // One pass finds the word's end and whether it is plain ASCII.
                var end = start, ascii = true
                while end < bytes.count {
                    let byte = bytes[end]
                    if byte == 32 || byte == 10 { break }
                    if byte >= 0x80 { ascii = false }
                    end += 1
                }
                if end > start { filler.add(UnsafeBufferPointer(rebasing: bytes[start..<end]), ascii: ascii) }
                if end < bytes.count && bytes[end] == 10 { filler.breakLine() }
                start = end + 1
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
    private let continuation: [UInt8]
    private let continuationCount: Int

    init(_ wrapper: TextWrapper) {
        self.wrapper = wrapper
        current = Array(wrapper.firstPrefix.utf8)
        currentCount = wrapper.firstPrefix.count
        continuation = Array(wrapper.continuationPrefix.utf8)
        continuationCount = wrapper.continuationPrefix.count
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) {
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
        current.removeAll(keepingCapacity: true)
        current.append(contentsOf: continuation)
        currentCount = continuationCount
        hasWord = false
    }

    mutating func finish() -> [String] {
        if hasWord || !lines.isEmpty { breakLine() }
        return lines
    }
}
