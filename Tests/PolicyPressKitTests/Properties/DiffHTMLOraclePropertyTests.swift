import Foundation
import PropertyBased
import Testing

@testable import PolicyPressKit

/// Issue 13, part 1, with the published page as the judge: an edition and a copy with one random edit of
/// its Markdown (some change the page, some only the Markdown's layout). The diff is empty exactly when the
/// two pages' HTML is the same after white space is normalised, and where a section's HTML differs, the
/// diff marks that section. `POLICYPRESS_PROPERTY_SCALE=200` runs it over 100,000 pairs.
@Suite struct DiffHTMLOraclePropertyTests {
    static let edits = 18

    /// The edition's Markdown with edit `kind` made at `choice`, on the sections' blocks.
    static func edited(_ sections: [DiffPropertyTests.Section], choice: Int, kind: Int) -> (
        markdown: String, section: Int
    )? {
        var places: [(section: Int, block: Int)] = []
        for (s, section) in sections.enumerated() {
            for b in section.blocks.indices where section.blocks[b].words.count > 1 { places.append((s, b)) }
        }
        guard let place = places.isEmpty ? nil : places[choice % places.count] else { return nil }
        let block = sections[place.section].blocks[place.block]
        var words = block.words
        let at = choice % words.count, gap = 1 + choice % (words.count - 1)
        var lead = block.item ? "- " : ""
        var after = ""
        switch kind {
        case 0: words[at] = "**" + words[at] + "**"
        case 1: words[at] = "*" + words[at] + "*"
        case 2: words[at] = "`" + words[at] + "`"
        case 3: words[at] = "~~" + words[at] + "~~"
        case 4: words[at] = "[" + words[at] + "](https://example.org/\(choice % 7))"
        case 5: words[gap - 1] += "\n\n" + (block.item ? "- " : "") + words.remove(at: gap)  // split in two
        case 6: words[gap - 1] += "  \n" + words.remove(at: gap)  // hard line break
        case 7: words[gap - 1] += "\\\n" + words.remove(at: gap)  // hard line break
        case 8: words[gap - 1] += "\n" + words.remove(at: gap)  // re-wrapped: no change
        case 9: words[gap - 1] += "   " + words.remove(at: gap)  // spaces: no change
        case 10: words[words.count - 1] += "   "  // trailing: no change
        case 11: lead = block.item ? "* " : "1. "  // bullet kind: no change / a list
        case 12: lead = "### "  // made a subheading
        case 13: lead = block.item ? "2. " : "> "  // numbered from 2 / quoted
        case 14: words[at] += "[^n]"; after = "\n\n[^n]: A note on \(words[0])."  // a footnote
        case 15: lead = "| a | b |\n| --- | --- |\n| "; words[words.count - 1] += " | x |"  // made a table
        case 16: words[at] = words[at].uppercased()  // a word's case
        default: break  // joined to the next
        }
        var markdown = sections.map(\.markdown)
        var blocks = sections[place.section].blocks.map { ($0.item ? "- " : "") + $0.words.joined(separator: " ") }
        blocks[place.block] = lead + words.joined(separator: " ") + after
        if kind == 17, place.block + 1 < blocks.count {
            // With no blank line between: one paragraph, a list that interrupts a paragraph, or items no longer spaced.
            blocks[place.block] += "\n" + blocks.remove(at: place.block + 1)
        }
        markdown[place.section] = "## \(sections[place.section].title)\n\n" + blocks.joined(separator: "\n\n") + "\n"
        return (markdown.joined(separator: "\n"), place.section)
    }

    /// Each section's HTML as the page publishes it, with runs of white space made one space.
    static func pageSections(_ edition: Edition) -> [String] {
        let rendered = EditionRenderer().render(edition)
        return rendered.sections.map { normalised($0.html) } + [normalised(rendered.footnotesHTML)]
    }

    static func normalised(_ html: String) -> String {
        html.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "> <", with: "><").trimmingCharacters(in: .whitespaces)
    }

    @Test func theDiffIsEmptyExactlyWhenThePageIsTheSame() async {
        let input = zip(DiffPropertyTests.pairs(), Gen.int(in: 0...10_000), Gen.int(in: 0...(Self.edits - 1)), Gen.bool)
        await propertyCheck(count: Generators.count(500), input: input) { pair, choice, kind, crlf in
            guard var edit = Self.edited(pair.old, choice: choice, kind: kind) else { return }
            if crlf { edit.markdown = edit.markdown.replacingOccurrences(of: "\n", with: "\r\n") }
            let old = DiffPropertyTests.edition(pair.old)
            let new = try! DiffTests.base.withText("# Online Safety Policy\n\n" + edit.markdown, file: "e.md")
            let diff = EditionDiffer().diff(from: old, to: new)
            let before = Self.pageSections(old), after = Self.pageSections(new)
            let report = "\(edit.markdown.debugDescription)\n\(DiffTextWriter().text(of: diff))"
            #expect(diff.isEmpty == (before == after), "\(report)")
            // The section whose page text changed is marked, and no other (its notes print after it).
            if before.count == after.count, before != after {
                let changed = Set(diff.sections.indices.filter { diff.sections[$0].status != .unchanged })
                #expect(changed == [edit.section], "\(report)")
            }
        }
    }
}
