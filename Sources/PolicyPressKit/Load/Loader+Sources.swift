extension Loader {
    /// Loads a school folder and everything its build reads, as far as it can: every problem goes to
    /// `diagnostics`, and what could be read is returned so that later stages can check it too.
    /// With `only`, of the policies the school adopts only that one is read (and none if it adopts no such policy).
    /// Nil when the vocabulary, the profile or the templates cannot be read at all.
    public func sources(
        forSchoolIn folder: String, library: Library, only policy: String? = nil, diagnostics: inout DiagnosticCollector
    ) -> SchoolSources? {
        let project = library.project, vocabulary = library.vocabulary
        guard let school = school(in: folder, vocabulary: vocabulary, diagnostics: &diagnostics) else { return nil }
        var policies: [ModelPolicy] = []
        var seen: Set<String> = []
        for (id, location) in school.policies where policy == nil || id == policy {
            guard seen.insert(id).inserted else {
                diagnostics.error("the policy '\(id)' is listed twice", at: location)
                continue
            }
            guard let policyFolder = policyFolder(id, at: location, project: project, diagnostics: &diagnostics) else {
                continue
            }
            if let policy = library.policy(in: policyFolder, diagnostics: &diagnostics) {
                policies.append(policy)
            }
        }
        return SchoolSources(
            project: project, vocabulary: vocabulary, school: school, policies: policies, templates: library.templates)
    }

    /// The ids of the policies in the library, sorted.
    public func policyIDs(in project: Project) -> [String] {
        let names = (try? fileSystem.list(project.policiesFolder)) ?? []
        return names.filter { fileSystem.isDirectory(project.policyFolder($0)) && !$0.hasPrefix(".") }.sorted()
    }

    /// Whether `id` can name a policy: lower-case ASCII letters, digits and hyphens only.
    /// What is wrong with a name that is not a policy id.
    static func notAPolicyID(_ id: String) -> String {
        "'\(id)' is not a policy id; expected lower case letters, digits and hyphens, like 'social-networking'"
    }

    static func isPolicyID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    // A policy id becomes a path and a file name on the site, so it must be a plain name.
    private func policyFolder(
        _ id: String, at location: SourceLocation, project: Project, diagnostics: inout DiagnosticCollector
    ) -> String? {
        guard Self.isPolicyID(id) else {
            diagnostics.error(Self.notAPolicyID(id), at: location)
            return nil
        }
        let folder = project.policyFolder(id)
        if fileSystem.isSymbolicLink(folder) {
            diagnostics.error(
                "the policy folder '\(id)' is a symbolic link; PolicyPress reads only folders that are really in the library, so copy it in instead",
                at: location)
            return nil
        }
        guard fileSystem.isDirectory(folder) else {
            let known = policyIDs(in: project)
            let hint = Suggestion.hint(for: id, in: known)
            diagnostics.error(
                "unknown policy '\(id)'\(hint.isEmpty ? "; the library has: \(known.joined(separator: ", "))" : hint)",
                at: location)
            return nil
        }
        return folder
    }
}
