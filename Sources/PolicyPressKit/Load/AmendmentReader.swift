/// Reads a trust's or a school's amendments to the policies it adopts, from `amendments/POLICY/` in its folder,
/// and gives each policy with them applied.
///
/// A section file named like one of the sections underneath (`02-scope.md`) replaces that section; a file
/// of another name adds a section, placed by its `order:` or just after the section its `after:` names; a
/// file whose front matter says `removed: true`, with a `reason:`, leaves the section out. Amended sections
/// are read, and later resolved and checked, exactly as the model's are. The text underneath an amendment
/// when `amend` made it is kept in `.base/`: when the text underneath has changed since, a warning names
/// the command that merges the change, and a file still holding a conflict that merge left is refused.
public struct AmendmentReader: Sendable {
    /// Reads the files.
    public var files: SourceReader

    /// Makes a reader.
    public init(_ files: SourceReader) {
        self.files = files
    }

    /// The keys a removal's front matter may have.
    static let removalKeys = ["removed", "reason"]

    /// The folder of a school's amendments to a policy.
    public static func folder(of policy: String, inSchool school: String) -> String {
        Path.join(Path.join(school, "amendments"), policy)
    }

    /// The folder, in an amendments folder, that keeps the text each amendment was based on.
    public static let baseFolder = ".base"

    /// The file keeping the text underneath that the amendment `name` (a section's name) was based on.
    public static func baseFile(of name: String, in folder: String) -> String {
        Path.join(Path.join(folder, baseFolder), name + ".md")
    }

    /// `policy` with the amendments of `layer` (a trust's or a school's, in the folder `owner`) applied; problems
    /// in them are reported to `diagnostics`, and so is each amendment whose base is out of date.
    public func amended(
        _ policy: ModelPolicy, by layer: Layer, inFolder owner: String, vocabulary: Vocabulary,
        diagnostics: inout DiagnosticCollector
    ) -> ModelPolicy {
        let folder = Self.folder(of: policy.id, inSchool: owner)
        guard files.fileSystem.isDirectory(folder),
            let names = diagnostics.collect({ try files.sortedNames(in: folder) })
        else {
            return policy
        }
        var sections = policy.sections
        var added: [ModelSection] = []
        var removed: [(name: String, reason: String)] = []
        let underneath = policy.sections.map(\.name)
        // Anything else here would look like an amendment and change nothing.
        for name in names where !name.hasSuffix(".md") && !name.hasPrefix(".") {
            diagnostics.error(
                "only Markdown (.md) section files are read as amendments; rename this file, or move it out of amendments/",
                at: SourceLocation(file: files.display(Path.join(folder, name))))
        }
        for name in names where name.hasSuffix(".md") && !name.hasPrefix(".") {
            let file = Path.join(folder, name)
            let stem = String(name.dropLast(".md".count))
            let index = sections.firstIndex { $0.name == stem }
            guard let amendment = diagnostics.collect({ try read(file, layer: layer, vocabulary: vocabulary) }) else {
                continue
            }
            let base = base(of: stem, in: folder, diagnostics: &diagnostics)
            // A section only renumbered (a model's update adds a section before it) has not changed under the amendment.
            if let index, let base, Self.withoutOrder(base.text) != Self.withoutOrder(sections[index].text) {
                diagnostics.report(
                    staleness(
                        of: policy.id, stem, owner: owner, layer: layer, under: sections[index], amendment: amendment))
            }
            switch amendment {
            case .section(let section):
                SectionSourceCheck.problems(in: section).forEach { diagnostics.report($0) }
                if let index {
                    // A replacement stands where the section it replaces stands, and so takes its order: the
                    // `order:` copied with the text goes stale when the model's sections are renumbered.
                    var replacement = section
                    (replacement.order, replacement.orderLocation) = (
                        sections[index].order, sections[index].orderLocation
                    )
                    sections[index] = replacement
                } else if let base {
                    diagnostics.error(
                        "this amendment replaces the section '\(stem)', which the policy '\(policy.id)' no longer has; to keep this text as a section of \(layer.possessive) own, delete \(base.path) and say which section it follows with 'after:', or delete this file",
                        at: amendment.location)
                } else {
                    added.append(section)
                }
            case .removal(let reason, let location):
                if index != nil {
                    removed.append((stem, reason))
                } else {
                    let hint = Suggestion.hint(for: stem, in: underneath)
                    diagnostics.error(
                        "this file leaves out the section '\(stem)', which the policy '\(policy.id)' does not have\(hint.isEmpty ? "; its sections are: \(underneath.joined(separator: ", "))" : hint)",
                        at: location)
                }
            }
        }
        place(added, in: &sections, diagnostics: &diagnostics)
        PolicyReader.reportDuplicateOrders(in: sections.filter { $0.after == nil }, diagnostics: &diagnostics)
        var amended = policy
        amended.sections = sections.filter { section in !removed.contains { $0.name == section.name } }
        amended.removals =
            policy.removals
            + removed.compactMap { removal in
                sections.first { $0.name == removal.name }.map { SectionRemoval(section: $0, reason: removal.reason) }
            }
        return amended
    }

    // Added sections go where their `order:` puts them among the sections with an order, or just after the
    // section their `after:` names (after any added there before them, by file name). A section placed
    // keeps its place under later layers: nothing is sorted again.
    private func place(
        _ added: [ModelSection], in sections: inout [ModelSection], diagnostics: inout DiagnosticCollector
    ) {
        for section in added where section.after == nil {
            let position = sections.firstIndex { $0.after == nil && $0.order > section.order } ?? sections.count
            sections.insert(section, at: position)
        }
        for section in added {
            guard let after = section.after else { continue }
            guard var position = sections.firstIndex(where: { $0.name == after.text }) else {
                let names = sections.map(\.name)
                let hint = Suggestion.hint(for: after.text, in: names)
                diagnostics.error(
                    "'after: \(after.text)' names no section of this policy\(hint.isEmpty ? "; its sections are: \(names.joined(separator: ", "))" : hint)",
                    at: after.location)
                continue
            }
            position += 1
            while position < sections.count, sections[position].after?.text == after.text { position += 1 }
            sections.insert(section, at: position)
        }
    }

    /// The command that merges a change underneath into an amendment, as a clerk would type it.
    public static func updateCommand(policy: String, section: String, folder: String, layer: Layer) -> String {
        let quoted = folder.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) } ? folder : "'\(folder)'"
        return "policypress amend \(policy) \(section) " + (layer == .trust ? "--trust \(quoted)" : quoted)
            + " --update"
    }

    /// The text an amendment was based on, when `amend` kept it.
    struct Base {
        var path: String
        var text: String
    }

    /// A section file's text without its front matter's `order:` line.
    static func withoutOrder(_ text: String) -> String {
        guard text.hasPrefix("---") else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let end = lines.dropFirst().firstIndex { $0.trimmingCharacters(in: .whitespaces) == "---" } ?? lines.count
        return lines.indices.filter { $0 >= end || !lines[$0].hasPrefix("order:") }.map { lines[$0] }.joined(
            separator: "\n")
    }

    private func base(of name: String, in folder: String, diagnostics: inout DiagnosticCollector) -> Base? {
        let file = Self.baseFile(of: name, in: folder)
        guard files.fileSystem.isFile(file), let source = diagnostics.collect({ try files.source(at: file) }) else {
            return nil
        }
        return Base(path: source.path, text: source.text)
    }

    // The warning that the text underneath an amendment has changed since the amendment was based on it.
    private func staleness(
        of policy: String, _ name: String, owner: String, layer: Layer, under section: ModelSection,
        amendment: Amendment
    ) -> Diagnostic {
        let command = Self.updateCommand(policy: policy, section: name, folder: files.display(owner), layer: layer)
        let message: String
        if case .removal = amendment {
            message =
                "\(section.layer.possessive) text of the section this file leaves out has changed since it was left out; read the new text, and if the reason still holds, record that with: \(command)"
        } else {
            message =
                "\(section.layer.possessive) text of this section has changed since this amendment was based on it; to merge the change into \(layer.possessive) wording, run: \(command)"
        }
        return Diagnostic(message, at: amendment.location, severity: .warning)
    }

    /// Reports each folder under `amendments/` that names no policy the school adopts.
    public func reportStrayFolders(inSchool school: String, adopted: [String], diagnostics: inout DiagnosticCollector) {
        let folder = Path.join(school, "amendments")
        guard files.fileSystem.isDirectory(folder),
            let names = diagnostics.collect({ try files.sortedNames(in: folder) })
        else { return }
        for name in names where !name.hasPrefix(".") && !adopted.contains(name) {
            let hint = Suggestion.hint(for: name, in: adopted)
            diagnostics.error(
                "these amendments are to '\(name)', a policy the school does not adopt\(hint.isEmpty ? "; add it under 'policies' in school.yml, or remove the folder" : hint)",
                at: SourceLocation(file: files.display(Path.join(folder, name))))
        }
    }

    private enum Amendment {
        case section(ModelSection)
        case removal(reason: String, at: SourceLocation)

        /// Where the amendment starts, for messages about it as a whole.
        var location: SourceLocation {
            switch self {
            case .section(let section): return SourceLocation(file: section.file, line: 1, column: 1)
            case .removal(_, let location): return location
            }
        }
    }

    // A conflict left by `amend --update` is for a person to settle: nothing of a file holding one is read.
    private func refuseConflicts(in source: SourceText) throws(DiagnosticList) {
        let lines = ConflictMarkers.lines(in: source.text)
        guard !lines.isEmpty else { return }
        var problems: [Diagnostic] = []
        var index = 0
        while index < lines.count {
            let first = lines[index]
            let last = index + 1 < lines.count ? lines[index + 1] : first
            problems.append(
                Diagnostic(
                    "a conflict that 'amend --update' could not merge (lines \(first)–\(last)): between '\(ConflictMarkers.start)' and '\(ConflictMarkers.middle)' is the amendment's wording, between '\(ConflictMarkers.middle)' and '\(ConflictMarkers.end)' the new wording underneath; keep the wording wanted and delete the rest, with the three marker lines",
                    at: SourceLocation(file: source.path, line: first, column: 1)))
            index += 2
        }
        throw DiagnosticList(problems)
    }

    // A removal says `removed: true` and why; anything else is a section, read as the model's are.
    private func read(_ file: String, layer: Layer, vocabulary: Vocabulary) throws(DiagnosticList) -> Amendment {
        let source = try DiagnosticList.throwing { try files.source(at: file) }
        try refuseConflicts(in: source)
        let split = try DiagnosticList.throwing { try FrontMatterParser.split(source) }
        guard let frontMatter = split.frontMatter, let removed = frontMatter["removed"] else {
            var section = try SectionReader(files).section(
                from: source, split: split, vocabulary: vocabulary, placeable: true)
            section.layer = layer
            return .section(section)
        }
        var reader = MappingReader(frontMatter, what: "the front matter of a removal", at: split.frontMatterLocation!)
        reader.rejectUnknownKeys(Self.removalKeys)
        let problemsBefore = reader.diagnostics.diagnostics.count
        // A value that is not a flag at all is reported by `flag`; `false` is a flag, but says nothing here.
        if !reader.flag("removed", default: false), reader.diagnostics.diagnostics.count == problemsBefore {
            reader.diagnostics.error(
                "'removed' can only be 'true'; to keep the model's section, delete this file", at: removed.location)
        }
        let reason = reader.text("reason")
        if reason?.trimmingBlanks.isEmpty ?? true {
            reader.diagnostics.error(
                "a removal needs a 'reason:' saying why the school leaves the section out",
                at: reader.value("reason")?.location ?? split.frontMatterLocation!)
        }
        if !split.body.trimmingBlanks.isEmpty {
            reader.diagnostics.error(
                "a removal has no text of its own, so this text would be lost: delete it, or drop 'removed' to replace the section",
                at: SourceLocation(file: files.display(file), line: split.bodyLine, column: 1))
        }
        _ = try reader.diagnostics.throwIfErrors()
        return .removal(reason: reason!, at: split.frontMatterLocation!)
    }
}
