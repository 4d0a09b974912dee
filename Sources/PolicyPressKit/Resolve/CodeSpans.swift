/// Finds the `code spans` of one line, where variables are left as written.
enum CodeSpans {
    /// The byte offsets (in the line's UTF-8) that lie inside a code span, backtick delimiters included.
    static func ranges(in line: [UInt8]) -> [Range<Int>] {
        let backtick: UInt8 = 0x60, backslash: UInt8 = 0x5C
        // Most lines have no code at all.
        guard line.containsByte(backtick) else { return [] }
        var ranges: [Range<Int>] = []
        var index = 0
        while index < line.count {
            if line[index] == backslash {
                index += 2
                continue
            }
            guard line[index] == backtick else {
                index += 1
                continue
            }
            let opening = runLength(in: line, at: index)
            var search = index + opening
            var closed = false
            while search < line.count {
                if line[search] == backtick {
                    let length = runLength(in: line, at: search)
                    if length == opening {
                        ranges.append(index..<(search + length))
                        index = search + length
                        closed = true
                        break
                    }
                    search += length
                } else {
                    search += 1
                }
            }
            if !closed { index += opening }
        }
        return ranges
    }

    private static func runLength(in line: [UInt8], at start: Int) -> Int {
        var end = start
        while end < line.count, line[end] == 0x60 { end += 1 }
        return end - start
    }
}
