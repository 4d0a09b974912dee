import Foundation

/// `amend`: starts, or brings up to date, a school's (or a trust's) amendment of one section of a policy.
///
/// The amendment goes in `amendments/POLICY/` of the school or trust folder, and the text underneath it (the
/// model's, or for a school in a trust the trust's) is kept beside it in `.base/`, so that a later change
/// underneath can be merged into it with `--update`. Every refusal writes nothing.
public struct AmendAction: Sendable {
    /// What to do to the section.
    public enum Change: Sendable, Equatable {
        /// Copy the text underneath, for the school to edit.
        case copy
        /// Leave the section out, for this reason.
        case remove(reason: String)
        /// Add a section of this title, after the named section (the last one when nil).
        case add(title: String, after: String?)
        /// Merge the changes made underneath since the amendment was based on it.
        case update
    }

    /// What the clerk asked for, as typed.
    public struct Request: Sendable {
        public var policy: String
        /// The section's name (its file name without `.md`), or for `add` the new section's.
        public var section: String
        public var school: String?
        /// A trust folder, to amend for every school of the trust instead of one school.
        public var trust: String?
        public var library: String?
        public var change: Change

        /// Makes a request.
        public init(
            policy: String, section: String, school: String? = nil, trust: String? = nil, library: String? = nil,
            change: Change
        ) {
            self.policy = policy
            self.section = section
            self.school = school
            self.trust = trust
            self.library = library
            self.change = change
        }
    }

    /// What was written.
    public struct Outcome: Sendable {
        /// The amendment file, as shown to the user.
        public var file: String
        /// What was done, in a sentence or two.
        public var summary: String
        /// For an update, each conflict left in the file: where it is, for the person to settle.
        public var conflicts: [Diagnostic]
    }

    /// Finds the school and its library.
    public var reader: SchoolReader

    /// Makes the action over a file system and working folder.
    public init(fileSystem: FileSystem, workingDirectory: String) {
        reader = SchoolReader(fileSystem: fileSystem, workingDirectory: workingDirectory)
    }

    private var files: SourceReader { reader.files }

    /// Checks the request against the policy as it stands underneath, then writes the amendment and its base.
    public func amend(_ request: Request) throws(DiagnosticList) -> Outcome {
        let target = try AmendmentTarget.find(request, files: files, locator: reader.locator)
        let folder = AmendmentReader.folder(of: target.policy.id, inSchool: target.owner)
        let file = Path.join(folder, request.section + ".md")
        let shown = files.display(file)
        let exists = files.fileSystem.kind(file) != nil
        switch request.change {
        case .copy, .remove:
            let section = try target.section(named: request.section)
            if exists {
                throw refusal(
                    "'\(request.section)' is already amended in \(shown); edit that file, or to take in a change made underneath since, add --update",
                    at: shown)
            }
            let text: String
            if case .remove(let reason) = request.change {
                text = "---\nremoved: true\nreason: \(YAMLText.quoted(reason))\n---\n"
            } else {
                text = section.text
            }
            try write([request.section + ".md": text, keptBase(request.section): section.text], into: folder)
            let what =
                text == section.text
                ? "Copied \(section.layer.possessive) text of '\(request.section)' to \(shown): edit it there."
                : "Left out '\(request.section)' for \(target.layer == .trust ? "every school of the trust" : "the school"), with the reason, in \(shown)."
            return Outcome(
                file: shown,
                summary: what
                    + " The text it is based on is kept in \(files.display(Path.join(folder, AmendmentReader.baseFolder)))/.",
                conflicts: [])
        case .add(let title, let after):
            try target.checkNewName(request.section)
            if exists { throw refusal("\(shown) already exists; choose another name for the new section", at: shown) }
            var anchor = target.policy.sections.last!.name
            if let after { anchor = try target.section(named: after).name }
            let text = "---\ntitle: \(YAMLText.quoted(title))\nafter: \(anchor)\n---\n"
            try write([request.section + ".md": text], into: folder)
            return Outcome(
                file: shown,
                summary:
                    "Added the section '\(title)' after '\(anchor)' in \(shown): write its text there, below the front matter.",
                conflicts: [])
        case .update:
            return try update(request, target: target, folder: folder, file: file)
        }
    }

    private func update(_ request: Request, target: AmendmentTarget, folder: String, file: String)
        throws(DiagnosticList) -> Outcome
    {
        let shown = files.display(file)
        guard files.fileSystem.isFile(file) else {
            _ = try target.section(named: request.section)
            throw refusal(
                "'\(request.section)' is not amended, so there is nothing to update; to amend it, leave out --update",
                at: shown)
        }
        let section = try target.section(named: request.section)
        let baseFile = AmendmentReader.baseFile(of: request.section, in: folder)
        guard files.fileSystem.isFile(baseFile) else {
            throw refusal(
                "this amendment keeps no base text (\(files.display(baseFile))), so there is nothing to merge from: it was not made with 'amend'; compare it with \(section.file) by hand",
                at: shown)
        }
        let (base, amendment) = try DiagnosticList.throwing {
            (try files.source(at: baseFile).text, try files.source(at: file))
        }
        guard base != section.text else {
            throw refusal(
                "\(section.layer.possessive) text of '\(request.section)' has not changed since this amendment was based on it: there is nothing to update",
                at: shown)
        }
        let isRemoval = (try? FrontMatterParser.split(amendment))?.frontMatter?["removed"] != nil
        if isRemoval {
            try write([keptBase(request.section): section.text], into: folder)
            return Outcome(
                file: shown,
                summary:
                    "\(section.layer.possessive.capitalizedFirst) text of '\(request.section)' changed; it is still left out, and its base is now the new text. Check that the reason in \(shown) still holds.",
                conflicts: [])
        }
        let merged = ThreeWayMerge.merge(
            base: base, ours: amendment.text, theirs: section.text,
            labels: ("\(target.layer.possessive) wording", "\(section.layer.possessive) new wording"))
        try write([request.section + ".md": merged.text, keptBase(request.section): section.text], into: folder)
        let conflicts = merged.conflicts.map { lines in
            Diagnostic(
                "a conflict to settle (lines \(lines.lowerBound)–\(lines.upperBound)): keep the wording wanted, and delete the rest with the three marker lines",
                at: SourceLocation(file: shown, line: lines.lowerBound, column: 1))
        }
        let summary =
            conflicts.isEmpty
            ? "Merged the change to \(section.layer.possessive) text of '\(request.section)' into \(shown)."
            : "Merged the change to \(section.layer.possessive) text of '\(request.section)' into \(shown), except where both changed the same lines: \(conflicts.count == 1 ? "1 conflict" : "\(conflicts.count) conflicts") to settle before the school can be built."
        return Outcome(file: shown, summary: summary, conflicts: conflicts)
    }

    private func keptBase(_ name: String) -> String {
        Path.join(AmendmentReader.baseFolder, name + ".md")
    }

    private func write(_ contents: [String: String], into folder: String) throws(DiagnosticList) {
        do {
            try FolderWriter(fileSystem: files.fileSystem).write(contents.mapValues { Data($0.utf8) }, into: folder)
        } catch {
            throw DiagnosticList([
                Diagnostic(
                    "nothing was written, and the amendments are as they were: \(error)",
                    at: SourceLocation(file: files.display(folder)))
            ])
        }
    }

    private func refusal(_ message: String, at file: String) -> DiagnosticList {
        DiagnosticList([Diagnostic(message, at: SourceLocation(file: file))])
    }
}

extension String {
    /// The text with its first letter in capitals: "The model's".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
