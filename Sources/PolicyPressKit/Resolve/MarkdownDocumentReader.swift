import Foundation

/// Any Markdown document read as the parts of an edition: the title it gives itself, if any, and its sections.
public struct DocumentParts: Sendable, Hashable {
    /// One section: its heading as plain text, its Markdown body, and its heading's level.
    public struct Section: Sendable, Hashable {
        /// The heading as plain text, or ``MarkdownDocumentReader/preambleTitle`` for text under no heading.
        public var title: String
        /// The Markdown between this section's heading and the next, without blank lines at either end.
        public var body: String
        /// The level of the heading (3 for `### `), or nil for text under no heading.
        public var headingLevel: Int?
    }

    /// The document's own title: its front matter's `title:`, else a lone `# ` heading that opens it.
    public var title: String?
    /// The sections, in order.
    public var sections: [Section]
}

/// Reads any Markdown file as sections, so that `diff` can compare documents that were never editions.
///
/// - Front matter (`---` … `---`) is left out, but its `title:` is the document's title. A block that
///   opens with `---` but does not read as a YAML mapping is not front matter but Markdown.
/// - A `# ` heading that is the document's first block and its only level-1 heading is the title
///   (when there is no front-matter title); several `# ` headings are sections, and then there is no title.
/// - The sections are the headings of the top level the rest of the document uses; deeper headings
///   stay in their section's body as written. Setext headings count as their level.
/// - Text before the first section heading is a section titled ``preambleTitle`` with no heading level;
///   a document without headings is that one section.
/// - Link reference and footnote definitions are copied into each section that cites them, since the
///   differ reads each section apart from the others.
public struct MarkdownDocumentReader: Sendable {
    /// The title given to text that stands before the first heading, the same on both sides of a diff.
    public static let preambleTitle = "Preamble"

    /// Makes a reader; it holds no state.
    public init() {}

    /// The parts of a document; any text reads, so this never fails.
    public func parts(of source: SourceText) -> DocumentParts {
        let front = Self.frontMatter(of: source)
        let lines = front.body.lineSlices
        let outline = DocumentOutline(lines: lines, blocks: CommonMarkConverter().document(from: front.body).blocks)
        var sections: [DocumentParts.Section] = []
        let preamble = outline.preambleRanges.map { lines[$0].joined(separator: "\n") }.joined(separator: "\n\n")
        if !preamble.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            sections.append(.init(title: Self.preambleTitle, body: preamble.trimmingNewlines, headingLevel: nil))
        }
        for heading in outline.sections {
            let body = lines[heading.bodyLines].joined(separator: "\n")
            sections.append(.init(title: heading.title, body: body.trimmingNewlines, headingLevel: heading.level))
        }
        let definitions = MarkdownDefinitions(lines: lines)
        for index in sections.indices {
            sections[index].body = definitions.appendingCited(to: sections[index].body)
        }
        return DocumentParts(title: front.title ?? outline.title, sections: sections)
    }

    // A file that merely starts with a thematic break is still a Markdown document, so front matter
    // that does not close or does not read as a mapping is taken as part of the text.
    private static func frontMatter(of source: SourceText) -> (title: String?, body: String) {
        guard let split = try? FrontMatterParser.split(source), split.frontMatterLocation != nil else {
            return (nil, source.text)
        }
        switch split.frontMatter?.content {
        case nil, .mapping: break
        case .scalar(_, let isNull) where isNull: break
        default: return (nil, source.text)
        }
        let title = split.frontMatter?["title"]?.string?.trimmingCharacters(in: .whitespaces)
        return (title?.isEmpty == false ? title : nil, split.body)
    }
}

extension Edition {
    /// The same policy with a document's sections in place of its own, numbered and anchored afresh; the
    /// policy keeps its title (the caller decides whether the document's own title replaces it).
    public func withDocument(_ parts: DocumentParts) -> Edition {
        var slugs = SlugMaker(reserving: SlugMaker.policyPageIDs)
        var edition = self
        edition.sections = parts.sections.enumerated().map { index, section in
            EditionSection(
                number: index + 1, title: section.title, anchor: slugs.slug(for: section.title), markdown: section.body,
                headingLevel: section.headingLevel)
        }
        return edition
    }
}
