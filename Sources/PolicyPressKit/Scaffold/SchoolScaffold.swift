import Foundation

/// Makes a new school folder whose profile builds at once against the library.
///
/// `plan` writes nothing: it drafts the profile and checks it exactly as `check` would (on the file system
/// overlaid with the draft), so that what the policies need and the draft lacks is known before anything is
/// written. `create` then writes the one file.
public struct SchoolScaffold: Sendable {
    /// Where to read and write.
    public var fileSystem: FileSystem
    /// The folder relative paths start from.
    public var workingDirectory: String
    /// The day statuses are worked out for (they do not affect the profile).
    public var today: Day

    /// Makes a scaffold.
    public init(fileSystem: FileSystem, workingDirectory: String, today: Day) {
        self.fileSystem = fileSystem
        self.workingDirectory = workingDirectory
        self.today = today
    }

    /// A drafted profile and what stands between it and a school that builds.
    public struct Plan: Sendable {
        /// The school folder (absolute).
        public var folder: String
        /// The library it draws on.
        public var project: Project
        /// The text of `school.yml`.
        public var profile: String
        /// Fields the policies need that were not given.
        public var missing: [MissingField]
        /// Any other problem the draft has.
        public var problems: [Diagnostic]

        /// The folder as the user gave it.
        public var shownFolder: String
        /// The folder's own name.
        public var folderName: String { Path.name(folder) }

        /// The profile file's path.
        public var profileFile: String { Path.join(folder, "school.yml") }
    }

    /// The library's school types, for asking which one a new school is.
    public func types(for request: NewSchool) throws(DiagnosticList) -> [SchoolType] {
        let (_, project) = try project(for: request)
        return try VocabularyReader(SourceReader(fileSystem: fileSystem, workingDirectory: workingDirectory))
            .vocabulary(at: project.vocabularyFile).types
    }

    /// The library a new school in `folder` would draw on: the one named, else the one above the folder,
    /// else the one above the working folder.
    public func project(for request: NewSchool) throws(DiagnosticList) -> (folder: String, project: Project) {
        let folder = Path.absolute(request.folder, from: workingDirectory)
        let locator = ProjectLocator(fileSystem: fileSystem, workingDirectory: workingDirectory)
        if fileSystem.isFile(Path.join(folder, "school.yml")) {
            throw DiagnosticList([
                Diagnostic(
                    "there is already a school here: init never replaces a school's profile; edit its school.yml instead, or choose a new folder",
                    at: SourceLocation(file: Path.display(Path.join(folder, "school.yml"), from: workingDirectory)))
            ])
        }
        if fileSystem.kind(folder) == .file {
            throw DiagnosticList([
                Diagnostic(
                    "this is a file, not a folder; name a new folder for the school",
                    at: SourceLocation(file: request.folder))
            ])
        }
        if let library = request.library {
            return (folder, try DiagnosticList.throwing { try locator.project(named: library, above: folder) })
        }
        guard let project = locator.project(above: folder) ?? locator.project(above: workingDirectory) else {
            throw DiagnosticList([
                Diagnostic(
                    "cannot find the policy library: run init inside it, or name it with --library DIR (the folder holding Content/ and Templates/)",
                    at: SourceLocation(file: request.folder))
            ])
        }
        return (folder, project)
    }

    /// Drafts the profile and checks it; throws only for problems no answer could fix (an unknown type or policy).
    public func plan(_ request: NewSchool) throws(DiagnosticList) -> Plan {
        let (folder, project) = try project(for: request)
        let libraries = LibraryReader(SourceReader(fileSystem: fileSystem, workingDirectory: workingDirectory))
        var diagnostics = DiagnosticCollector()
        guard let library = libraries.library(project, diagnostics: &diagnostics) else {
            throw DiagnosticList(diagnostics.diagnostics)
        }
        guard library.vocabulary.type(request.type) != nil else {
            throw DiagnosticList([library.vocabulary.unknownType(request.type, at: SourceLocation(file: "--type"))])
        }
        let badFields = request.values.keys.sorted().compactMap { field -> Diagnostic? in
            if ["name", "type", "policies", SchoolProfile.libraryKey].contains(field) {
                return Diagnostic(
                    "'\(field)' is given with its own option, --\(field == "policies" ? "policy" : field)",
                    at: SourceLocation(file: "--set"))
            }
            guard VariableExpander.isValidName("school." + field) else {
                return Diagnostic(
                    "'\(field)' cannot be a profile field: use letters, digits, '_' and '-', with dots between parts, such as roles.headteacher",
                    at: SourceLocation(file: "--set"))
            }
            return nil
        }
        if !badFields.isEmpty { throw DiagnosticList(badFields) }
        let available = libraries.policyIDs(in: project)
        let policies = request.policies ?? available
        let unknown = policies.filter { !available.contains($0) }.map {
            Diagnostic(
                "the library has no policy '\($0)'\(Suggestion.hint(for: $0, in: available))",
                at: SourceLocation(file: "--policy"))
        }
        if !unknown.isEmpty { throw DiagnosticList(unknown) }

        let inside =
            ProjectLocator(fileSystem: fileSystem, workingDirectory: workingDirectory).project(above: folder) == project
        let profile = ProfileText.yaml(
            name: request.name, type: request.type, values: request.values,
            library: inside ? nil : Path.relative(project.root, from: folder), policies: policies)
        var plan = Plan(
            folder: folder, project: project, profile: profile, missing: [], problems: [],
            shownFolder: request.folder.count > 1 && request.folder.hasSuffix("/")
                ? String(request.folder.dropLast()) : request.folder)
        let draft = fileSystem.overlaying([plan.profileFile: Data(profile.utf8)])
        do {
            _ = try SchoolReader(fileSystem: draft, workingDirectory: workingDirectory).snapshot(
                school: folder, library: project.root, settings: ReviewSettings(today: today))
        } catch {
            for diagnostic in error.diagnostics {
                if let field = diagnostic.missingField {
                    if !plan.missing.contains(where: { $0.field == field }) {
                        let byType = diagnostic.location.file.hasSuffix("school.yml")
                        let why =
                            byType
                            ? "every \(library.vocabulary.type(request.type)?.label ?? request.type) gives this"
                            : "used in \(Path.name(diagnostic.location.file)), line \(diagnostic.location.line)"
                        plan.missing.append(MissingField(field: field, usedAt: diagnostic.location, why: why))
                    }
                } else if diagnostic.severity == .error {
                    // A warning (such as no site_url, which the clerk adds later) never stops a new school.
                    plan.problems.append(diagnostic)
                }
            }
        }
        // What the school type requires first, then the rest in the order the policies use them.
        plan.missing =
            plan.missing.filter { $0.usedAt.file.hasSuffix("school.yml") }
            + plan.missing.filter { !$0.usedAt.file.hasSuffix("school.yml") }
        return plan
    }

    /// Writes the planned profile, making the folder if needed; never replaces an existing profile.
    public func create(_ plan: Plan) throws(DiagnosticList) {
        let where_ = SourceLocation(file: Path.display(plan.profileFile, from: workingDirectory))
        guard !fileSystem.isFile(plan.profileFile) else {
            throw DiagnosticList([
                Diagnostic("there is already a school here: init never replaces a school's profile", at: where_)
            ])
        }
        do {
            try fileSystem.makeDirectory(plan.folder)
            try fileSystem.replaceAtomically(plan.profileFile, Data(plan.profile.utf8))
        } catch {
            throw DiagnosticList([Diagnostic("the school folder could not be made: \(error)", at: where_)])
        }
    }
}
