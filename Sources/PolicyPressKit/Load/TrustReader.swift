import Foundation

/// Reads the trust a school names with `trust_folder:` in its `school.yml` (a path from the school folder).
public struct TrustReader: Sendable {
    /// Reads the files.
    public var files: SourceReader

    /// Makes a reader.
    public init(_ files: SourceReader) {
        self.files = files
    }

    /// The key of `school.yml` that names the trust folder.
    public static let folderKey = "trust_folder"

    /// The trust folder a school's profile names, as an absolute path, or nil when it names none.
    static func folder(named relative: String?, bySchoolIn school: String) -> String? {
        guard let relative, !relative.isEmpty else { return nil }
        return Path.absolute(relative, from: school)
    }

    /// The trust folder the text of a `school.yml` names, as an absolute path; nil when it names none, or when
    /// the text is not YAML (which reading the profile reports). The text is parsed only when it mentions one.
    static func folder(inProfile data: Data, file: String, bySchoolIn school: String) -> String? {
        guard let text = String(data: data, encoding: .utf8), text.contains(folderKey),
            let profile = try? YAMLReader.read(SourceText.normalisingLineEndings(text), file: file)
        else { return nil }
        return folder(named: profile[folderKey]?.string, bySchoolIn: school)
    }

    /// The school's trust, or nil when it names none or the trust cannot be read (reported to `diagnostics`).
    public func trust(of school: SchoolProfile, diagnostics: inout DiagnosticCollector) -> TrustProfile? {
        guard let folder = Self.folder(named: school.values[Self.folderKey], bySchoolIn: school.folder) else {
            return nil
        }
        guard files.fileSystem.isDirectory(folder) else {
            let parent = Path.parent(folder)
            let neighbours = files.fileSystem.isDirectory(parent) ? (try? files.sortedNames(in: parent)) ?? [] : []
            let hint = Suggestion.hint(
                for: Path.name(folder), in: neighbours.filter { files.fileSystem.isDirectory(Path.join(parent, $0)) })
            diagnostics.report(
                Diagnostic(
                    "'\(Self.folderKey)' names '\(school.values[Self.folderKey]!)', which is not a folder\(hint.isEmpty ? "; give the trust folder's path from the school folder" : hint)",
                    at: school.valueLocations[Self.folderKey] ?? SourceLocation(file: school.file),
                    profileField: Self.folderKey))
            return nil
        }
        let file = Path.join(folder, "trust.yml")
        let purpose = "a trust folder needs a trust.yml giving the trust's values, such as 'name: …'"
        guard let (value, location) = diagnostics.collect({ try files.yaml(at: file, purpose: purpose) }) else {
            return nil
        }
        let reader = MappingReader(value, what: "the trust's values", at: location)
        var values: [String: String] = [:]
        for entry in reader.entries {
            ProfileReader.flatten(entry.value, path: entry.key, into: &values, diagnostics: &diagnostics)
        }
        diagnostics.collect { try reader.diagnostics.throwIfErrors() }
        return TrustProfile(folder: folder, file: files.display(file), values: values)
    }
}
