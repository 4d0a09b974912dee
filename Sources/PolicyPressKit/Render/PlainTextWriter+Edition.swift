extension PlainTextWriter {
    /// A whole edition as plain text: its title, then each numbered section heading and its text.
    public func text(of edition: Edition) -> String {
        let converter = CommonMarkConverter()
        var parts = [edition.title + "\n" + String(repeating: "=", count: edition.title.count)]
        for section in edition.sections {
            let heading = "\(section.number). \(section.title)"
            var part = heading + "\n" + String(repeating: "-", count: heading.count)
            let body = text(from: converter.document(from: section.markdown))
            if !body.isEmpty { part += "\n\n" + body.trimmingSuffix(while: { $0 == "\n" }) }
            parts.append(part)
        }
        return parts.joined(separator: "\n\n\n") + "\n"
    }
}
