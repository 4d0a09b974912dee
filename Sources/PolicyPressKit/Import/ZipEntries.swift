import CZlib
import Foundation

/// The parts of a zip file (a Word document is one), read by name: the only code that unpacks anything,
/// with zlib. A part is read only when its size, as the zip's directory gives it, is within `largest`; a
/// part that unpacks to more, or that zlib cannot unpack, gives nothing.
enum ZipEntries {
    /// The most one part may unpack to.
    static let largest = ImportFormat.largestText

    /// The bytes of the part `name` of the zip `data`, or nil when there is no such part or it cannot be read.
    static func data(named name: String, in data: Data) -> Data? {
        let bytes = [UInt8](data)
        guard let entry = directory(of: bytes)?.first(where: { $0.name == name }), entry.size <= largest else {
            return nil
        }
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        // The local header: 30 bytes, then the name and an extra field of its own lengths, then the data.
        let local = entry.offset
        guard local + 30 <= bytes.count, bytes[local] == 0x50, bytes[local + 1] == 0x4B, bytes[local + 2] == 0x03,
            bytes[local + 3] == 0x04
        else { return nil }
        let start = local + 30 + u16(local + 26) + u16(local + 28)
        guard start + entry.compressed <= bytes.count else { return nil }
        let packed = bytes[start..<(start + entry.compressed)]
        switch entry.method {
        case 0: return Data(packed)
        case 8: return inflated(Array(packed), size: entry.size)
        default: return nil
        }
    }

    /// One part, as the directory lists it.
    struct Entry {
        var name: String
        var method: Int
        var compressed: Int
        var size: Int
        var offset: Int
    }

    /// The central directory's entries, or nil when `bytes` hold no sound directory: the end record is the last
    /// 22 bytes, unless a comment (at most 65,535 bytes) follows it.
    static func directory(of bytes: [UInt8]) -> [Entry]? {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        guard bytes.count >= 22 else { return nil }
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while end >= lowest,
            !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 0x05 && bytes[end + 3] == 0x06)
        { end -= 1 }
        guard end >= lowest else { return nil }
        let count = u16(end + 10), size = u32(end + 12), start = u32(end + 16)
        guard start + size <= end else { return nil }
        var position = start
        var entries: [Entry] = []
        for _ in 0..<count {
            guard position + 46 <= end, u32(position) == 0x0201_4B50 else { return nil }
            let nameLength = u16(position + 28)
            guard position + 46 + nameLength <= end else { return nil }
            entries.append(
                Entry(
                    name: String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self),
                    method: u16(position + 10),
                    compressed: u32(position + 20), size: u32(position + 24), offset: u32(position + 42)))
            position += 46 + nameLength + u16(position + 30) + u16(position + 32)
        }
        return entries
    }

    // Raw deflate (no zlib header, as a zip holds it), unpacked to at most `size` bytes.
    private static func inflated(_ packed: [UInt8], size: Int) -> Data? {
        guard size > 0 else { return Data() }
        var output = [UInt8](repeating: 0, count: size)
        var input = packed
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return nil
        }
        defer { inflateEnd(&stream) }
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        return Data(output.prefix(Int(stream.total_out)))
    }
}
