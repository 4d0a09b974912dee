/// Turns a model policy and a school profile into that school's edition of the policy.
public struct EditionResolver: Sendable {
    /// The library's school types.
    public var vocabulary: Vocabulary

    /// Makes a resolver over a vocabulary.
    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// The school's edition of `policy` without its warnings, or every problem that stands in the way.
    /// (The checks that need the whole page, `EditionLinkCheck`, come after: see ``ResolvedEdition``.)
    public func resolve(_ policy: ModelPolicy, for school: SchoolProfile, schoolValues: VariableTable? = nil)
        throws(DiagnosticList) -> Edition
    {
        var warnings: [Diagnostic] = []
        return try resolve(policy, for: school, schoolValues: schoolValues, warnings: &warnings).edition
    }

    /// The school's edition of `policy`, or every problem that stands in the way; warnings are added to `warnings`.
    /// `schoolValues`, when given, are the school's values made ready once for all its policies.
    public func resolve(
        _ policy: ModelPolicy, for school: SchoolProfile, schoolValues: VariableTable? = nil,
        warnings: inout [Diagnostic]
    ) throws(DiagnosticList) -> ResolvedEdition {
        var diagnostics = DiagnosticCollector()
        let variables = (schoolValues ?? VariableTable(school: school, type: vocabulary.type(school.type)))
            .adding(policy: policy.metadata, diagnostics: &diagnostics)
        let expander = VariableExpander(variables: variables)
        var checker = expander
        checker.acceptsAnySchoolValue = true
        let resolver = SectionResolver(schoolType: school.type, vocabulary: vocabulary, variables: variables)
        var slugs = SlugMaker(reserving: SlugMaker.policyPageIDs)
        var sections: [EditionSection] = []
        var sources: [ResolvedEdition.Source] = []
        // Sections for other types are checked too, so that an author's mistake shows whichever school is checked.
        for section in policy.sections where !section.applies(to: school.type) {
            _ = checker.expand(
                Substring(section.title.text), at: section.title.location, output: .plain, diagnostics: &diagnostics)
            diagnostics.collect {
                try resolver.resolve(section.body, file: section.file, firstLine: section.bodyLine, applies: false)
            }
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
                EditionSection(
                    number: sections.count + 1, title: title, anchor: slugs.slug(for: title), markdown: body.text))
            sources.append(ResolvedEdition.Source(section: section, resolved: body))
            if Self.isEmpty(body.text) {
                diagnostics.report(
                    Diagnostic(
                        "the section '\(title)' has no text for \(school.name), so its page shows only its number and title; "
                            + "give it text, or an 'applies_to:' that leaves it out for a \(vocabulary.type(school.type)?.label ?? school.type)",
                        at: section.title.location, severity: .warning))
            }
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
        // What the school leaves out, if this school would have had it, with its title filled in.
        let leftOut = policy.removals.filter { $0.section.applies(to: school.type) }.map { removal in
            LeftOutSection(
                title: expander.expand(
                    Substring(removal.section.title.text), at: removal.section.title.location, output: .plain,
                    diagnostics: &diagnostics),
                reason: removal.reason)
        }
        let metadata = policy.metadata
        var edition = Edition(
            policyID: policy.id, title: metadata.title, schoolName: school.name,
            approver: variables["policy.approver"]!,
            reviewCycle: metadata.reviewCycle, statutory: metadata.statutory, publish: metadata.publish,
            summary: metadata.summary, related: related, sections: sections)
        edition.leftOut = leftOut
        warnings += try diagnostics.throwIfErrors()
        return ResolvedEdition(edition: edition, sources: sources)
    }

    /// The school's edition of `policy`, reporting problems and warnings to `diagnostics`; nil on any error.
    public func resolve(
        _ policy: ModelPolicy, for school: SchoolProfile, schoolValues: VariableTable? = nil,
        diagnostics: inout DiagnosticCollector
    ) -> ResolvedEdition? {
        var warnings: [Diagnostic] = []
        do {
            let resolved = try resolve(policy, for: school, schoolValues: schoolValues, warnings: &warnings)
            warnings.forEach { diagnostics.report($0) }
            return resolved
        } catch {
            error.diagnostics.forEach { diagnostics.report($0) }
            return nil
        }
    }

    // A section prints nothing when its text is blank, or holds only link definitions (`[x]: address`);
    // read as bytes, since every section of every school passes here.
    private static func isEmpty(_ markdown: String) -> Bool {
        var onlyBrackets = true
        var atLineStart = true
        for byte in markdown.utf8 {
            switch byte {
            case 10, 13: atLineStart = true
            case 32, 9: continue
            default:
                if atLineStart, byte != UInt8(ascii: "[") { onlyBrackets = false }
                atLineStart = false
            }
            if !onlyBrackets { return false }
        }
        let document = CommonMarkConverter().document(from: markdown)
        return document.blocks.isEmpty && document.footnotes.isEmpty
    }
}
