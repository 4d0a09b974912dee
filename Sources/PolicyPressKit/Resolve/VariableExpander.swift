import Foundation

/// Replaces `{{ dotted.name }}` in one line with values, reporting unknown or malformed variables.
///
/// Values are inserted once and never read again, so a value holding `{{` stays as it is.
/// `\{{` is left for cmark, which prints it as a literal `{{`.
struct VariableExpander {
    /// The values that may be named.
    let variables: VariableTable

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
            guard characters[index] == "{", index + 1 < characters.count, characters[index + 1] == "{",
                !isEscaped(characters, index), !code.contains(where: { $0.contains(index) })
            else {
                result.append(characters[index])
                index += 1
                continue
            }
            let here = location.offset(lines: 0, columns: index)
            guard let close = closingBraces(in: characters, after: index + 2) else {
                diagnostics.error("'{{' is not closed on this line; write a variable as {{ school.name }}", at: here)
                result.append(contentsOf: characters[index...])
                break
            }
            let name = String(characters[(index + 2)..<close]).trimmingCharacters(in: .whitespaces)
            let atLineStart = characters[..<index].allSatisfy { $0 == " " || $0 == "\t" }
            if let value = value(named: name, at: here, diagnostics: &diagnostics) {
                result += output == .markdown ? MarkdownEscaping.literal(value, atLineStart: atLineStart) : value
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
        if variables.values.isEmpty {
            diagnostics.error("unknown variable '\(name)': no school is given, so no values are known; name one with --school DIR", at: location)
            return nil
        }
        let hint = Suggestion.hint(for: name, in: variables.values.keys)
        let namespaces = ["school", "term", "policy"]
        let namespace = name.split(separator: ".").first.map(String.init) ?? ""
        let expected =
            !hint.isEmpty ? hint
            : namespaces.contains(namespace) ? "; the school profile, vocabulary or policy gives no such value"
            : "; variables start with 'school.', 'term.' or 'policy.'"
        diagnostics.error("unknown variable '\(name)'\(expected)", at: location)
        return nil
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
