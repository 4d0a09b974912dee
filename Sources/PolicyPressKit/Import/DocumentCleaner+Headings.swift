/// Word's own table of contents, left out; and the headings of a document that has no heading styles, found
/// among its paragraphs.
extension DocumentCleaner {
    // Word's table of contents: a "Contents" heading or paragraph, and the paragraphs made only of links
    // into the document that follow it (or stand anywhere, in a run of two or more).
    mutating func withoutContents(_ blocks: [PandocBlock]) -> [PandocBlock] {
        var result: [PandocBlock] = []
        var index = 0
        while index < blocks.count {
            var end = index
            let titled = Self.isContentsTitle(blocks[index])
            if titled { end += 1 }
            while end < blocks.count, Self.isContentsEntry(blocks[end]) { end += 1 }
            let entries = end - index - (titled ? 1 : 0)
            let nextIsHeading: Bool = {
                if end < blocks.count, case .header = blocks[end].content { return true }
                return false
            }()
            // A contents heading alone, first in the document, is where Word's field was (pandoc reads none of it).
            let first = index == 0 && titled
            if entries >= 2 || (titled && (entries > 0 || nextIsHeading || first)) {
                report.add(.contentsLeftOut(entries: entries), in: nil)
                index = end
            } else {
                result.append(blocks[index])
                index += 1
            }
        }
        return result
    }

    private static func isContentsTitle(_ block: PandocBlock) -> Bool {
        if block.customStyle == "TOC Heading" { return true }
        guard let inlines = block.content.inlines else { return false }
        let text = PandocInline.text(of: inlines).trimmingCharacters(in: .whitespaces).lowercased()
        return ["contents", "table of contents"].contains(text)
    }

    private static func isContentsEntry(_ block: PandocBlock) -> Bool {
        if let style = block.customStyle, style.hasPrefix("TOC ") || style.hasPrefix("toc ") { return true }
        guard let inlines = block.content.inlines, !inlines.isEmpty else { return false }
        return inlines.allSatisfy { inline in
            switch inline {
            case .link(_, _, let url, _): return url.hasPrefix("#")
            case .space, .softBreak: return true
            default: return false
            }
        }
    }

    // A document without heading styles: a short paragraph all in bold, or all in capitals, that is not a
    // sentence, is a heading; its number ("4.1") gives its depth.
    mutating func withHeadingsFound(_ blocks: [PandocBlock]) -> [PandocBlock] {
        blocks.map { block in
            guard case .para(let inlines) = block, let text = Self.headingText(inlines) else { return block }
            let depth =
                HeadingNumber.split(text).number.map { $0.split(separator: ".").filter { !$0.isEmpty }.count } ?? 1
            let level = min(depth, 3)
            report.add(.headingTaken(text, level: level), in: nil)
            return .header(level: level, PandocAttr(identifier: links.token(forHeading: inlines)), [.str(text)])
        }
    }

    static func headingText(_ inlines: [PandocInline]) -> String? {
        let text = PandocInline.text(of: inlines).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.count <= 12, text.count <= 90, !text.hasSuffix("."),
            !text.hasSuffix(":") || words.count <= 3,
            !text.hasSuffix(",")
        else { return nil }
        let bold = inlines.allSatisfy { inline in
            switch inline {
            case .strong: return true
            case .space, .softBreak: return true
            default: return false
            }
        }
        let letters = text.filter(\.isLetter)
        let capitals = letters.count >= 4 && letters.allSatisfy(\.isUppercase)
        return bold || capitals ? text : nil
    }
}
