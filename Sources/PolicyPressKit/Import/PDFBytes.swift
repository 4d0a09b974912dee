import Foundation

/// What a PDF's bytes tell before the reader opens it: that it is a PDF at all, that it is whole, and how
/// many pages it claims, so that a file named .pdf that is something else, a download cut short or a
/// document of thousands of pages is refused at once, with what to do, and the reader never starts.
enum PDFBytes {
    /// The most pages a policy may have: the longest statutory policies run to about a hundred.
    static let largestPageCount = 500

    /// What is wrong with `data` as a PDF to import, or nil when nothing is.
    static func problem(in data: Data) -> String? {
        // The header may follow a little junk (some mail programs add it); readers look in the first kilobyte.
        guard data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil else {
            return
                "the file is named .pdf but is not a PDF (it does not start with %PDF-): find the document it really is, or the PDF itself"
        }
        guard data.suffix(4096).range(of: Data("%%EOF".utf8)) != nil else {
            return
                "the PDF is cut short (it lacks the end every PDF has): it was damaged in copying or downloading; copy or download it again"
        }
        if let pages = pageCount(in: data), pages > largestPageCount {
            return
                "the PDF has \(pages) pages, more than a policy has (at most \(largestPageCount)): import the policy itself, not a collection of documents"
        }
        return nil
    }

    /// The pages the PDF claims: the largest `/Count` of its page tree, when the tree is in plain sight
    /// (not packed in a compressed object stream); nil when none is found.
    static func pageCount(in data: Data) -> Int? {
        let token = Data("/Count".utf8)
        var largest: Int?
        var start = data.startIndex
        while let found = data.range(of: token, in: start..<data.endIndex) {
            var index = found.upperBound
            while index < data.endIndex,
                data[index] == 0x20 || data[index] == 0x0A || data[index] == 0x0D || data[index] == 0x09
            { index += 1 }
            var value = 0, digits = 0
            while index < data.endIndex, (0x30...0x39).contains(data[index]), digits < 10 {
                value = value * 10 + Int(data[index] - 0x30)
                digits += 1
                index += 1
            }
            if digits > 0 { largest = max(largest ?? 0, value) }
            start = found.upperBound
        }
        return largest
    }

}
