#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension String {
    /// Whether the text's UTF-8 holds `byte` (an ASCII character): `memchr`, which reads many bytes a step,
    /// for the checks that run over every section of every school.
    func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            guard let start = bytes.baseAddress else { return false }
            return memchr(start, Int32(byte), bytes.count) != nil
        }
    }
}

extension Array where Element == UInt8 {
    /// Whether the bytes hold `byte`: `memchr`, as for a string.
    func containsByte(_ byte: UInt8) -> Bool {
        withUnsafeBufferPointer { bytes in
            guard let start = bytes.baseAddress else { return false }
            return memchr(start, Int32(byte), bytes.count) != nil
        }
    }
}
