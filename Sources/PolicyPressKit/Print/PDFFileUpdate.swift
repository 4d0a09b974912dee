import Foundation

/// What is read from, and added to, a PDF the browser printed: its number of pages, and the document facts
/// the browser does not write (the author; that a reader shows the title rather than the file name, which
/// PDF/UA asks). The facts are added as an incremental update (PDF 1.7, 7.5.6): the objects changed are
/// written again after the end of the file, with a cross-reference section of their own that points back
/// to the browser's, so that no byte the browser wrote moves.
///
/// It reads only what Chromium's PDF writer (Skia) writes: dictionaries as plain text, a classic
/// cross-reference table and a `trailer`. Anything else is a failure, not a guess.
enum PDFFileUpdate {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The number of pages: the page objects (`/Type /Page`, not `/Pages`).
    static func pageCount(_ pdf: Data) -> Int {
        // `/Type /Page` (Chromium) or `/Type/Page` (Typst), but not `/Type /Pages`.
        let bytes = [UInt8](pdf), key = Array("/Type".utf8), page = Array("/Page".utf8)
        var count = 0, index = 0
        while let found = find(key, in: bytes, from: index) {
            index = found + key.count
            while index < bytes.count,
                bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\n")
                    || bytes[index] == UInt8(ascii: "\r")
            {
                index += 1
            }
            guard index + page.count < bytes.count, Array(bytes[index..<index + page.count]) == page else { continue }
            index += page.count
            if !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[index]) { count += 1 }
        }
        return count
    }

    /// `pdf` with `/Author` in its document information and `/DisplayDocTitle` in its viewer preferences.
    static func adding(author: String, to pdf: Data) throws(Failure) -> Data {
        let bytes = [UInt8](pdf)
        guard let trailerStart = rfind(Array("trailer".utf8), in: bytes),
            let startxref = rfind(Array("startxref".utf8), in: bytes), startxref > trailerStart
        else { throw Failure(description: "the PDF has no trailer the update can follow") }
        let trailer = String(decoding: bytes[(trailerStart + 7)..<startxref], as: UTF8.self)
        let previousTable = String(decoding: bytes[(startxref + 9)...], as: UTF8.self).split(
            whereSeparator: \.isWhitespace
        ).first
        guard let info = integer(after: "/Info", in: trailer), let root = integer(after: "/Root", in: trailer),
            let size = integer(after: "/Size", in: trailer), let previous = previousTable.flatMap({ Int($0) })
        else { throw Failure(description: "the PDF's trailer names no document information, catalog or size") }
        let updated = [
            (info, try dictionary(info, in: bytes) + "\n/Author " + textString(author)),
            (root, try catalog(root, in: bytes)),
        ].sorted { $0.0 < $1.0 }
        var out = bytes
        if out.last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
        var table = "xref\n"
        var offsets: [(Int, Int)] = []
        for (object, body) in updated {
            offsets.append((object, out.count))
            out += Array("\(object) 0 obj\n<<\(body)>>\nendobj\n".utf8)
        }
        let xref = out.count
        for (object, offset) in offsets { table += "\(object) 1\n" + String(format: "%010d 00000 n \n", offset) }
        table +=
            "trailer\n<</Size \(size)\n/Root \(root) 0 R\n/Info \(info) 0 R\n/Prev \(previous)>>\nstartxref\n\(xref)\n%%EOF\n"
        out += Array(table.utf8)
        return Data(out)
    }

    // The inside of object `number`'s dictionary, `<<` and `>>` left off.
    private static func dictionary(_ number: Int, in bytes: [UInt8]) throws(Failure) -> String {
        let header = Array("\n\(number) 0 obj\n<<".utf8)
        guard let start = find(header, in: bytes, from: 0) else {
            throw Failure(description: "the PDF has no object \(number)")
        }
        let bodyStart = start + header.count
        guard let end = find(Array(">>\nendobj".utf8), in: bytes, from: bodyStart) else {
            throw Failure(description: "the PDF's object \(number) is not a plain dictionary")
        }
        let body = String(decoding: bytes[bodyStart..<end], as: UTF8.self)
        // A stream object has no `>>` just before its `endobj`: the search would have run on into the next objects.
        guard !body.contains("endobj"), !body.contains("stream") else {
            throw Failure(description: "the PDF's object \(number) is not a plain dictionary")
        }
        return body
    }

    // The catalog, asking readers to show the document's title.
    private static func catalog(_ number: Int, in bytes: [UInt8]) throws(Failure) -> String {
        let body = try dictionary(number, in: bytes)
        return body.contains("/ViewerPreferences") ? body : body + "\n/ViewerPreferences <</DisplayDocTitle true>>"
    }

    // A text string as PDF writes any text: UTF-16BE with its byte-order mark, in hex.
    static func textString(_ text: String) -> String {
        "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }

    // The whole number after `key` in a dictionary: an object's number for a reference (`/Root 83 0 R`).
    private static func integer(after key: String, in dictionary: String) -> Int? {
        guard let range = dictionary.range(of: key + " ") else { return nil }
        return Int(dictionary[range.upperBound...].prefix { $0.isNumber })
    }

    static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == first, bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    private static func rfind(_ pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        var index = bytes.count - pattern.count
        while index >= 0 {
            if bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index -= 1
        }
        return nil
    }
}
