import Foundation

/// Reads a school folder's `school.yml`, checking its type against the vocabulary.
public struct ProfileReader: Sendable {
    /// Reads the files.
    public var files: SourceReader

    /// Makes a reader.
    public init(_ files: SourceReader) {
        self.files = files
    }

    /// Reads a school's profile as far as it can: problems go to `diagnostics`, and whatever could be read
    /// is returned so that the policies it names can still be checked.
    public func profile(in folder: String, vocabulary: Vocabulary, diagnostics: inout DiagnosticCollector)
        -> SchoolProfile?
    {
        let file = Path.join(folder, "school.yml")
        guard let (value, location) = diagnostics.collect({ try files.yaml(at: file) }) else { return nil }
        var reader = MappingReader(value, what: "the school profile", at: location)
        let name = reader.text("name", required: true)
        let type = reader.text("type", required: true)
        let policies = reader.textList("policies", required: true) ?? []
        var values: [String: String] = [:]
        // Every key but the list of policies and the library's place is a value policies may use as `school.KEY`.
        _ = reader.text(SchoolProfile.libraryKey)
        for entry in reader.entries where entry.key != "policies" && entry.key != SchoolProfile.libraryKey {
            Self.flatten(entry.value, path: entry.key, into: &values, diagnostics: &diagnostics)
        }
        diagnostics.collect { try reader.diagnostics.throwIfErrors() }
        for key in ["website", "site_url"] {
            if let value = reader.value(key), let address = value.string, !Self.isWebAddress(address) {
                diagnostics.report(
                    Diagnostic(
                        "'\(key)' must be a web address such as https://school.example, but found '\(address)'",
                        at: value.location, profileField: key))
            }
        }
        warnWithoutSiteURL(reader, location: location, diagnostics: &diagnostics)
        if let checked = reader.value("accessibility")?["last_checked"], let text = checked.string,
            Day(iso: text) == nil
        {
            diagnostics.report(
                Diagnostic(
                    "'accessibility.last_checked' must be a real date written YYYY-MM-DD, but found '\(text)'",
                    at: checked.location, profileField: "accessibility.last_checked"))
        }
        if let type, let typeValue = reader.value("type") {
            check(type: type, at: typeValue.location, values: values, vocabulary: vocabulary, diagnostics: &diagnostics)
        }
        if policies.isEmpty, reader.value("policies") != nil {
            diagnostics.error("'policies' lists no policies; name the policies the school adopts", at: reader.location)
        }
        var profile = SchoolProfile(
            id: Path.name(folder), folder: folder, file: files.display(file), name: name ?? "", type: type ?? "",
            values: values, policies: policies.map { (id: $0.0, location: $0.1) })
        for entry in reader.entries { profile.valueLocations[entry.key] = entry.value.location }
        return profile
    }

    // Only site_url says where the policies live: the school's website is its home page, and the policies
    // are usually uploaded into a folder of it, so the website alone would give wrong canonical links.
    private func warnWithoutSiteURL(
        _ reader: MappingReader, location: SourceLocation, diagnostics: inout DiagnosticCollector
    ) {
        guard reader.isMapping, reader.value("site_url")?.string?.isEmpty ?? true else { return }
        let website = reader.entries.first { $0.key == "website" }?.keyLocation
        diagnostics.report(
            Diagnostic(
                "no site_url, so pages have no canonical links and there is no sitemap.xml; add 'site_url: https://…/policies/' (the address the policies will be uploaded to)",
                at: website ?? location, severity: .warning))
    }

    /// Adds a profile's value under `path`, a mapping's values under dotted names; a list is reported.
    static func flatten(
        _ value: YAMLValue, path: String, into values: inout [String: String], diagnostics: inout DiagnosticCollector
    ) {
        switch value.content {
        case .scalar(let text, _):
            values[path] = text
        case .mapping(let entries):
            for entry in entries {
                Self.flatten(entry.value, path: path + "." + entry.key, into: &values, diagnostics: &diagnostics)
            }
        case .list:
            diagnostics.report(
                Diagnostic(
                    "'\(path)' is a list; a profile value must be text (or a mapping of texts) so that policies can use it",
                    at: value.location, profileField: path))
        }
    }

    private func check(
        type: String, at location: SourceLocation, values: [String: String], vocabulary: Vocabulary,
        diagnostics: inout DiagnosticCollector
    ) {
        guard let schoolType = vocabulary.type(type) else {
            diagnostics.report(vocabulary.unknownType(type, at: location))
            return
        }
        for field in schoolType.requiredFields where values[field]?.isEmpty ?? true {
            diagnostics.report(
                Diagnostic(
                    "missing '\(field)': a \(schoolType.label) must give its \(field.replacingOccurrences(of: "_", with: " ")); add a line '\(field): …'",
                    at: location, missingField: field, profileField: field))
        }
    }

    /// An http(s) address with a host and nothing in it that Markdown or HTML would read as markup.
    static func isWebAddress(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://"),
            !text.contains(where: { $0.isWhitespace || "<>\"'{}`\\".contains($0) }),
            let url = URL(string: text), let host = url.host, !host.isEmpty, host.contains(".") || host == "localhost"
        else { return false }
        return true
    }
}
