import Foundation

/// Replaces `{{ dotted.name }}` in one line with values, reporting unknown or malformed variables.
///
/// Values are inserted once and never read again, so a value holding `{{` stays as it is.
/// `\{{` is left for cmark, which prints it as a literal `{{`.
struct VariableExpander {
    /// The values that may be named.
    let variables: VariableTable
    /// Whether any `school.*` or `trust.*` name passes: for text another school may see, whose profile (or
    /// trust) may give it.
    var acceptsAnySchoolValue = false

    /// How an inserted value is written.
    enum Output {
        /// Escaped so that Markdown shows it literally.
        case markdown
        /// As it is, for text that is not Markdown (titles, metadata).
        case plain
    }

    /// The line with its variables replaced; `location` is where the line's first character is.
    ///
    /// The work is done on UTF-8 bytes, since `{`, `}`, `\\` and backticks are ASCII; columns for messages
    /// are counted in characters only when there is something to report.
    func expand(
        _ line: Substring, at location: SourceLocation, output: Output, diagnostics: inout DiagnosticCollector
    ) -> String {
        guard Self.hasDoubleBrace(line) else { return String(line) }
        let bytes = line.utf8.withContiguousStorageIfAvailable(Array.init) ?? Array(line.utf8)
        let code = output == .markdown ? CodeSpans.ranges(in: bytes) : []
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var index = 0
        while index < bytes.count {
            if output == .plain, bytes[index] == backslash, index + 2 < bytes.count, bytes[index + 1] == brace,
                bytes[index + 2] == brace, !isEscaped(bytes, index)
            {
                // Plain text is not read by cmark, so the backslash that keeps `{{` literal goes here.
                index += 1
                continue
            }
            guard bytes[index] == brace, index + 1 < bytes.count, bytes[index + 1] == brace, !isEscaped(bytes, index),
                !code.contains(where: { $0.contains(index) })
            else {
                // Copy up to the next byte that could start something, in one go.
                var end = index + 1
                while end < bytes.count, bytes[end] != brace, bytes[end] != backslash { end += 1 }
                result.append(contentsOf: bytes[index..<end])
                index = end
                continue
            }
            // Columns count characters; a location without a column (a folded YAML value) cannot be pointed into.
            let start = index
            var here: SourceLocation {
                location.column == 0
                    ? location
                    : location.offset(lines: 0, columns: String(decoding: bytes[..<start], as: UTF8.self).count)
            }
            guard let close = closingBraces(in: bytes, after: index + 2) else {
                diagnostics.error("'{{' is not closed on this line; write a variable as {{ school.name }}", at: here)
                result += bytes[index...]
                break
            }
            var inner = bytes[(index + 2)..<close]
            while let first = inner.first, first == 0x20 || first == 0x09 { inner.removeFirst() }
            while let last = inner.last, last == 0x20 || last == 0x09 { inner.removeLast() }
            let name = String(decoding: inner, as: UTF8.self)
            if output == .markdown, let escaped = variables.escaped[name] {
                result += escaped.utf8
            } else if let value = value(named: name, at: here, diagnostics: &diagnostics) {
                result += (output == .markdown ? MarkdownEscaping.literal(value) : value).utf8
            }
            index = close + 2
        }
        return String(decoding: result, as: UTF8.self)
    }

    private let brace: UInt8 = 0x7B, backslash: UInt8 = 0x5C

    // Whether the bytes hold `{{` anywhere.
    private static func hasDoubleBrace(_ line: Substring) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index + 1 < bytes.count {
                if bytes[index + 1] != 0x7B {
                    index += 2
                } else if bytes[index] == 0x7B {
                    return true
                } else {
                    index += 1
                }
            }
            return false
        } ?? line.contains("{{")
    }

    private func value(named name: String, at location: SourceLocation, diagnostics: inout DiagnosticCollector)
        -> String?
    {
        if let value = variables[name] { return value }
        guard Self.isValidName(name) else {
            diagnostics.error(
                "'{{ \(name) }}' is not a variable name; expected a dotted name such as 'school.name'", at: location)
            return nil
        }
        if acceptsAnySchoolValue, name.hasPrefix("school.") || name.hasPrefix("trust.") { return "" }
        let field = name.hasPrefix("school.") ? String(name.dropFirst("school.".count)) : nil
        diagnostics.report(
            Diagnostic("unknown variable '\(name)'\(whyUnknown(name))", at: location, missingField: field))
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
        case "trust" where !variables.values.keys.contains(where: { $0.hasPrefix("trust.") }):
            return ": the school belongs to no trust folder; name it with 'trust_folder: PATH' in school.yml"
        case "trust": return ": the trust's trust.yml has no '\(parts[1])'; add it there"
        case "policy": return ": a policy gives only policy.title, policy.review_cycle and policy.approver"
        default: return "; variables start with 'school.', 'term.', 'trust.' or 'policy.'"
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

    private func isEscaped(_ bytes: [UInt8], _ index: Int) -> Bool {
        var backslashes = 0
        var before = index - 1
        while before >= 0, bytes[before] == backslash {
            backslashes += 1
            before -= 1
        }
        return backslashes % 2 == 1
    }

    private func closingBraces(in bytes: [UInt8], after start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == 0x7D && bytes[index + 1] == 0x7D { return index }
            if bytes[index] == brace && bytes[index + 1] == brace { return nil }
            index += 1
        }
        return nil
    }
}
