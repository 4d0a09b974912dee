/// Turns a model policy and a school profile into that school's edition of the policy.
public struct EditionResolver: Sendable {
    /// The library's school types.
    public var vocabulary: Vocabulary

    /// Makes a resolver over a vocabulary.
    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// The school's edition of `policy`, or every problem that stands in the way.
    /// `schoolValues`, when given, are the school's values made ready once for all its policies.
    public func resolve(_ policy: ModelPolicy, for school: SchoolProfile, schoolValues: VariableTable? = nil) throws(DiagnosticList) -> Edition {
        var diagnostics = DiagnosticCollector()
        let variables = (schoolValues ?? VariableTable(school: school, type: vocabulary.type(school.type)))
            .adding(policy: policy.metadata, diagnostics: &diagnostics)
        let expander = VariableExpander(variables: variables)
        var checker = expander
        checker.acceptsAnySchoolValue = true
        let resolver = SectionResolver(schoolType: school.type, vocabulary: vocabulary, variables: variables)
        var slugs = SlugMaker()
        var sections: [EditionSection] = []
        // Sections for other types are checked too, so that an author's mistake shows whichever school is checked.
        for section in policy.sections where !section.applies(to: school.type) {
            _ = checker.expand(Substring(section.title.text), at: section.title.location, output: .plain, diagnostics: &diagnostics)
            diagnostics.collect { try resolver.resolve(section.body, file: section.file, firstLine: section.bodyLine, applies: false) }
        }
        for section in policy.sections where section.applies(to: school.type) {
            let title = expander.expand(
                Substring(section.title.text), at: section.title.location, output: .plain, diagnostics: &diagnostics)
            guard
                let body = diagnostics.collect({
                    try resolver.resolve(section.body, file: section.file, firstLine: section.bodyLine)
                })
            else { continue }
            sections.append(
                EditionSection(number: sections.count + 1, title: title, anchor: slugs.slug(for: title), markdown: body.text))
        }
        let related = policy.metadata.related.compactMap { snippet -> String? in
            if let name = school.values["policy_names." + snippet.text] { return name }
            diagnostics.report(
                Diagnostic(
                    "\(school.file) gives no name for the related policy '\(snippet.text)'; add '\(snippet.text): …' under 'policy_names'",
                    at: snippet.location, missingField: "policy_names." + snippet.text))
            return nil
        }
        if sections.isEmpty, !diagnostics.hasErrors {
            diagnostics.error(
                "no section of this policy applies to a \(vocabulary.type(school.type)?.label ?? school.type)",
                at: SourceLocation(file: policy.metadata.file))
        }
        _ = try diagnostics.throwIfErrors()
        let metadata = policy.metadata
        return Edition(
            policyID: policy.id, title: metadata.title, schoolName: school.name, approver: variables["policy.approver"]!,
            reviewCycle: metadata.reviewCycle, statutory: metadata.statutory, publish: metadata.publish,
            summary: metadata.summary, related: related, sections: sections)
    }
}
