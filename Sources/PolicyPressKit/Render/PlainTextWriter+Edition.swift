extension PlainTextWriter {
    /// A whole edition as plain text: its title, then each numbered section heading and its text, each
    /// section followed by the notes it is the first to cite, as on the published text edition.
    public func text(of edition: Edition) -> String {
        let rendered = EditionRenderer().render(edition)
        var parts = [edition.title + "\n" + String(repeating: "=", count: edition.title.count)]
        for (section, body) in zip(edition.sections, rendered.sections) {
            let heading = "\(section.number). \(section.title)"
            var part = heading + "\n" + String(repeating: "-", count: heading.count)
            let body = text(from: body.document)
            if !body.isEmpty { part += "\n\n" + body.trimmingSuffix(while: { $0 == "\n" }) }
            parts.append(part)
        }
        return parts.joined(separator: "\n\n\n") + "\n"
    }
}
