extension PlainTextWriter {
    /// The notes, each as `[1] text` with later lines lined up after the marker; when any note holds several
    /// blocks, a blank line separates every two notes, as it does the items of a loose list.
    func notes(_ footnotes: [MarkdownFootnote]) -> [String] {
        let markers = rightAligned(footnotes.map { "[\($0.number)]" }).map { $0 + " " }
        let tight = footnotes.allSatisfy { $0.blocks.count <= 1 }
        return items(footnotes.map(\.blocks), markers: markers, tight: tight, in: .notes)
    }
}

extension Frame {
    /// Where footnotes are written: at the left margin and not in a list, so the depth is one less than the
    /// top's, which makes a note's own list start again with the first bullet.
    static let notes = Frame(first: "", rest: "", listDepth: -1)
}
