import Crypto
import Foundation

/// An edition as one Markdown text: `# Title`, then `## Section` and its body for each section.
///
/// This text is what is hashed, approved and kept; it reads back into the same sections.
public enum EditionText {
    /// The text of a title and sections; it ends with one newline.
    public static func markdown(title: String, sections: [(title: String, body: String)]) -> String {
        var parts = ["# " + MarkdownEscaping.literal(title)]
        for section in sections {
            parts.append("## " + MarkdownEscaping.literal(section.title))
            let body = section.body.trimmingNewlines
            if !body.isEmpty { parts.append(body) }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// The SHA-256 of the text with its line endings made `\n`.
    public static func hash(of markdown: String) -> EditionHash {
        let digest = SHA256.hash(data: Data(SourceText.normalisingLineEndings(markdown).utf8))
        return EditionHash(hex: digest.hex)!
    }

    /// The first raw HTML in a text, which no page publishes (cmark-gfm's safe mode leaves it out), as its
    /// first tag shows and with its place; nil when there is none.
    public static func firstRawHTML(in markdown: String) -> (shown: String, line: Int, column: Int)? {
        guard markdown.contains("<") else { return nil }
        for landmark in CommonMarkConverter().landmarks(in: markdown) {
            switch landmark.kind {
            case .htmlBlock(let html), .htmlInline(let html):
                return (RawHTML(html).shown, landmark.line, landmark.column)
            default: continue
            }
        }
        return nil
    }

    /// Reads a kept edition back into its title and sections.
    public static func parse(_ markdown: String, file: String) throws(Diagnostic)
        -> (title: String, sections: [(title: String, body: String)])
    {
        // A text that never went through `SourceText` may end its lines with "\r\n" (one Character in Swift).
        let markdown = SourceText.normalisingLineEndings(markdown)
        let lines = markdown.lineSlices
        let blocks = CommonMarkConverter().document(from: markdown).blocks
        guard let first = blocks.first, case .heading(1, let titleInlines) = first.kind else {
            throw Diagnostic(
                "a kept edition must start with its title as a '# ' heading", at: SourceLocation(file: file, line: 1))
        }
        let starts: [(line: Int, title: String)] = blocks.compactMap { block in
            if case .heading(2, let inlines) = block.kind { return (block.line, inlines.plainText) }
            return nil
        }
        var sections: [(title: String, body: String)] = []
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1].line - 1 : lines.count
            let body = lines[min(start.line, end)..<end].joined(separator: "\n")
            sections.append((start.title, body.trimmingNewlines))
        }
        return (titleInlines.plainText, sections)
    }
}

extension Edition {
    /// The edition as the Markdown text that governors approve.
    public var markdown: String {
        EditionText.markdown(title: title, sections: sections.map { ($0.title, $0.markdown) })
    }

    /// The edition's identity: the SHA-256 of its text.
    public var hash: EditionHash { EditionText.hash(of: markdown) }
}

extension Edition {
    /// The same policy with the text of another edition (a kept, approved one): its title and its sections,
    /// numbered and anchored afresh.
    public func withText(_ markdown: String, file: String) throws(Diagnostic) -> Edition {
        let parsed = try EditionText.parse(markdown, file: file)
        var slugs = SlugMaker(reserving: SlugMaker.policyPageIDs)
        var edition = self
        // The title is part of the text approved: a model's new title is a change, and the approved page keeps the old one.
        edition.title = parsed.title
        edition.sections = parsed.sections.enumerated().map { index, section in
            EditionSection(
                number: index + 1, title: section.title, anchor: slugs.slug(for: section.title), markdown: section.body)
        }
        return edition
    }
}
