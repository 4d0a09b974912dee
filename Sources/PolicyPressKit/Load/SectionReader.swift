/// Reads one section file of a model policy: front matter (title, order, applies_to, guidance) and Markdown body.
public struct SectionReader: Sendable {
    /// Reads the files.
    public var files: SourceReader

    /// Makes a reader.
    public init(_ files: SourceReader) {
        self.files = files
    }

    /// The keys a section's front matter may have.
    static let sectionKeys = ["title", "order", "applies_to", "guidance"]

    /// Reads one section file.
    public func section(at file: String, vocabulary: Vocabulary) throws(DiagnosticList) -> ModelSection {
        let (source, split) = try DiagnosticList.throwing {
            let source = try files.source(at: file)
            return (source, try FrontMatterParser.split(source))
        }
        return try section(from: source, split: split, vocabulary: vocabulary)
    }

    /// A section from a file already read; one that a trust or a school adds (`placeable`) may say `after:`
    /// instead of `order:`.
    func section(
        from source: SourceText, split: FrontMatterSplit, vocabulary: Vocabulary, placeable: Bool = false
    ) throws(DiagnosticList) -> ModelSection {
        guard split.frontMatter != nil || split.frontMatterLocation != nil else {
            throw DiagnosticList([
                Diagnostic(
                    "a section must start with front matter: a line '---', 'title:' and 'order:' lines, and a closing '---'",
                    at: SourceLocation(file: source.path, line: 1, column: 1))
            ])
        }
        var reader = MappingReader(split.frontMatter, what: "the front matter", at: split.frontMatterLocation!)
        reader.rejectUnknownKeys(placeable ? Self.sectionKeys + ["after"] : Self.sectionKeys)
        let title = reader.text("title", required: true)
        let after = placeable ? reader.text("after") : nil
        let order = reader.integer("order", required: after == nil)
        if after != nil, order != nil {
            reader.diagnostics.error(
                "give 'after:' (the section this one follows) or 'order:', not both",
                at: reader.value("after")!.location)
        }
        let guidance = reader.text("guidance")
        let appliesTo = Self.appliesTo(in: &reader, vocabulary: vocabulary)
        _ = try reader.diagnostics.throwIfErrors()
        var section = ModelSection(
            file: source.path, title: SourceSnippet(title!, at: reader.value("title")!.location), order: order ?? 0,
            orderLocation: (reader.value("order") ?? reader.value("after"))!.location, appliesTo: appliesTo,
            guidance: guidance,
            body: split.body, bodyLine: split.bodyLine)
        section.text = source.text
        section.after = after.map { SourceSnippet($0, at: reader.value("after")!.location) }
        return section
    }

    /// Reads `applies_to:` from a section's front matter: the school types the section is for, or nil for
    /// every type (no `applies_to:`, or `all`); its problems go to the front matter's reader.
    static func appliesTo(in frontMatter: inout MappingReader, vocabulary: Vocabulary) -> [String]? {
        let location = frontMatter.value("applies_to")?.location ?? frontMatter.location
        guard let list = frontMatter.textList("applies_to") else { return nil }
        if list.count == 1, list[0].0 == "all" { return nil }
        if list.isEmpty {
            frontMatter.diagnostics.error(
                "'applies_to' names no school type; leave it out (or write 'all') for every type, or list the types",
                at: location)
        }
        var types: [String] = []
        for (name, location) in list {
            if name == "all" {
                frontMatter.diagnostics.error(
                    "'all' stands alone: write 'applies_to: all', or list the types without it", at: location)
            } else if vocabulary.type(name) == nil {
                frontMatter.diagnostics.report(vocabulary.unknownType(name, at: location, orAll: true))
            } else {
                types.append(name)
            }
        }
        return types
    }
}
