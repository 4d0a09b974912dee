/// The lines that head a diff written as text: what is compared, which version of the library each side was
/// built from (when known), what changed, and where the changes came from.
public struct DiffHeader: Sendable {
    /// The title the changes are headed with, and the school's name.
    public var title: String
    public var school: String
    /// Words for the older and newer editions.
    public var from: String
    public var to: String
    /// The library version each side was built from ("PolicyPress Example Library 2026.2"), when known.
    public var fromLibrary: String?
    public var toLibrary: String?

    /// Makes a header.
    public init(
        title: String, school: String, from: String, to: String, fromLibrary: String? = nil, toLibrary: String? = nil
    ) {
        self.title = title
        self.school = school
        self.from = from
        self.to = to
        self.fromLibrary = fromLibrary
        self.toLibrary = toLibrary
    }

    /// The header of `diff`, ending with a blank line; the longer sentences are wrapped at `width`.
    public func text(of diff: EditionDiff, width: Int = 72) -> String {
        var lines = [
            school.isEmpty ? "Changes to the \(title)" : "Changes to the \(title) of \(school)", "From: \(from)",
        ]
        if let fromLibrary { lines.append("      built from \(fromLibrary)") }
        lines.append("To:   \(to)")
        if let toLibrary { lines.append("      built from \(toLibrary)") }
        lines.append(diff.summaryLine)
        let wrapper = TextWrapper(width: width, firstPrefix: "", continuationPrefix: "")
        for sentence in [diff.sourcesLine.map { "By source: " + $0 }, diff.onlyLine, diff.tracing?.note].compactMap({
            $0
        }) {
            lines += wrapper.lines(for: sentence)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
