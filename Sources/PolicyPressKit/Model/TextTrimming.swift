// Trimming text, in one place for every stage: at both ends or at one, by a rule or on the bytes.

import Foundation

extension StringProtocol {
    /// The text without the characters at either end for which `isTrimmed` holds.
    func trimming(_ isTrimmed: (Character) -> Bool) -> String {
        guard let start = firstIndex(where: { !isTrimmed($0) }), let end = lastIndex(where: { !isTrimmed($0) }) else {
            return ""
        }
        return String(self[start...end])
    }

    /// The text without the spaces and tabs at its end.
    func withoutTrailingBlanks() -> String {
        guard let last = lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(self[...last])
    }

    /// The text without the characters at its end for which `predicate` holds.
    func trimmingSuffix(while predicate: (Character) -> Bool) -> SubSequence {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}

extension String {
    /// Nil for text that is empty or only spaces.
    var nilIfBlank: String? {
        trimmingCharacters(in: .whitespaces).isEmpty ? nil : self
    }

    /// The text without spaces and line breaks at either end, trimmed on its UTF-8 bytes.
    var trimmingBlanks: String {
        let bytes = utf8
        guard let start = bytes.firstIndex(where: { $0 != 32 && $0 != 10 }) else { return "" }
        let end = bytes.lastIndex(where: { $0 != 32 && $0 != 10 })!
        if start == bytes.startIndex && end == bytes.index(before: bytes.endIndex) { return self }
        return String(self[start...end])
    }

    /// The text without line breaks at either end.
    var trimmingNewlines: String {
        let bytes = utf8
        guard let start = bytes.firstIndex(where: { $0 != 10 && $0 != 13 }) else { return "" }
        let end = bytes.lastIndex(where: { $0 != 10 && $0 != 13 })!
        return String(decoding: bytes[start...end], as: UTF8.self)
    }
}
