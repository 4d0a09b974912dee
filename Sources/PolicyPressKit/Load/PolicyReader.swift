/// Reads a model policy folder: its `policy.yml` and every `.md` section in it (through a ``SectionReader``).
public struct PolicyReader: Sendable {
    /// Reads the files.
    public var files: SourceReader

    /// Makes a reader.
    public init(_ files: SourceReader) {
        self.files = files
    }

    /// The keys a `policy.yml` may have.
    static let policyKeys = ["title", "review_cycle", "approver", "statutory", "publish", "related", "summary"]

    /// Reads a policy as far as it can: problems go to `diagnostics`, and the sections that could be read
    /// are returned so that they can still be checked; nil when its metadata or every section is unreadable.
    public func policy(in folder: String, vocabulary: Vocabulary, diagnostics: inout DiagnosticCollector)
        -> ModelPolicy?
    {
        let metadata = diagnostics.collect { try policyMetadata(at: Path.join(folder, "policy.yml")) }
        var sections: [ModelSection] = []
        if let names = diagnostics.collect({ try files.sortedNames(in: folder) }) {
            let reader = SectionReader(files)
            for name in names where name.hasSuffix(".md") {
                if let section = diagnostics.collect({
                    try reader.section(at: Path.join(folder, name), vocabulary: vocabulary)
                }) {
                    sections.append(section)
                }
            }
            if names.allSatisfy({ !$0.hasSuffix(".md") }) {
                diagnostics.error(
                    "the policy has no sections: add Markdown (.md) files",
                    at: SourceLocation(file: files.display(folder)))
            }
        }
        Self.reportDuplicateOrders(in: sections, diagnostics: &diagnostics)
        guard let metadata, !sections.isEmpty else { return nil }
        return ModelPolicy(
            id: Path.name(folder), folder: folder, metadata: metadata,
            sections: sections.sorted { ($0.order, $0.file) < ($1.order, $1.file) })
    }

    /// Reads a `policy.yml`.
    func policyMetadata(at file: String) throws(DiagnosticList) -> PolicyMetadata {
        var diagnostics = DiagnosticCollector()
        let purpose = "every policy folder needs a policy.yml giving the policy's title, review_cycle and approver"
        guard let (value, location) = diagnostics.collect({ try files.yaml(at: file, purpose: purpose) }) else {
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
            title: title!, reviewCycle: cycle!,
            approver: SourceSnippet(approver!, at: reader.value("approver")!.location),
            statutory: statutory, publish: publish, related: related, summary: summary, file: files.display(file))
    }

    /// Reports each section whose `order:` another section of the policy has already.
    static func reportDuplicateOrders(in sections: [ModelSection], diagnostics: inout DiagnosticCollector) {
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
