import Foundation

/// Replaces `{{ dotted.name }}` in one line with values, reporting unknown or malformed variables.
///
/// Values are inserted once and never read again, so a value holding `{{` stays as it is.
/// `\{{` is left for cmark, which prints it as a literal `{{`.
struct VariableExpander {
    /// The values that may be named.
    let variables: VariableTable
    /// Whether any `school.*` name passes: for text another school may see, whose profile may give it.
    var acceptsAnySchoolValue = false

    /// How an inserted value is written.
    enum Output {
        /// Escaped so that Markdown shows it literally.
        case markdown
        /// As it is, for text that is not Markdown (titles, metadata).
        case plain
    }

    /// The line with its variables replaced; `location` is where the line's first character is.
    func expand(
        _ line: Substring, at location: SourceLocation, output: Output, diagnostics: inout DiagnosticCollector
    ) -> String {
        guard line.contains("{{") else { return String(line) }
        let characters = Array(line)
        let code = output == .markdown ? CodeSpans.ranges(in: characters) : []
        var result = ""
        var index = 0
        while index < characters.count {
            if output == .plain, characters[index] == "\\", index + 2 < characters.count,
                characters[index + 1] == "{", characters[index + 2] == "{", !isEscaped(characters, index)
            {
                // Plain text is not read by cmark, so the backslash that keeps `{{` literal goes here.
                index += 1
                continue
            }
            guard characters[index] == "{", index + 1 < characters.count, characters[index + 1] == "{",
                !isEscaped(characters, index), !code.contains(where: { $0.contains(index) })
            else {
                result.append(characters[index])
                index += 1
                continue
            }
            // A location without a column (text from a folded YAML value) cannot be pointed into.
            let here = location.column == 0 ? location : location.offset(lines: 0, columns: index)
            guard let close = closingBraces(in: characters, after: index + 2) else {
                diagnostics.error("'{{' is not closed on this line; write a variable as {{ school.name }}", at: here)
                result.append(contentsOf: characters[index...])
                break
            }
            let name = String(characters[(index + 2)..<close]).trimmingCharacters(in: .whitespaces)
            if let value = value(named: name, at: here, diagnostics: &diagnostics) {
                result += output == .markdown ? MarkdownEscaping.literal(value) : value
            }
            index = close + 2
        }
        return result
    }

    private func value(named name: String, at location: SourceLocation, diagnostics: inout DiagnosticCollector) -> String? {
        guard Self.isValidName(name) else {
            diagnostics.error(
                "'{{ \(name) }}' is not a variable name; expected a dotted name such as 'school.name'", at: location)
            return nil
        }
        if let value = variables[name] { return value }
        if acceptsAnySchoolValue, name.hasPrefix("school.") { return "" }
        diagnostics.error("unknown variable '\(name)'\(whyUnknown(name))", at: location)
        return nil
    }

    /// Says where a value of this name would have to come from, or which known name is nearest.
    private func whyUnknown(_ name: String) -> String {
        if variables.values.isEmpty {
            return ": no school is given, so no values are known; name one with --school DIR"
        }
        let hint = Suggestion.hint(for: name, in: variables.values.keys)
        if !hint.isEmpty { return hint }
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        switch parts[0] {
        case "school": return ": the school profile (school.yml) has no '\(parts[1])'; add it there"
        case "term": return ": the vocabulary (Content/vocabulary.yml) has no term '\(parts[1])'"
        case "policy": return ": a policy gives only policy.title, policy.review_cycle and policy.approver"
        default: return "; variables start with 'school.', 'term.' or 'policy.'"
        }
    }

    static func isValidName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2
            && parts.allSatisfy { part in
                guard let first = part.first, first.isLetter || first == "_" else { return false }
                return part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            }
    }

    private func isEscaped(_ characters: [Character], _ index: Int) -> Bool {
        var backslashes = 0
        var before = index - 1
        while before >= 0, characters[before] == "\\" {
            backslashes += 1
            before -= 1
        }
        return backslashes % 2 == 1
    }

    private func closingBraces(in characters: [Character], after start: Int) -> Int? {
        var index = start
        while index + 1 < characters.count {
            if characters[index] == "}" && characters[index + 1] == "}" { return index }
            if characters[index] == "{" && characters[index + 1] == "{" { return nil }
            index += 1
        }
        return nil
    }
}
