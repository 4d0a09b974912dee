/// Reads a library's `vocabulary.yml`: its school types, each with a label, required profile fields and words.
public struct VocabularyReader: Sendable {
    /// Reads the file.
    public var files: SourceReader

    /// Makes a reader.
    public init(_ files: SourceReader) {
        self.files = files
    }

    /// Reads `vocabulary.yml`: each school type with its label, required profile fields and words.
    public func vocabulary(at absolute: String) throws(DiagnosticList) -> Vocabulary {
        var diagnostics = DiagnosticCollector()
        var types: [SchoolType] = []
        if let (value, location) = diagnostics.collect({ try files.yaml(at: absolute) }) {
            let file = MappingReader(value, what: "the vocabulary", at: location)
            for entry in file.entries {
                if let type = schoolType(entry, diagnostics: &diagnostics) { types.append(type) }
            }
            diagnostics.collect { try file.diagnostics.throwIfErrors() }
            if types.isEmpty && !diagnostics.hasErrors {
                diagnostics.error("the vocabulary defines no school types", at: location)
            }
        }
        reportMissingTerms(in: types, diagnostics: &diagnostics)
        _ = try diagnostics.throwIfErrors()
        return Vocabulary(types: types)
    }

    private func schoolType(_ entry: YAMLValue.Entry, diagnostics: inout DiagnosticCollector) -> SchoolType? {
        if !entry.key.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) || entry.key.isEmpty {
            diagnostics.error(
                "the school type '\(entry.key)' must be written in lower case letters, digits and hyphens",
                at: entry.keyLocation)
        }
        var reader = MappingReader(entry.value, what: "the school type '\(entry.key)'", at: entry.keyLocation)
        reader.rejectUnknownKeys(["label", "requires", "terms"])
        let label = reader.text("label", required: true)
        let requires = reader.textList("requires")?.map(\.0) ?? []
        let terms = reader.textMapping("terms")
        if reader.isMapping, reader.value("terms") == nil {
            reader.diagnostics.error("missing 'terms'", at: reader.location)
        }
        diagnostics.collect { try reader.diagnostics.throwIfErrors() }
        guard let label else { return nil }
        let words = Dictionary(terms.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        return SchoolType(
            id: entry.key, label: label, requiredFields: requires, terms: words, location: entry.keyLocation)
    }

    // A word missing from one type would only fail when a school of that type builds; catch it here.
    private func reportMissingTerms(in types: [SchoolType], diagnostics: inout DiagnosticCollector) {
        let allTerms = Set(types.flatMap(\.terms.keys))
        for type in types {
            for term in allTerms.subtracting(type.terms.keys).sorted() {
                let others = types.filter { $0.terms[term] != nil }.map(\.id).joined(separator: ", ")
                diagnostics.error(
                    "the school type '\(type.id)' has no term '\(term)' (\(others) \(others.contains(",") ? "have" : "has") it); every type needs the same terms",
                    at: type.location)
            }
        }
    }
}
