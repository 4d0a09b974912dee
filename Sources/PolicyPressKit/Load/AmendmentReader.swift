/// Reads a school's amendments to the model policies it adopts, from `amendments/POLICY/` in its folder, and
/// gives each policy as the school has it.
///
/// A section file named like one of the model's (`02-scope.md`) replaces that section; a file the model does
/// not have adds a section of the school's own, placed by its `order:`; a file whose front matter says
/// `removed: true`, with a `reason:`, leaves the model's section out. Amended sections are read, and later
/// resolved and checked, exactly as the model's are.
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

    /// `policy` with the school's amendments applied; problems in them are reported to `diagnostics`.
    public func amended(
        _ policy: ModelPolicy, inSchool school: String, vocabulary: Vocabulary, diagnostics: inout DiagnosticCollector
    ) -> ModelPolicy {
        let folder = Self.folder(of: policy.id, inSchool: school)
        guard files.fileSystem.isDirectory(folder), let names = diagnostics.collect({ try files.sortedNames(in: folder) }) else {
            return policy
        }
        var sections = policy.sections
        var removals: [SectionRemoval] = []
        let modelNames = policy.sections.map(\.name)
        // Anything else here would look like an amendment and change nothing.
        for name in names where !name.hasSuffix(".md") && !name.hasPrefix(".") {
            diagnostics.error(
                "only Markdown (.md) section files are read as amendments; rename this file, or move it out of amendments/",
                at: SourceLocation(file: files.display(Path.join(folder, name))))
        }
        for name in names where name.hasSuffix(".md") {
            let file = Path.join(folder, name)
            let stem = String(name.dropLast(".md".count))
            let index = sections.firstIndex { $0.name == stem }
            guard let amendment = diagnostics.collect({ try read(file, vocabulary: vocabulary) }) else { continue }
            switch amendment {
            case .section(let section):
                if let index { sections[index] = section } else { sections.append(section) }
            case .removal(let reason, let location):
                if let index {
                    removals.append(SectionRemoval(section: sections.remove(at: index), reason: reason))
                } else {
                    let hint = Suggestion.hint(for: stem, in: modelNames)
                    diagnostics.error(
                        "this file leaves out the section '\(stem)', which the policy '\(policy.id)' does not have\(hint.isEmpty ? "; its sections are: \(modelNames.joined(separator: ", "))" : hint)",
                        at: location)
                }
            }
        }
        PolicyReader.reportDuplicateOrders(in: sections, diagnostics: &diagnostics)
        var amended = policy
        amended.sections = sections.sorted { ($0.order, $0.file) < ($1.order, $1.file) }
        amended.removals = policy.removals + removals
        return amended
    }

    /// Reports each folder under `amendments/` that names no policy the school adopts.
    public func reportStrayFolders(inSchool school: String, adopted: [String], diagnostics: inout DiagnosticCollector) {
        let folder = Path.join(school, "amendments")
        guard files.fileSystem.isDirectory(folder), let names = diagnostics.collect({ try files.sortedNames(in: folder) }) else { return }
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
    }

    // A removal says `removed: true` and why; anything else is a section, read as the model's are.
    private func read(_ file: String, vocabulary: Vocabulary) throws(DiagnosticList) -> Amendment {
        let split = try DiagnosticList.throwing { try FrontMatterParser.split(try files.source(at: file)) }
        guard let frontMatter = split.frontMatter, let removed = frontMatter["removed"] else {
            return .section(try SectionReader(files).section(at: file, vocabulary: vocabulary))
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
