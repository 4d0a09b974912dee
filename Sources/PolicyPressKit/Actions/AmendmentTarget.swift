/// The folder an `amend` writes in (a school's or a trust's), and the policy as it stands underneath that
/// folder's amendments: the model's, with the trust's amendments for a school in a trust.
struct AmendmentTarget {
    /// The school or trust folder.
    var owner: String
    /// Whose amendments these are.
    var layer: Layer
    /// The policy underneath.
    var policy: ModelPolicy

    /// Finds the folder and reads the policy underneath; any problem in it stops the amendment.
    static func find(_ request: AmendAction.Request, files: SourceReader, locator: ProjectLocator)
        throws(DiagnosticList) -> AmendmentTarget
    {
        var diagnostics = DiagnosticCollector()
        let owner: String, project: Project, layer: Layer
        if let trust = request.trust {
            owner = Path.absolute(trust, from: files.workingDirectory)
            guard files.fileSystem.isFile(Path.join(owner, "trust.yml")) else {
                throw DiagnosticList([
                    Diagnostic(
                        "this is not a trust folder: expected a file trust.yml in it",
                        at: SourceLocation(file: "--trust \(trust)"))
                ])
            }
            project = try DiagnosticList.throwing { try locator.project(named: request.library, above: owner) }
            layer = .trust
        } else {
            (owner, project) = try DiagnosticList.throwing {
                try locator.school(named: request.school, library: request.library)
            }
            layer = .school
        }
        guard let library = LibraryReader(files).library(project, diagnostics: &diagnostics) else {
            throw DiagnosticList(diagnostics.diagnostics)
        }
        // A trust amends any policy of the library; a school, the policies it adopts.
        var trustFolder: String?
        let candidates: [String]
        if layer == .school {
            // Values missing from the profile do not stand in the way of amending a section.
            var profileProblems = DiagnosticCollector()
            guard
                let profile = ProfileReader(files).profile(
                    in: owner, vocabulary: library.vocabulary, diagnostics: &profileProblems)
            else {
                throw DiagnosticList(profileProblems.diagnostics.filter { $0.severity == .error })
            }
            candidates = profile.policies.map(\.id)
            trustFolder = TrustReader(files).trust(of: profile, diagnostics: &diagnostics)?.folder
        } else {
            candidates = LibraryReader(files).policyIDs(in: project)
        }
        guard candidates.contains(request.policy) else {
            let hint = Suggestion.hint(for: request.policy, in: candidates)
            let whose = layer == .school ? "the school adopts" : "the library has"
            throw DiagnosticList([
                Diagnostic(
                    "'\(request.policy)' is not a policy \(whose)\(hint.isEmpty ? "; it has: \(candidates.joined(separator: ", "))" : hint)",
                    at: SourceLocation(file: "POLICY"))
            ])
        }
        var policy = library.policy(in: project.policyFolder(request.policy), diagnostics: &diagnostics)
        if let trustFolder, let model = policy {
            policy = library.policy(model, amendedByTrustIn: trustFolder, diagnostics: &diagnostics)
        }
        let errors = diagnostics.diagnostics.filter { $0.severity == .error }
        guard let policy, errors.isEmpty else { throw DiagnosticList(errors) }
        return AmendmentTarget(owner: owner, layer: layer, policy: policy)
    }

    /// The section underneath with this name, or a refusal naming the nearest.
    func section(named name: String) throws(DiagnosticList) -> ModelSection {
        if let section = policy.sections.first(where: { $0.name == name }) { return section }
        if policy.removals.contains(where: { $0.section.name == name }) {
            throw DiagnosticList([
                Diagnostic(
                    "the trust leaves out '\(name)' of '\(policy.id)' for every school of the trust, so there is nothing to amend",
                    at: SourceLocation(file: "SECTION"))
            ])
        }
        let names = policy.sections.map(\.name)
        let hint = Suggestion.hint(for: name, in: names)
        throw DiagnosticList([
            Diagnostic(
                "'\(policy.id)' has no section '\(name)'\(hint.isEmpty ? "; its sections are: \(names.joined(separator: ", "))" : hint)",
                at: SourceLocation(file: "SECTION"))
        ])
    }

    /// Refuses a name for a new section that is already a section's, or that is not a plain file name.
    func checkNewName(_ name: String) throws(DiagnosticList) {
        if policy.sections.contains(where: { $0.name == name })
            || policy.removals.contains(where: { $0.section.name == name })
        {
            throw DiagnosticList([
                Diagnostic(
                    "'\(policy.id)' already has a section '\(name)'; a file of that name would replace it; name the new section differently, such as '\(name)-local'",
                    at: SourceLocation(file: "SECTION"))
            ])
        }
        guard PolicyID.isValid(name) else {
            throw DiagnosticList([
                Diagnostic(
                    "'\(name)' cannot name a section file: use lower-case letters, digits and hyphens, such as 04-local-arrangements",
                    at: SourceLocation(file: "SECTION"))
            ])
        }
    }
}
