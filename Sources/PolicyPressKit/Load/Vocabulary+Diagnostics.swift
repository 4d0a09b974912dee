extension Vocabulary {
    /// The error for a type name the vocabulary does not know, with the nearest known name or the whole list.
    func unknownType(_ name: String, at location: SourceLocation, orAll: Bool = false) -> Diagnostic {
        let candidates = typeIDs + (orAll ? ["all"] : [])
        let hint = Suggestion.hint(for: name, in: candidates)
        let list = (orAll ? "'all' or one of: " : "one of: ") + typeIDs.joined(separator: ", ")
        return Diagnostic("unknown school type '\(name)'" + (hint.isEmpty ? "; expected \(list)" : hint), at: location)
    }
}
