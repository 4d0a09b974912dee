extension Sequence where Element == UInt8 {
    /// The bytes as lower-case hexadecimal, two digits each: how hashes are written everywhere in the tool.
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in self {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
