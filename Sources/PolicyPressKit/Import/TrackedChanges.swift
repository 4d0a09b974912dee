/// Counts the tracked changes pandoc marks (`--track-changes=all`): insertions and deletions of text, and
/// of whole paragraphs, wherever they stand.
enum TrackedChanges {
    static let classes: Set<String> = ["insertion", "deletion", "paragraph-insertion", "paragraph-deletion"]

    static func count(in blocks: [PandocBlock]) -> Int {
        var count = 0
        for block in blocks {
            block.forEachInline { inline in
                if case .span(let attr, _) = inline, attr.classes.contains(where: classes.contains) { count += 1 }
            }
        }
        return count
    }
}
