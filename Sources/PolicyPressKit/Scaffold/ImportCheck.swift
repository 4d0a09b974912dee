import Foundation

/// What `check` would say of an imported policy, before anything is written: the policy folder as the import
/// would write it is read through an overlay, exactly as `check` reads a library, and filled in for a school
/// of every type in the vocabulary, with a stand-in for each school value its text names; then the page-wide
/// checks (in-page links, footnotes) run on each edition. An import whose output has an error is refused
/// with it, so that "imported" always means "a school that adopts it checks".
struct ImportCheck {
    /// The file system the library is on.
    var fileSystem: FileSystem
    /// The folder relative paths start from.
    var workingDirectory: String

    /// Every error a school adopting the policy would meet, were `files` (names in the policy folder) to be
    /// the whole of `folder`; each at its place in the files as they would be written.
    func errors(ifWriting files: [String: Data], into folder: String, vocabulary: Vocabulary, sitePages: Set<String>)
        -> [Diagnostic]
    {
        let overlay = fileSystem.overlaying(
            Dictionary(uniqueKeysWithValues: files.map { (Path.join(folder, $0.key), $0.value) }), replacing: [folder])
        let reader = SourceReader(fileSystem: overlay, workingDirectory: workingDirectory)
        var diagnostics = DiagnosticCollector()
        guard let policy = PolicyReader(reader).policy(in: folder, vocabulary: vocabulary, diagnostics: &diagnostics)
        else {
            return Self.errors(in: diagnostics.diagnostics)
        }
        var found = diagnostics.diagnostics
        var named = Self.valuesNamed(in: files.values.map { String(decoding: $0, as: UTF8.self) })
        // Each school names the related policies in its own profile.
        for related in policy.metadata.related { named.school["policy_names." + related.text] = related.text }
        let resolver = EditionResolver(vocabulary: vocabulary)
        for type in vocabulary.types {
            let school = SchoolProfile(
                id: "import-check", folder: workingDirectory, file: "school.yml", name: "School", type: type.id,
                values: named.school, policies: [(policy.id, SourceLocation(file: "school.yml"))])
            var table = VariableTable(school: school, type: type)
            for name in named.trust { table.values["trust." + name] = name }
            var warnings: [Diagnostic] = []
            do {
                let resolved = try resolver.resolve(
                    policy, for: school, schoolValues: table.preparingMarkdown(), warnings: &warnings)
                found += EditionLinkCheck().problems(in: resolved, sitePages: sitePages)
            } catch {
                found += error.diagnostics
            }
        }
        return Self.errors(in: found)
    }

    // The errors, each once (a type's edition repeats what another's found), in the order first found; a value
    // a school's profile must give is the school's to give, not the import's.
    private static func errors(in diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<String> = []
        return diagnostics.filter {
            $0.severity == .error && $0.missingField == nil && seen.insert($0.description).inserted
        }
    }

    /// The `school.…` and `trust.…` values a text names (`{{ school.roles.headteacher }}`), each with its own
    /// name as its stand-in value.
    static func valuesNamed(in texts: [String]) -> (school: [String: String], trust: Set<String>) {
        var school: [String: String] = [:]
        var trust: Set<String> = []
        let pattern = try! NSRegularExpression(pattern: #"\{\{\s*(school|trust)\.([A-Za-z0-9_.-]+)\s*\}\}"#)
        for text in texts {
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let kind = Range(match.range(at: 1), in: text), let name = Range(match.range(at: 2), in: text)
                else { continue }
                if text[kind] == "school" {
                    school[String(text[name])] = String(text[name])
                } else {
                    trust.insert(String(text[name]))
                }
            }
        }
        return (school, trust)
    }
}
