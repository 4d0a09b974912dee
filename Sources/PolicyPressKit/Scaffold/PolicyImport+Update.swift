import Foundation

/// `import FILE --update POLICY`: the next version of a model policy replaces the one in the library, in
/// place. Each section keeps its file where it can (``PolicyUpdate``), so that schools' amendments and the
/// history the annual review compares with carry on; `policy.yml` and every other file that is not a
/// section are kept as they are. The folder is replaced whole, or not at all.
extension PolicyImport {
    /// Why `--update` cannot be used with these, or nil: it takes one file, and names a policy that is there.
    public static func updateProblem(files: Int, id: String?, title: String?) -> String? {
        if files != 1 { return "--update takes one document, the next version of the policy: name one file" }
        if id != nil {
            return "--update names the policy the document updates, and --id a new policy: give one or the other"
        }
        if title != nil {
            return
                "--title cannot be used with --update: the policy's title is in its policy.yml, which an update keeps"
        }
        return nil
    }

    /// Takes the document `file` over the policy `id`; refuses, writing nothing, when there is no such policy
    /// or it does not read cleanly, and (as the outcome's refusal) when the document is refused.
    func update(
        _ file: String, policy id: String, dryRun: Bool, project: Project, vocabulary: Vocabulary, words: SchoolWords?
    ) throws(DiagnosticList) -> Outcome {
        let current = try currentPolicy(id, project: project, vocabulary: vocabulary)
        let folder = current.folder
        let shown = Path.display(folder, from: workingDirectory)
        var outcome = Outcome(file: file)
        do throws(ImportRefusal) {
            let (absolute, data) = try document(file)
            let sitePages = LinkTarget.sitePages(
                policies: LibraryReader(SourceReader(fileSystem: fileSystem, workingDirectory: workingDirectory))
                    .policyIDs(in: project))
            var policy = try importer.policy(at: absolute, data: data, sitePages: sitePages)
            let changes = Self.applySchoolWords(words, to: &policy)
            let amenders = PolicyAmenders(policy: id, project: project, fileSystem: fileSystem)
            let plan = PolicyUpdate(
                old: current.sections, bytes: sectionBytes(of: current), new: policy,
                reserved: Set(amenders.byName.keys))
            func place(_ section: Int, _ line: Int, _ column: Int) -> String {
                "\(Path.join(shown, plan.sections[section].file)):\(plan.sections[section].bodyLine + line - 1):\(column)"
            }
            let facts = PolicyFacts(sections: policy.sections.map(\.markdown))
            let owners = amenders.byName.mapValues { $0.map { Path.display($0, from: workingDirectory) } }
            policy.report =
                plan.reportLines(folder: shown, amenders: owners) + policy.report
                + Self.schoolWordLines(changes, place: place)
                + metadataLines(policy, facts: facts, metadata: current.metadata, vocabulary: vocabulary, place: place)
                + Self.recordLines(facts, id: id, file: file, place: place)
            let sectionFiles = Set(current.sections.map { Path.name($0.file) })
            let kept = ((try? fileSystem.list(folder)) ?? []).filter { !sectionFiles.contains($0) }
            // The folder as the update leaves it, checked as any import is before anything is written.
            var whole = plan.files
            for name in kept where fileSystem.isFile(Path.join(folder, name)) {
                whole[name] = try? fileSystem.read(Path.join(folder, name))
            }
            try refuseUnlessChecked(whole, folder: folder, vocabulary: vocabulary, sitePages: sitePages)
            if !dryRun, !plan.changesNothing {
                do {
                    try FolderWriter(fileSystem: fileSystem).replace(folder, with: plan.files, keeping: kept)
                } catch {
                    throw ImportRefusal("nothing was written, and the policy is as it was: \(error)")
                }
            }
            outcome.policy = policy
            outcome.folder = shown
            outcome.sectionChanges = plan.counts
        } catch {
            outcome.refusal = error.reason
        }
        return outcome
    }

    // The policy to update, read as `check` reads it; a policy that is not there, or has errors, is refused.
    private func currentPolicy(_ id: String, project: Project, vocabulary: Vocabulary) throws(DiagnosticList)
        -> ModelPolicy
    {
        let files = SourceReader(fileSystem: fileSystem, workingDirectory: workingDirectory)
        let folder = project.policyFolder(id)
        guard PolicyID.isValid(id), fileSystem.isDirectory(folder) else {
            throw PolicyScaffold.noSuchPolicy(
                id, " to update", advice: "to bring the document in as a new policy, leave out --update",
                at: "--update", project: project, files: files)
        }
        var diagnostics = DiagnosticCollector()
        let policy = PolicyReader(files).policy(in: folder, vocabulary: vocabulary, diagnostics: &diagnostics)
        let errors = diagnostics.diagnostics.filter { $0.severity == .error }
        guard let policy, errors.isEmpty else { throw DiagnosticList(errors) }
        return policy
    }

    // Each section file's bytes as they are, by name: a section the update leaves as it was keeps them.
    private func sectionBytes(of policy: ModelPolicy) -> [String: Data] {
        var bytes: [String: Data] = [:]
        for section in policy.sections {
            bytes[Path.name(section.file)] = try? fileSystem.read(Path.absolute(section.file, from: workingDirectory))
        }
        return bytes
    }

    // Where the new text says something else than policy.yml, which the update keeps: its title, review
    // cycle, approver, and drafting notes before the first heading that policy.yml does not hold.
    private func metadataLines(
        _ policy: ImportedPolicy, facts: PolicyFacts, metadata: PolicyMetadata, vocabulary: Vocabulary,
        place: (Int, Int, Int) -> String
    ) -> [String] {
        var lines: [String] = []
        let yml = metadata.file
        if let title = policy.title, title != metadata.title {
            lines.append(
                "the document's title is '\(title)', and \(yml) says '\(metadata.title)', which is kept: change it there if the new title is right"
            )
        }
        if let cycle = facts.reviewCycle, cycle.value != metadata.reviewCycle {
            lines.append(
                "\(place(cycle.section, cycle.line, cycle.column)): '\(cycle.words)': the new text gives a review cycle of \(cycle.value), and \(yml) says \(metadata.reviewCycle), which is kept: change review_cycle there if the new text is right"
            )
        }
        if let body = facts.approvingBody, Self.approver(body.value, vocabulary: vocabulary) != metadata.approver.text {
            lines.append(
                "\(place(body.section, body.line, body.column)): '\(body.words)': the new text names the approver \(Self.approver(body.value, vocabulary: vocabulary)), and \(yml) says \(metadata.approver.text), which is kept: change approver there if the new text is right"
            )
        }
        let kept =
            (try? fileSystem.read(Path.absolute(metadata.file, from: workingDirectory))).map {
                String(decoding: $0, as: UTF8.self)
            } ?? ""
        for note in policy.leadingNotes where !kept.contains(note) {
            lines.append(
                "the drafting note before the document's first heading, '[\(note)]', is not written anywhere, since \(yml) is kept: copy it there as a comment if it matters"
            )
        }
        return lines
    }
}
