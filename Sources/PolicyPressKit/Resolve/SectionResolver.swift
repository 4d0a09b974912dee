/// Resolves the Markdown of one section for one school: keeps or drops `:::` blocks by school type and
/// fills in `{{ variables }}`, leaving fenced code exactly as written.
public struct SectionResolver: Sendable {
    /// The school's type id; nil when there is no school, which makes every `:::` block an error.
    public var schoolType: String?
    /// All known types, to check the names in fences.
    public var vocabulary: Vocabulary
    /// The values variables may name.
    public var variables: VariableTable

    /// Makes a resolver for one school.
    public init(schoolType: String?, vocabulary: Vocabulary, variables: VariableTable) {
        self.schoolType = schoolType
        self.vocabulary = vocabulary
        self.variables = variables
    }

    private struct OpenFence {
        var keep: Bool
        var line: Int
        var column = 1
        var text: String
        /// A malformed opening line, already reported; it is not reported again as never closed.
        var malformed = false
    }

    /// Resolves `text`, whose first line is line `firstLine` of `file`; reports every problem found.
    ///
    /// Text the school does not see (in a block for other types, or all of it when `applies` is false) is
    /// still checked: its blocks and variable names must be right for the schools that do see it.
    public func resolve(_ text: String, file: String, firstLine: Int, applies: Bool = true) throws(DiagnosticList)
        -> ResolvedMarkdown
    {
        var diagnostics = DiagnosticCollector()
        let expander = VariableExpander(variables: variables)
        var checker = expander
        checker.acceptsAnySchoolValue = true
        var code = CodeFenceTracker()
        var fences: [OpenFence] = []
        var output: [String] = []
        var sourceLines: [Int] = []
        for (offset, line) in text.lineSlices.enumerated() {
            let number = firstLine + offset
            let keeping = applies && fences.allSatisfy(\.keep)
            let isCode = code.isCode(line)
            if !isCode, let fence = FenceLine.parse(line) {
                handle(fence, line: line, number: number, file: file, fences: &fences, diagnostics: &diagnostics)
                continue
            }
            let location = SourceLocation(file: file, line: number, column: 1)
            guard keeping else {
                if !isCode { _ = checker.expand(line, at: location, output: .plain, diagnostics: &diagnostics) }
                continue
            }
            output.append(
                isCode
                    ? String(line) : expander.expand(line, at: location, output: .markdown, diagnostics: &diagnostics))
            sourceLines.append(number)
        }
        for fence in fences where !fence.malformed {
            diagnostics.error(
                "the block '\(fence.text)' opened here is never closed; end it with a line ':::'",
                at: SourceLocation(file: file, line: fence.line, column: fence.column))
        }
        _ = try diagnostics.throwIfErrors()
        return ResolvedMarkdown(text: output.joined(separator: "\n"), sourceLines: sourceLines)
    }

    private func handle(
        _ fence: Result<FenceLine, FenceSyntaxError>, line: Substring, number: Int, file: String,
        fences: inout [OpenFence], diagnostics: inout DiagnosticCollector
    ) {
        switch fence {
        case .failure(let error):
            diagnostics.error(error.message, at: SourceLocation(file: file, line: number, column: error.column))
            // Count it as open all the same, so that its closing ':::' is not reported as a second problem.
            fences.append(
                OpenFence(keep: true, line: number, text: String(line.withoutTrailingBlanks()), malformed: true))
        case .success(.close):
            if fences.popLast() == nil {
                let column = line.prefix(while: { $0 == " " || $0 == "\t" }).count + 1
                diagnostics.error(
                    "this ':::' closes no block; open one with '::: only TYPE' or '::: except TYPE'",
                    at: SourceLocation(file: file, line: number, column: column))
            }
        case .success(.open(let keepWhenListed, let types)):
            guard let schoolType else {
                diagnostics.error(
                    "this block depends on the school type, and no school is given; name one with --school DIR",
                    at: SourceLocation(file: file, line: number, column: line.prefix(while: { $0 == " " }).count + 1))
                fences.append(OpenFence(keep: false, line: number, text: "", malformed: true))
                return
            }
            for type in types where vocabulary.type(type.name) == nil {
                diagnostics.report(
                    vocabulary.unknownType(type.name, at: SourceLocation(file: file, line: number, column: type.column))
                )
            }
            let listed = types.contains { $0.name == schoolType }
            fences.append(
                OpenFence(
                    keep: listed == keepWhenListed, line: number,
                    column: line.prefix(while: { $0 == " " || $0 == "\t" }).count + 1,
                    text: String(line.withoutTrailingBlanks().drop(while: { $0 == " " || $0 == "\t" }))))
        }
    }
}
