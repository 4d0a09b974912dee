import Foundation

/// Puts the changes since an approval down to their sources (see `ChangeTracer`). Between the approved
/// edition and today's draft it builds the editions after each layer: today's model with the trust's and
/// the school's files as the approval kept them; then with today's trust; then with today's amendments of
/// the school. Each is read and resolved as any school is, through an overlay of the school and trust
/// folders that shows the kept files in place of today's (and hides files that were not there then). An
/// approval of a document (`approve --document`) has no layers, and its changes are not traced.
struct LayerChain: Sendable {
    /// Reads today's files.
    var files: SourceReader

    /// `diff`, from the edition `record` approved to the draft, with the origin of each change, or with a
    /// note saying why its changes cannot be put down to their sources.
    func traced(
        _ diff: EditionDiff, approved: Edition, draft: Edition, record: ApprovalRecord, snapshot: SchoolSnapshot
    ) -> EditionDiff {
        var result = diff
        // A document was not built from the library's and the school's files: there are no layers to step through.
        if let document = record.document {
            result.tracing = ChangeTracing(
                traced: false,
                note:
                    "The approval of \(record.approved.british) was of a document, \(document), not of an edition PolicyPress built, so these changes are not put down to the model, the trust or the school."
            )
            return result
        }
        let layers: ApprovalLayers?
        do {
            layers = try RegisterReader(files).keptLayers(of: record, in: snapshot.folder)
        } catch {
            result.tracing = ChangeTracing(
                traced: false, note: "Where each change came from cannot be told: " + error.message)
            return result
        }
        guard let layers else {
            result.tracing = ChangeTracing(
                traced: false,
                note:
                    "The approval of \(record.approved.british) was recorded before PolicyPress kept what each approved text was built from, so these changes are not put down to their sources."
            )
            return result
        }
        guard !diff.isEmpty else {
            result.tracing = ChangeTracing(traced: true)
            return result
        }
        let steps = self.steps(from: layers, record: record, snapshot: snapshot, draft: draft)
        result = ChangeTracer().traced(
            diff, approved: approved, steps: steps.map { ChangeTracer.Step($0.source, $0.edition) })
        let unknown = result.sourceCounts.unknown
        let failed = steps.compactMap(\.problem).first
        result.tracing = ChangeTracing(
            traced: true,
            note: unknown == 0
                ? nil
                : failed.map { "Some changes could not be put down to their sources: \($0)" }
                    ?? "The source of \(unknown == 1 ? "1 change" : "\(unknown) changes") could not be told.")
        return result
    }

    /// One step's edition, or why it could not be built.
    private struct Step {
        var source: ChangeSource
        var edition: Edition?
        var problem: String? = nil
    }

    // The model first, then the other layers in their order (trust, school, values), the draft last. When a
    // step cannot be built in that order (an amendment uses a value the school added with it), the next
    // layer that can be is taken instead; a step whose layer is as it was has the edition before it.
    private func steps(from kept: ApprovalLayers, record: ApprovalRecord, snapshot: SchoolSnapshot, draft: Edition)
        -> [Step]
    {
        let today = try? LayerReader(files).layers(
            of: record.policy, school: snapshot.sources.school, trust: snapshot.sources.trust, model: kept.model)
        var unchanged: Set<ChangeSource> = []
        if today?.trust == kept.trust { unchanged.insert(.trust) }
        if today?.school.amendments == kept.school.amendments { unchanged.insert(.school) }
        var steps = [build(taking: [.model], kept: kept, record: record, snapshot: snapshot)]
        var taken: Set<ChangeSource> = [.model]
        var remaining: [ChangeSource] = [.trust, .school, .values]
        while remaining.count > 1 {
            var chosen: (index: Int, step: Step)?
            for (index, source) in remaining.enumerated() {
                let step =
                    unchanged.contains(source)
                    ? Step(source: source, edition: steps.last!.edition, problem: steps.last!.problem)
                    : build(taking: taken.union([source]), kept: kept, record: record, snapshot: snapshot)
                if chosen == nil || (chosen!.step.edition == nil && step.edition != nil) { chosen = (index, step) }
                if step.edition != nil { break }
            }
            steps.append(chosen!.step)
            taken.insert(remaining.remove(at: chosen!.index))
        }
        steps.append(Step(source: remaining[0], edition: draft))
        return steps
    }

    // The edition with the layers in `taken` as they are today and the others as the approval kept them.
    private func build(
        taking taken: Set<ChangeSource>, kept: ApprovalLayers, record: ApprovalRecord, snapshot: SchoolSnapshot
    ) -> Step {
        let source = ChangeSource.allCases.last { taken.contains($0) }!
        let school = snapshot.folder, policy = record.policy
        let profile = Path.join(school, "school.yml")
        let keptTrust = TrustReader.folder(inProfile: kept.school.profile, file: profile, bySchoolIn: school)
        let todayTrust = snapshot.sources.trust?.folder
        // The trust folder the profile in use names must hold the trust's files in use.
        guard keptTrust == todayTrust || taken.contains(.trust) == taken.contains(.values) else {
            return Step(
                source: source, edition: nil,
                problem:
                    "the school's trust folder ('\(TrustReader.folderKey)' in school.yml) has changed since the approval, so the trust's changes cannot be told from those of the school's details."
            )
        }
        var overlay = Overlay(files: [:])
        if !taken.contains(.values) { overlay.files[profile] = kept.school.profile }
        if !taken.contains(.school) { overlay.put(kept.school.amendments, inAmendmentsOf: policy, in: school) }
        if !taken.contains(.trust), let trustFolder = taken.contains(.values) ? todayTrust : keptTrust {
            guard let trust = kept.trust else {
                return Step(
                    source: source, edition: nil,
                    problem: "no trust's files were kept with the approval, but the school names a trust folder.")
            }
            overlay.files[Path.join(trustFolder, "trust.yml")] = trust.profile
            overlay.put(trust.amendments, inAmendmentsOf: policy, in: trustFolder)
        }
        let step = self.step(overlay, record: record, snapshot: snapshot)
        let layers = ChangeSource.allCases.filter(taken.contains).map(\.name).joined(separator: ", ")
        return Step(
            source: source, edition: step.edition,
            problem: step.problem.map {
                "the policy could not be built with today's \(layers) and the rest as approved (\($0))."
            })
    }

    // The edition the policy has for the school read through the overlay, or its first problem.
    private func step(_ overlay: Overlay, record: ApprovalRecord, snapshot: SchoolSnapshot) -> (
        edition: Edition?, problem: String?
    ) {
        let reader = SourceReader(
            fileSystem: files.fileSystem.overlaying(overlay.files, replacing: overlay.replaced),
            workingDirectory: files.workingDirectory)
        var diagnostics = DiagnosticCollector()
        let built = SchoolSnapshotter(reader).snapshot(
            ofSchoolIn: snapshot.folder, library: snapshot.library.reading(through: reader),
            settings: ReviewSettings(today: record.approved),
            scope: .approving(record.policy), diagnostics: &diagnostics)
        if let edition = built?.editions.first { return (edition, nil) }
        return (nil, diagnostics.diagnostics.first { $0.severity == .error }?.message ?? "it has no edition")
    }

    /// Files to show in place of today's, and the folders whose other files to hide.
    private struct Overlay {
        var files: [String: Data]
        var replaced: Set<String> = []

        mutating func put(_ amendments: [String: Data], inAmendmentsOf policy: String, in folder: String) {
            let amendmentsFolder = AmendmentReader.folder(of: policy, inSchool: folder)
            replaced.insert(amendmentsFolder)
            for (name, data) in amendments { files[Path.join(amendmentsFolder, name)] = data }
        }
    }
}
