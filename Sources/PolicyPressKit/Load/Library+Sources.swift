extension Library {
    /// Everything a build of `school` reads from the library: the policies it adopts, each read once and then
    /// amended by the school (`AmendmentReader`), with
    /// every problem reported to `diagnostics`. With `only`, of the policies the school adopts only that one
    /// is read (and none if it adopts no such policy).
    public func sources(for school: SchoolProfile, only policy: String? = nil, diagnostics: inout DiagnosticCollector)
        -> SchoolSources
    {
        var policies: [ModelPolicy] = []
        var seen: Set<String> = []
        let amendments = AmendmentReader(files)
        let trust = TrustReader(files).trust(of: school, diagnostics: &diagnostics)
        for (id, location) in school.policies where policy == nil || id == policy {
            guard seen.insert(id).inserted else {
                diagnostics.error("the policy '\(id)' is listed twice", at: location)
                continue
            }
            guard let policyFolder = policyFolder(id, at: location, diagnostics: &diagnostics) else { continue }
            if let policy = self.policy(in: policyFolder, diagnostics: &diagnostics) {
                // The trust's amendments first, then the school's own.
                var amended = policy
                if let trust {
                    amended = self.policy(amended, amendedByTrustIn: trust.folder, diagnostics: &diagnostics)
                }
                amended = amendments.amended(
                    amended, by: .school, inFolder: school.folder, vocabulary: vocabulary, diagnostics: &diagnostics)
                amended.isAmended = amended != policy
                policies.append(amended)
            }
        }
        if policy == nil {
            amendments.reportStrayFolders(
                inSchool: school.folder, adopted: school.policies.map(\.id), diagnostics: &diagnostics)
        }
        return SchoolSources(
            project: project, vocabulary: vocabulary, school: school, policies: policies, templates: templates,
            trust: trust)
    }

    // A policy id becomes a path and a file name on the site, so it must be a plain name.
    private func policyFolder(
        _ id: String, at location: SourceLocation, diagnostics: inout DiagnosticCollector
    ) -> String? {
        guard PolicyID.isValid(id) else {
            diagnostics.error(PolicyID.problem(with: id), at: location)
            return nil
        }
        let folder = project.policyFolder(id)
        if files.fileSystem.isSymbolicLink(folder) {
            diagnostics.error(
                "the policy folder '\(id)' is a symbolic link; PolicyPress reads only folders that are really in the library, so copy it in instead",
                at: location)
            return nil
        }
        guard files.fileSystem.isDirectory(folder) else {
            let known = LibraryReader(files).policyIDs(in: project)
            let hint = Suggestion.hint(for: id, in: known)
            diagnostics.error(
                "unknown policy '\(id)'\(hint.isEmpty ? "; the library has: \(known.joined(separator: ", "))" : hint)",
                at: location)
            return nil
        }
        return folder
    }
}
