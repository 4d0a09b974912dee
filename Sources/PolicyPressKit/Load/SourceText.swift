import Foundation

/// A text file as read from disk: UTF-8 checked, byte-order mark dropped, line endings made `\n`.
public struct SourceText: Hashable, Sendable {
    /// The path the file was read from, as the user named it.
    public var path: String
    /// The text with `\n` line endings.
    public var text: String

    /// Wraps text that is already clean (for tests and for text made in memory).
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Decodes bytes, refusing invalid UTF-8 and NUL bytes with the position of the first bad byte.
    public init(path: String, data: Data) throws(Diagnostic) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = Self.firstInvalidByte(in: bytes) {
            throw Diagnostic(
                "the file is not valid UTF-8 text (byte 0x\(String(bytes[bad], radix: 16, uppercase: true))); save it as UTF-8",
                at: Self.location(ofByte: bad, in: bytes, path: path))
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw Diagnostic(
                "the file contains a NUL byte; it looks like a binary file, not text",
                at: Self.location(ofByte: nul, in: bytes, path: path))
        }
        let decoded = String(decoding: bytes, as: UTF8.self)
        self.path = path
        self.text = Self.normalisingLineEndings(decoded)
    }

    /// The text's lines, without their `\n`.
    public var lines: [Substring] {
        text.lineSlices
    }

    static func normalisingLineEndings(_ text: String) -> String {
        guard text.containsByte(13) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    private static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
            if length > 1 {
                let second = bytes[index + 1]
                if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)
                    || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F)
                {
                    return index
                }
            }
            index += length
        }
        return nil
    }

    private static func location(ofByte offset: Int, in bytes: [UInt8], path: String) -> SourceLocation {
        let before = bytes[..<offset]
        let line = before.reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
        let lineStart = before.lastIndex(of: 10).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return SourceLocation(file: path, line: line, column: column)
    }
}
