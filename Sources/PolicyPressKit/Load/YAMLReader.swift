import Yams

/// Reads YAML text with Yams into ``YAMLValue``s whose positions point into the original file.
public enum YAMLReader {
    /// The most values one file may hold; far above any real profile, it stops alias bombs.
    static let maximumValues = 100_000

    /// Parses `yaml`, which starts on line `firstLine` of `file`; nil for an empty document.
    public static func read(_ yaml: String, file: String, firstLine: Int = 1) throws(Diagnostic) -> YAMLValue? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw diagnostic(for: error, file: file, firstLine: firstLine)
        } catch {
            throw Diagnostic("the YAML could not be read: \(error)", at: SourceLocation(file: file, line: firstLine))
        }
        guard let node else { return nil }
        var budget = maximumValues
        return try convert(node, file: file, firstLine: firstLine, budget: &budget)
    }

    private static func convert(
        _ node: Node, file: String, firstLine: Int, budget: inout Int
    ) throws(Diagnostic) -> YAMLValue {
        let location = self.location(node.mark, file: file, firstLine: firstLine)
        budget -= 1
        guard budget >= 0 else {
            throw Diagnostic(
                "the YAML holds more than \(maximumValues) values (are aliases repeating it?)", at: location)
        }
        switch node {
        case .scalar(let scalar):
            let isNull = node.null != nil && scalar.style == .plain
            return YAMLValue(
                content: .scalar(scalar.string, isNull: isNull), location: textStart(of: scalar.style, at: location))
        case .sequence(let sequence):
            var elements: [YAMLValue] = []
            for element in sequence {
                elements.append(try convert(element, file: file, firstLine: firstLine, budget: &budget))
            }
            return YAMLValue(content: .list(elements), location: location)
        case .mapping(let mapping):
            var entries: [YAMLValue.Entry] = []
            for (key, value) in mapping {
                let keyLocation = self.location(key.mark, file: file, firstLine: firstLine)
                guard let name = key.scalar?.string else {
                    throw Diagnostic("a key must be plain text, not a list or mapping", at: keyLocation)
                }
                if entries.contains(where: { $0.key == name }) {
                    throw Diagnostic("the key '\(name)' appears twice", at: keyLocation)
                }
                let converted = try convert(value, file: file, firstLine: firstLine, budget: &budget)
                entries.append(YAMLValue.Entry(key: name, keyLocation: keyLocation, value: converted))
            }
            return YAMLValue(content: .mapping(entries), location: location)
        case .alias:
            throw Diagnostic("YAML aliases (*name) are not supported; write the value out", at: location)
        }
    }

    // Where a scalar's text starts: after a quote, or (for `|` and `>` blocks, whose lines are joined)
    // on the next line with no column, since a column in the joined text is not one in the file.
    private static func textStart(of style: Node.Scalar.Style, at location: SourceLocation) -> SourceLocation {
        switch style {
        case .singleQuoted, .doubleQuoted: return location.offset(lines: 0, columns: 1)
        case .literal, .folded: return SourceLocation(file: location.file, line: location.line + 1)
        default: return location
        }
    }

    private static func location(_ mark: Mark?, file: String, firstLine: Int) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file, line: firstLine) }
        return SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
    }

    private static let quotingHint =
        "; put text that starts with [ { \" ' * & or holds ': ' in quotes"

    private static func diagnostic(for error: YamlError, file: String, firstLine: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let found = location(mark, file: file, firstLine: firstLine)
            if problem.contains("Maximum nesting level") {
                return Diagnostic(
                    "the YAML is nested too deeply; front matter and profiles need only a few levels", at: found)
            }
            // libyaml notices some mistakes only lines later; its context points back to where the bad value starts.
            guard let context else {
                return Diagnostic("the YAML is not valid: \(problem)\(quotingHint)", at: found)
            }
            return Diagnostic(
                "the YAML is not valid: \(context.text) that starts here, \(problem) (at \(found.line):\(found.column))\(quotingHint)",
                at: location(context.mark, file: file, firstLine: firstLine))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                "the key '\(duplicates.joined(separator: "', '"))' appears twice",
                at: location(context.mark, file: file, firstLine: firstLine))
        default:
            return Diagnostic("the YAML is not valid: \(error)", at: SourceLocation(file: file, line: firstLine))
        }
    }
}
