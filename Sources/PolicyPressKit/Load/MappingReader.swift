/// Reads typed fields out of a YAML mapping, reporting every missing, misspelt or mistyped key.
struct MappingReader {
    /// The entries being read.
    let entries: [YAMLValue.Entry]
    /// Where the mapping is, for complaints about missing keys.
    let location: SourceLocation
    /// The problems found so far.
    var diagnostics = DiagnosticCollector()
    /// Whether the value was a mapping; when not, that one problem is reported and missing keys are not.
    private(set) var isMapping = true

    /// Starts reading `value`, which must be a mapping; `what` names it in messages ("the school profile").
    init(_ value: YAMLValue?, what: String, at fallback: SourceLocation) {
        location = value?.location ?? fallback
        if let value, let entries = value.entries {
            self.entries = entries
        } else {
            entries = []
            isMapping = false
            let found = value.map { ", but found \($0.shapeName)" } ?? ", but it is empty"
            diagnostics.error("\(what) must be a mapping of 'key: value' lines\(found)", at: location)
        }
    }

    /// Reports each key that is not one of `known`, suggesting the nearest known one.
    mutating func rejectUnknownKeys(_ known: [String]) {
        for entry in entries where !known.contains(entry.key) {
            let hint = Suggestion.hint(for: entry.key, in: known)
            let expected = hint.isEmpty ? "; expected one of: \(known.joined(separator: ", "))" : hint
            diagnostics.error("unknown key '\(entry.key)'\(expected)", at: entry.keyLocation)
        }
    }

    /// The value under `key`, or nil.
    func value(_ key: String) -> YAMLValue? {
        entries.first { $0.key == key }?.value
    }

    /// A text field; reports it when required and missing, or when it is not text.
    mutating func text(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key), value.content != .scalar("", isNull: true) else {
            if required && isMapping { diagnostics.error("missing '\(key)'", at: location) }
            return nil
        }
        guard let text = value.string else {
            diagnostics.error("'\(key)' must be text, but found \(value.shapeName)", at: value.location)
            return nil
        }
        return text
    }

    /// A whole-number field.
    mutating func integer(_ key: String, required: Bool = false) -> Int? {
        guard let text = text(key, required: required) else { return nil }
        guard let number = Int(text) else {
            diagnostics.error("'\(key)' must be a whole number, but found '\(text)'", at: value(key)!.location)
            return nil
        }
        return number
    }

    /// A yes/no field, given as `true` or `false`.
    mutating func flag(_ key: String, default fallback: Bool) -> Bool {
        guard let text = text(key) else { return fallback }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            diagnostics.error("'\(key)' must be true or false, but found '\(text)'", at: value(key)!.location)
            return fallback
        }
    }

    /// A list of text items, each with its position; a single text is taken as a list of one.
    mutating func textList(_ key: String, required: Bool = false) -> [(String, SourceLocation)]? {
        guard let value = value(key) else {
            if required && isMapping { diagnostics.error("missing '\(key)'", at: location) }
            return nil
        }
        if let single = value.string { return [(single, value.location)] }
        guard let elements = value.elements else {
            diagnostics.error("'\(key)' must be a list, but found \(value.shapeName)", at: value.location)
            return nil
        }
        var items: [(String, SourceLocation)] = []
        for element in elements {
            guard let text = element.string else {
                diagnostics.error(
                    "each item of '\(key)' must be text, but found \(element.shapeName)", at: element.location)
                continue
            }
            items.append((text, element.location))
        }
        return items
    }

    /// A mapping from names to text, each value with its position.
    mutating func textMapping(_ key: String) -> [(key: String, value: String, location: SourceLocation)] {
        guard let value = value(key) else { return [] }
        guard let entries = value.entries else {
            diagnostics.error(
                "'\(key)' must be a mapping of 'name: text' lines, but found \(value.shapeName)", at: value.location)
            return []
        }
        var items: [(key: String, value: String, location: SourceLocation)] = []
        for entry in entries {
            guard let text = entry.value.string else {
                diagnostics.error(
                    "'\(key).\(entry.key)' must be text, but found \(entry.value.shapeName)", at: entry.value.location)
                continue
            }
            items.append((entry.key, text, entry.value.location))
        }
        return items
    }
}
