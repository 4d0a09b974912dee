/// The values that `{{ name }}` variables may name, by their full dotted name (`school.name`).
public struct VariableTable: Sendable, Hashable {
    /// Every value by full name.
    public var values: [String: String] {
        didSet { escaped = [:] }
    }
    /// The values as Markdown that reads back as exactly them, made once per table rather than once per use.
    private(set) var escaped: [String: String] = [:]

    /// Wraps a dictionary of values.
    public init(values: [String: String] = [:]) {
        self.values = values
    }

    /// The same table with every value's Markdown form made ready.
    public func preparingMarkdown() -> VariableTable {
        var table = self
        table.escaped = values.mapValues(MarkdownEscaping.literal)
        return table
    }

    /// The profile's values as `school.*`, the type's words as `term.*` and the trust's values as `trust.*`.
    public init(school: SchoolProfile, type: SchoolType?, trust: TrustProfile? = nil) {
        var values: [String: String] = [:]
        for (path, value) in trust?.values ?? [:] { values["trust." + path] = value }
        for (path, value) in school.values { values["school." + path] = value }
        for (name, word) in type?.terms ?? [:] { values["term." + name] = word }
        if let type { values["school.type_label"] = type.label }
        self.values = values
    }

    /// The same table with a policy's metadata added as `policy.*`; the approver's own variables are filled in
    /// from this table, and problems with them reported.
    func adding(policy metadata: PolicyMetadata, diagnostics: inout DiagnosticCollector) -> VariableTable {
        let approver = VariableExpander(variables: self).expand(
            Substring(metadata.approver.text), at: metadata.approver.location, output: .plain, diagnostics: &diagnostics
        )
        var table = self
        let prepared = escaped
        table.values["policy.title"] = metadata.title
        table.values["policy.review_cycle"] = metadata.reviewCycle.description
        table.values["policy.approver"] = approver
        // The school's values were made ready once for all its policies; only the policy's own are new.
        table.escaped = prepared.isEmpty ? table.values.mapValues(MarkdownEscaping.literal) : prepared
        for name in ["policy.title", "policy.review_cycle", "policy.approver"] {
            table.escaped[name] = MarkdownEscaping.literal(table.values[name]!)
        }
        return table
    }

    /// The value of a name, or nil.
    public subscript(name: String) -> String? { values[name] }
}
