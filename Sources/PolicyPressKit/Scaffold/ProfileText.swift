/// The text of a new `school.yml`: commented, in a fixed order, every value quoted so that YAML reads it back
/// exactly as given.
enum ProfileText {
    /// A profile with `name` and `type` first, then the other values (dotted names become nested mappings),
    /// the library's place when the school is kept outside it, and the policies adopted.
    static func yaml(name: String, type: String, values: [String: String], library: String?, policies: [String])
        -> String
    {
        var lines = [
            "# The school profile: who the school is, and the values its policies fill in.",
            "# A policy names a value here as {{ school.KEY }}, e.g. {{ school.name }} or {{ school.roles.headteacher }}.",
            "name: " + YAMLText.quoted(name),
            "type: " + type,
        ]
        lines += mapping(values.filter { $0.key != "name" && $0.key != "type" }, indent: "")
        if let library {
            lines += [
                "# Where the policy library is, from this folder.",
                "\(SchoolProfile.libraryKey): " + YAMLText.quoted(library),
            ]
        }
        lines.append("policies:")
        lines += policies.map { "  - " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    // Plain values first, then each group of dotted names as a nested mapping, each part sorted.
    private static func mapping(_ values: [String: String], indent: String) -> [String] {
        var plain: [String] = [], groups: [String: [String: String]] = [:]
        for (key, value) in values {
            if let dot = key.firstIndex(of: ".") {
                groups[String(key[..<dot]), default: [:]][String(key[key.index(after: dot)...])] = value
            } else {
                plain.append(key)
            }
        }
        var lines = plain.sorted().map { indent + $0 + ": " + YAMLText.quoted(values[$0]!) }
        for group in groups.keys.sorted() {
            lines.append(indent + group + ":")
            lines += mapping(groups[group]!, indent: indent + "  ")
        }
        return lines
    }
}
