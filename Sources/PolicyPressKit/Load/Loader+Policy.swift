extension Loader {
    /// The keys a section's front matter may have.
    static let sectionKeys = ["title", "order", "applies_to", "guidance"]
    /// The keys a `policy.yml` may have.
    static let policyKeys = ["title", "review_cycle", "approver", "statutory", "publish", "related", "summary"]

    /// Reads a model policy folder: its `policy.yml` and every `.md` section in it.
    public func policy(in folder: String, vocabulary: Vocabulary) throws(DiagnosticList) -> ModelPolicy {
        var diagnostics = DiagnosticCollector()
        let policy = policy(in: folder, vocabulary: vocabulary, diagnostics: &diagnostics)
        _ = try diagnostics.throwIfErrors()
        return policy!
    }

    /// Reads a policy as far as it can: problems go to `diagnostics`, and the sections that could be read
    /// are returned so that they can still be checked; nil when its metadata or every section is unreadable.
    func policy(in folder: String, vocabulary: Vocabulary, diagnostics: inout DiagnosticCollector) -> ModelPolicy? {
        let metadata = diagnostics.collect { try policyMetadata(at: Path.join(folder, "policy.yml")) }
        var sections: [ModelSection] = []
        if let names = diagnostics.collect({ try sortedNames(in: folder) }) {
            for name in names where name.hasSuffix(".md") {
                if let section = diagnostics.collect({ try section(at: Path.join(folder, name), vocabulary: vocabulary) }) {
                    sections.append(section)
                }
            }
            if names.allSatisfy({ !$0.hasSuffix(".md") }) {
                diagnostics.error("the policy has no sections: add Markdown (.md) files", at: SourceLocation(file: display(folder)))
            }
        }
        reportDuplicateOrders(in: sections, diagnostics: &diagnostics)
        guard let metadata, !sections.isEmpty else { return nil }
        return ModelPolicy(
            id: Path.name(folder), folder: folder, metadata: metadata,
            sections: sections.sorted { ($0.order, $0.file) < ($1.order, $1.file) })
    }

    /// Reads a `policy.yml`.
    func policyMetadata(at file: String) throws(DiagnosticList) -> PolicyMetadata {
        var diagnostics = DiagnosticCollector()
        let purpose = "every policy folder needs a policy.yml giving the policy's title, review_cycle and approver"
        guard let (value, location) = diagnostics.collect({ try yaml(at: file, purpose: purpose) }) else {
            throw DiagnosticList(diagnostics.diagnostics)
        }
        var reader = MappingReader(value, what: "the policy's metadata", at: location)
        reader.rejectUnknownKeys(Self.policyKeys)
        let title = reader.text("title", required: true)
        let cycleText = reader.text("review_cycle", required: true)
        let approver = reader.text("approver", required: true)
        let statutory = reader.flag("statutory", default: false)
        let publish = reader.flag("publish", default: true)
        let related = reader.textList("related")?.map { SourceSnippet($0.0, at: $0.1) } ?? []
        let summary = reader.text("summary") ?? ""
        var cycle: ReviewCycle?
        if let cycleText {
            cycle = ReviewCycle(parsing: cycleText)
            if cycle == nil {
                reader.diagnostics.error(
                    "'review_cycle' must be a number of months or years, such as '12 months' or '2 years', but found '\(cycleText)'",
                    at: reader.value("review_cycle")!.location)
            }
        }
        _ = try reader.diagnostics.throwIfErrors()
        return PolicyMetadata(
            title: title!, reviewCycle: cycle!, approver: SourceSnippet(approver!, at: reader.value("approver")!.location),
            statutory: statutory, publish: publish, related: related, summary: summary, file: display(file))
    }

    /// Reads one section file: front matter (title, order, applies_to, guidance) and Markdown body.
    public func section(at file: String, vocabulary: Vocabulary) throws(DiagnosticList) -> ModelSection {
        let source: SourceText
        let split: FrontMatterSplit
        do {
            source = try self.source(at: file)
            split = try FrontMatterParser.split(source)
        } catch {
            throw DiagnosticList([error])
        }
        guard split.frontMatter != nil || split.frontMatterLocation != nil else {
            throw DiagnosticList([
                Diagnostic(
                    "a section must start with front matter: a line '---', 'title:' and 'order:' lines, and a closing '---'",
                    at: SourceLocation(file: source.path, line: 1, column: 1))
            ])
        }
        var reader = MappingReader(split.frontMatter, what: "the front matter", at: split.frontMatterLocation!)
        reader.rejectUnknownKeys(Self.sectionKeys)
        let title = reader.text("title", required: true)
        let order = reader.integer("order", required: true)
        let guidance = reader.text("guidance")
        let appliesTo = types(
            from: reader.textList("applies_to"), at: reader.value("applies_to")?.location ?? reader.location,
            vocabulary: vocabulary, diagnostics: &reader.diagnostics)
        _ = try reader.diagnostics.throwIfErrors()
        return ModelSection(
            file: source.path, title: SourceSnippet(title!, at: reader.value("title")!.location), order: order!,
            orderLocation: reader.value("order")!.location, appliesTo: appliesTo, guidance: guidance, body: split.body,
            bodyLine: split.bodyLine)
    }

    /// Checks a list of school types (from `applies_to:`); `all` means every type, returned as nil.
    func types(
        from list: [(String, SourceLocation)]?, at location: SourceLocation, vocabulary: Vocabulary,
        diagnostics: inout DiagnosticCollector
    ) -> [String]? {
        guard let list else { return nil }
        if list.count == 1, list[0].0 == "all" { return nil }
        if list.isEmpty {
            diagnostics.error(
                "'applies_to' names no school type; leave it out (or write 'all') for every type, or list the types",
                at: location)
        }
        var types: [String] = []
        for (name, location) in list {
            if name == "all" {
                diagnostics.error("'all' stands alone: write 'applies_to: all', or list the types without it", at: location)
            } else if vocabulary.type(name) == nil {
                diagnostics.report(vocabulary.unknownType(name, at: location, orAll: true))
            } else {
                types.append(name)
            }
        }
        return types
    }

    private func reportDuplicateOrders(in sections: [ModelSection], diagnostics: inout DiagnosticCollector) {
        var seen: [Int: String] = [:]
        for section in sections.sorted(by: { $0.file < $1.file }) {
            if let first = seen[section.order] {
                diagnostics.error(
                    "this section has 'order: \(section.order)', as \(first) does; give each section its own order",
                    at: section.orderLocation)
            } else {
                seen[section.order] = section.file
            }
        }
    }
}
