import Foundation

/// A PDF's headings, levelled again. A PDF has no heading styles: the reader guesses each heading's level
/// from its font size (or takes its tag), and two years of the same policy, set a little differently, come
/// out with other levels. Here a numbered heading's level is its number's depth ("4." a section, "4.1"
/// one deeper), and other headings are ranked by font size beside those, so that the sections are the
/// document's top level whatever sizes were used; a "heading" that is a whole sentence is a paragraph.
struct HeadingLevels {
    /// The headings made paragraphs, for the report.
    private(set) var sentences: [String] = []
    /// How many headings changed level.
    private(set) var changed = 0

    /// A heading of the Markdown, with what is known of it.
    struct Heading {
        var index: Int
        var level: Int
        var text: String
        var size: Double
        /// The depth of its number ("4.1" is 2), or nil when it has none.
        var depth: Int?
    }

    /// `blocks` with their headings levelled; `sizes` are the reader's headings, in order, with font sizes.
    mutating func levelled(_ blocks: [PageFurniture.Block], sizes: [(text: String, size: Double)]) -> [PageFurniture
        .Block]
    {
        var blocks = blocks
        var headings: [Heading] = []
        var cursor = sizes.startIndex
        for (index, block) in blocks.enumerated() {
            guard let level = Self.level(of: block.markdown) else { continue }
            let text = block.text
            if Self.isSentence(text) {
                sentences.append(text)
                blocks[index].markdown = text
                continue
            }
            // The reader's headings come in the same order; one it split or joined is passed over.
            var size = 0.0
            if let found = sizes[cursor...].prefix(4).firstIndex(where: { Self.same($0.text, text) }) {
                size = sizes[found].size
                cursor = sizes.index(after: found)
            }
            let number = HeadingNumber.split(text).number
            let depth = number.map {
                $0.split(whereSeparator: { $0 == "." || $0 == " " }).filter { $0.contains(where: \.isNumber) }.count
            }
            headings.append(
                Heading(index: index, level: level, text: text, size: size, depth: depth.map { max(1, $0) }))
        }
        for heading in headings {
            let level = Self.newLevel(of: heading, among: headings)
            if level != heading.level {
                changed += 1
                blocks[heading.index].markdown = String(repeating: "#", count: level) + " " + heading.text
            }
        }
        return blocks
    }

    // Numbered headings: section level 2 and one deeper a number part; the title above at 1. Others by font
    // size: as large as the largest section heading, a section; larger, and first, the title; smaller, inside.
    static func newLevel(of heading: Heading, among headings: [Heading]) -> Int {
        let numbered = headings.filter { $0.depth != nil }
        if numbered.count >= 2 {
            if let depth = heading.depth { return min(6, 1 + depth) }
            let sectionSizes = numbered.filter { $0.depth == 1 && $0.size > 0 }.map(\.size)
            guard heading.size > 0, let sectionSize = sectionSizes.max() else { return heading.level }
            if heading.index == headings.first?.index, heading.size > sectionSize + 0.5 { return 1 }
            if heading.size >= sectionSize - 0.5 { return 2 }
            let smaller = numbered.filter { $0.size > 0 && $0.size <= heading.size + 0.5 }.compactMap(\.depth).min()
            return min(6, 1 + max(2, smaller ?? 2))
        }
        // No numbers: each distinct size (to half a point) a level, the largest first.
        guard heading.size > 0, headings.allSatisfy({ $0.size > 0 }) else { return heading.level }
        let sizes = Set(headings.map { ($0.size * 2).rounded() }).sorted(by: >)
        return min(6, 1 + (sizes.firstIndex(of: (heading.size * 2).rounded()) ?? 0))
    }

    /// The level of a Markdown heading line (`## Aims` is 2), or nil when the block is not a heading.
    static func level(of markdown: String) -> Int? {
        guard !markdown.contains("\n"), let match = markdown.range(of: #"^#{1,6}\s"#, options: .regularExpression)
        else { return nil }
        return markdown[match].filter { $0 == "#" }.count
    }

    /// Whether a heading's words are a sentence: long, or ending as a sentence ends, after several words.
    static func isSentence(_ text: String) -> Bool {
        let words = text.split(separator: " ").count
        guard let last = text.last else { return false }
        return words > 20 || (words >= 6 && ".;,".contains(last))
    }

    // The same words, spacing aside.
    private static func same(_ a: String, _ b: String) -> Bool {
        a.split(whereSeparator: \.isWhitespace) == b.split(whereSeparator: \.isWhitespace)
    }

    /// The report's lines.
    var reportLines: [String] {
        var lines = sentences.map {
            "'\(InlineCleanup.firstWords($0))' was set as a heading in the PDF but is a sentence, so it was kept as a paragraph"
        }
        if changed > 0 {
            lines.append(
                "the levels of \(changed) \(changed == 1 ? "heading were" : "headings were") set from their numbers and font sizes (a PDF has no heading styles): check that the sections are right"
            )
        }
        return lines
    }
}
