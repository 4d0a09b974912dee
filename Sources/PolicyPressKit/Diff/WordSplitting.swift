extension StringProtocol {
    /// The words of the text: its runs of characters that are not white space. Read scalar by scalar, not
    /// character by character, since the diff splits every word of both editions; ASCII is told apart
    /// without the Unicode tables.
    var blankSeparatedWords: [SubSequence] {
        wordRanges.map { self[$0] }
    }

    /// Where the words of the text stand (see ``blankSeparatedWords``).
    var wordRanges: [Range<Index>] {
        var ranges: [Range<Index>] = []
        let scalars = unicodeScalars
        var start: Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if scalars[index].isBlank {
                if let wordStart = start { ranges.append(wordStart..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = scalars.index(after: index)
        }
        if let wordStart = start { ranges.append(wordStart..<scalars.endIndex) }
        return ranges
    }
}

extension Unicode.Scalar {
    /// White space, asked of ASCII without a look-up in the Unicode tables.
    var isBlank: Bool {
        value < 0x80 ? value == 32 || (9...13).contains(value) : properties.isWhitespace
    }
}
