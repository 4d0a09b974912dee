/// An edition as the differ aligns it: one list of blocks, each section's heading a heading block of its own
/// (in the context `FlatEdition.sectionHeading`) followed by the section's blocks. The whole text is aligned
/// at once, so that a heading added, removed or moved to another level changes that heading and no more.
/// The footnotes, which the text edition prints after their section whichever part of it cites them, are
/// aligned apart (after the text, `notesStart` on), so that a section cut in two does not seem to move them.
struct FlatEdition {
    /// The context of a section's heading, which no block of a section's text has.
    static let sectionHeading = "§"

    /// The sections, as the differ reads them.
    let sections: [EditionDiffer.Section]
    /// Every block, in reading order.
    let blocks: [DiffBlock]
    /// The section each block is in, by its place in `sections`.
    let section: [Int]
    /// Where the footnotes start in `blocks`.
    let notesStart: Int
    /// Where each section's heading stands in `blocks`, by the section's place in `sections`.
    let heading: [Int: Int]

    /// The edition's sections, or those at `including` (places in `sections`) in that order, as one list.
    init(_ sections: [EditionDiffer.Section], including: [Int]? = nil) {
        self.sections = sections
        var blocks: [DiffBlock] = []
        var notes: [DiffBlock] = []
        var section: [Int] = []
        var noteSection: [Int] = []
        var heading: [Int: Int] = [:]
        for index in including ?? Array(sections.indices) {
            let part = sections[index]
            heading[index] = blocks.count
            blocks.append(Self.heading(of: part))
            section.append(index)
            for block in part.blocks {
                if block.isFootnote {
                    notes.append(block)
                    noteSection.append(index)
                } else {
                    blocks.append(block)
                    section.append(index)
                }
            }
        }
        notesStart = blocks.count
        self.heading = heading
        self.blocks = blocks + notes
        self.section = section + noteSection
    }

    /// The blocks of the text, footnotes apart.
    var text: ArraySlice<DiffBlock> { blocks[..<notesStart] }
    /// The footnotes' blocks.
    var notes: ArraySlice<DiffBlock> { blocks[notesStart...] }

    /// A section's heading as a block: its level (0 for text under no heading) and its title.
    static func heading(of section: EditionDiffer.Section) -> DiffBlock {
        DiffBlock(
            kind: .heading(level: section.level ?? 0), context: sectionHeading, firstPrefix: "",
            restPrefix: "", text: section.title)
    }

    /// Whether the block at `index` is a section's heading.
    func isHeading(_ index: Int) -> Bool {
        blocks[index].context == Self.sectionHeading
    }
}

extension DiffBlock {
    /// Whether the block is a section's heading in a `FlatEdition`.
    var isSectionHeading: Bool { context == FlatEdition.sectionHeading }

    /// Whether the block is a paragraph, list item or subheading of a section's text.
    var isProse: Bool { !isSectionHeading && ProseHunk.applies(to: [self]) }

    /// A paragraph's, list item's or subheading's words and their formatting, whatever its kind or list:
    /// what tells that such a block whose list or level changed is still the same; any other block's identity.
    var alignmentKey: String {
        guard isProse else { return identity }
        return "\u{1}" + text + "\u{1}" + styles.joined(separator: "\u{1F}")
    }

    /// Whether the block is part of a footnote.
    var isFootnote: Bool { context.hasPrefix("footnote") }
}
