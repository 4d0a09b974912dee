import Foundation

/// Checks one school's edition for what only the whole page can tell: an in-page link (`[see](#anchor)`)
/// must lead to a section, heading or footnote of the page, and every footnote must be cited once defined,
/// since cmark-gfm leaves out a note that nothing cites, and all but the first of two notes with one label.
/// A link to a file that is not part of the site (`/staff/eve.html`, `docs/x.pdf`: see `LinkTarget`) is a
/// warning: it works where the text was written, and leads nowhere where the policies are published.
public struct EditionLinkCheck: Sendable {
    typealias Source = ResolvedEdition.Source

    var converter = CommonMarkConverter()

    /// Makes a check.
    public init() {}

    /// Every broken in-page link and lost footnote, at its place in the section files, and every link to a
    /// file outside the site, whose pages are `sitePages` (file names).
    public func problems(in resolved: ResolvedEdition, sitePages: Set<String> = []) -> [Diagnostic] {
        let edition = resolved.edition, sources = resolved.sources
        // Most sections have no link, fragment or note; they cost no parse.
        let relevant = sources.filter { source in
            let text = source.resolved.text
            return text.containsByte(UInt8(ascii: "#")) || text.containsByte(UInt8(ascii: "^"))
                || text.containsByte(UInt8(ascii: "]"))
        }
        guard !relevant.isEmpty else { return [] }
        // The page's ids and the notes it cites cost a parse of the whole edition: made only when asked.
        var page = PageFacts(edition: edition, converter: converter)
        var problems: [Diagnostic] = []
        var defined: [String: SourceLocation] = [:]
        for source in relevant {
            let lines = Lines(source)
            let landmarks = converter.landmarks(in: source.resolved.text)
            for landmark in landmarks {
                guard case .link(let url) = landmark.kind else { continue }
                if case .outsideFile(let path) = LinkTarget(url, sitePages: sitePages) {
                    problems.append(
                        Diagnostic(
                            "the link to '\(path)' leads to a file that is not part of the site: where the policies are published it leads nowhere; give its full address (https://…), or remove the link",
                            at: location(of: path, at: landmark, in: source, lines: lines), severity: .warning))
                    continue
                }
                guard url.hasPrefix("#") else { continue }
                let target = String(url.dropFirst()).removingPercentEncoding ?? String(url.dropFirst())
                if page.ids.contains(target) { continue }
                let hint = Suggestion.hint(for: target, in: page.ids.sorted())
                problems.append(
                    Diagnostic(
                        "the link '#\(target)' leads nowhere on this page: no section, heading or footnote has that id\(hint)",
                        at: location(of: "#" + target, at: landmark, in: source, lines: lines)))
            }
            let code = landmarks.compactMap { landmark -> ClosedRange<Int>? in
                if case .codeBlock(let last) = landmark.kind { return landmark.line...max(landmark.line, last) }
                return nil
            }
            for (line, label) in footnoteDefinitions(in: source.resolved.text)
            where !code.contains(where: { $0.contains(line) }) {
                let place = location(
                    of: "[^", at: MarkdownLandmark(.link(url: ""), line: line, column: 1), in: source, lines: lines)
                let key = Self.normalised(label)
                if let first = defined[key] {
                    problems.append(
                        Diagnostic(
                            "a second footnote '[^\(label)]' (the first is at \(first)); only the first is published: give this one a label of its own",
                            at: place))
                } else if !page.cited.contains(key) {
                    problems.append(
                        Diagnostic(
                            "the footnote '[^\(label)]' is never cited, so it would not be published: cite it in the text as '[^\(label)]', or delete it",
                            at: place))
                }
                defined[key] = defined[key] ?? place
            }
        }
        return problems
    }

    /// What a check needs of the whole page, each worked out the first time it is asked for.
    private struct PageFacts {
        let edition: Edition
        let converter: CommonMarkConverter
        private var renderedIDs: Set<String>?
        private var citedLabels: Set<String>?

        init(edition: Edition, converter: CommonMarkConverter) {
            self.edition = edition
            self.converter = converter
        }

        /// Every fragment id the page gives.
        var ids: Set<String> {
            mutating get {
                if renderedIDs == nil { renderedIDs = EditionRenderer().render(edition).ids }
                return renderedIDs!
            }
        }

        /// The labels of the notes the page cites (cmark-gfm keeps only those in its tree).
        var cited: Set<String> {
            mutating get {
                if citedLabels == nil {
                    citedLabels = Set(
                        converter.landmarks(in: edition.markdown).compactMap { landmark -> String? in
                            if case .footnoteDefinition(let label) = landmark.kind {
                                return EditionLinkCheck.normalised(label)
                            }
                            return nil
                        })
                }
                return citedLabels!
            }
        }
    }

    // cmark-gfm matches labels ignoring case and runs of white space.
    fileprivate static func normalised(_ label: String) -> String {
        label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    // `[^label]:` at the start of a line (after any indent or quote marks).
    private func footnoteDefinitions(in text: String) -> [(line: Int, label: String)] {
        text.lineSlices.enumerated().compactMap { index, line in
            let rest = line.drop(while: { $0 == " " || $0 == "\t" || $0 == ">" })
            guard rest.hasPrefix("[^"), let close = rest.firstIndex(of: "]"),
                rest[rest.index(after: close)...].hasPrefix(":")
            else { return nil }
            let label = rest[rest.index(rest.startIndex, offsetBy: 2)..<close]
            return label.isEmpty ? nil : (index + 1, String(label))
        }
    }

    // The line maps back exactly; the column does when no value was filled in before it on the line, and
    // otherwise (or where cmark gives none, as for a footnote's line) is found by the text written there.
    private func location(of written: String, at landmark: MarkdownLandmark, in source: Source, lines: Lines)
        -> SourceLocation
    {
        let section = source.section
        let line = source.resolved.sourceLine(of: landmark.line)
        let index = line - section.bodyLine
        guard lines.source.indices.contains(index) else {
            return SourceLocation(file: section.file, line: line, column: landmark.column)
        }
        let text = lines.source[index]
        let changed = lines.resolved.indices.contains(landmark.line - 1) && text != lines.resolved[landmark.line - 1]
        guard changed || landmark.column == 1 else {
            return SourceLocation(file: section.file, line: line, column: landmark.column)
        }
        let column =
            text.range(of: written).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) + 1 } ?? 1
        return SourceLocation(file: section.file, line: line, column: column)
    }

    /// A section's source lines and resolved lines, split once for all its links and notes.
    private struct Lines {
        var source: [Substring]
        var resolved: [Substring]

        init(_ source: Source) {
            self.source = source.section.body.lineSlices
            resolved = source.resolved.text.lineSlices
        }
    }
}
