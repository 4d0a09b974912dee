/// Finds the `code spans` of one line, where variables are left as written.
enum CodeSpans {
    /// The character offsets that lie inside a code span, backtick delimiters included.
    static func ranges(in line: [Character]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < line.count {
            if line[index] == "\\" {
                index += 2
                continue
            }
            guard line[index] == "`" else {
                index += 1
                continue
            }
            let opening = runLength(in: line, at: index)
            var search = index + opening
            var closed = false
            while search < line.count {
                if line[search] == "`" {
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

    private static func runLength(in line: [Character], at start: Int) -> Int {
        var end = start
        while end < line.count, line[end] == "`" { end += 1 }
        return end - start
    }
}
