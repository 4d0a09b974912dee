extension String {
    /// The text's lines, without their `\n`: split on the byte, which is many times faster than on
    /// characters for a long text, and splits `\r\n` (one character in Swift) too, leaving its `\r`.
    var lineSlices: [Substring] {
        var text = self
        let ends: [Int] = text.withUTF8 { bytes in
            var ends: [Int] = []
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") { ends.append(index) }
            ends.append(bytes.count)
            return ends
        }
        // Offsets on a native string's UTF-8 view are found without walking it, and a "\n" is a scalar boundary.
        let utf8 = text.utf8
        var start = utf8.startIndex
        return ends.map { end in
            let stop = utf8.index(utf8.startIndex, offsetBy: end)
            defer { start = stop == utf8.endIndex ? stop : utf8.index(after: stop) }
            return text[start..<stop]
        }
    }
}
