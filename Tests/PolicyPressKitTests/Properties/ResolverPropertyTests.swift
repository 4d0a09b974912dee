import PropertyBased
import Testing

@testable import PolicyPressKit

/// Sections made of lines, code blocks and nested `:::` blocks, generated as a tree together with what
/// each school type must see; the resolver must agree with that model exactly.
@Suite struct ResolverPropertyTests {
    static let types = ["maintained", "academy", "voluntary-aided", "trust"]
    static let name = "St Anne's <b>*Primary*</b> & {{ school.name }} [1]"
    static let variables = VariableTable(values: ["school.name": name, "term.setting": "School"]).preparingMarkdown()
    static let resolvers = types.map {
        SectionResolver(schoolType: $0, vocabulary: SectionResolverTests.vocabulary, variables: variables)
    }

    /// A line as written, and as the resolver must give it.
    static let lines: [(source: String, resolved: String)] = [
        ("Welcome to {{ school.name }}.", "Welcome to " + MarkdownEscaping.literal(name) + "."),
        ("The {{term.setting}} and its governors", "The School and its governors"),
        ("Write \\{{ school.name }} to show a variable.", "Write \\{{ school.name }} to show a variable."),
        ("Use `{{ school.name }}` in code.", "Use `{{ school.name }}` in code."),
        ("- An item for {{ school.name }}", "- An item for " + MarkdownEscaping.literal(name)),
        ("", ""),
        ("Plain words only", "Plain words only"),
    ]
    static let codeBlock = ["```", "{{ school.name }}", "::: only academy", "```"]

    indirect enum Piece: Sendable {
        case line(Int)
        case code
        case block(only: Bool, types: [String], [Piece])

        var opening: String {
            guard case .block(let only, let types, _) = self else { return "" }
            return "::: " + (only ? "only " : "except ") + types.joined(separator: ", ")
        }
    }

    /// Reads pieces until the program ends or closes the block being read.
    static func pieces(_ program: inout ProgramReader, depth: Int) -> [Piece] {
        var pieces: [Piece] = []
        while let number = program.next() {
            switch number % 10 {
            case 0...4: pieces.append(.line(number / 10 % lines.count))
            case 5: pieces.append(.code)
            case 6,
                7 where depth < 5:
                let types = Array(Set([program.pick(Self.types), program.pick(Self.types)])).sorted()
                pieces.append(.block(only: number % 10 == 6, types: types, Self.pieces(&program, depth: depth + 1)))
            default: if depth > 0 { return pieces }
            }
        }
        return pieces
    }

    enum LineKind: Equatable, Sendable { case text, code, opening, closing }

    /// The section's lines with their kinds, and for each type the lines it keeps (as resolved) with their index.
    struct Section: Sendable {
        var source: [(text: String, kind: LineKind)] = []
        var kept: [String: [(text: String, index: Int)]] = [:]

        init(_ pieces: [Piece]) {
            add(pieces, keeping: Set(ResolverPropertyTests.types))
        }

        private mutating func keep(_ text: String, for types: Set<String>) {
            for type in types { kept[type, default: []].append((text, source.count - 1)) }
        }

        private mutating func add(_ pieces: [Piece], keeping: Set<String>) {
            for piece in pieces {
                switch piece {
                case .line(let index):
                    source.append((lines[index].source, .text))
                    keep(lines[index].resolved, for: keeping)
                case .code:
                    for line in codeBlock {
                        source.append((line, .code))
                        keep(line, for: keeping)
                    }
                case .block(let only, let types, let inner):
                    source.append((piece.opening, .opening))
                    add(inner, keeping: only ? keeping.intersection(types) : keeping.subtracting(types))
                    source.append((":::", .closing))
                }
            }
        }

        var text: String { source.map(\.text).joined(separator: "\n") }
    }

    static func sections() -> Generator<Section, some SendableSequenceType> {
        Generators.program().map { numbers in
            var program = ProgramReader(numbers)
            return Section(pieces(&program, depth: 0))
        }
    }

    @Test func keepsExactlyTheLinesEachTypeSeesFilledIn() async {
        await propertyCheck(count: Generators.count(300), input: Self.sections()) { section in
            for (type, resolver) in zip(Self.types, Self.resolvers) {
                // An empty text is one empty line, which every type keeps.
                let kept = section.source.isEmpty ? [("", 0)] : section.kept[type] ?? []
                do throws(DiagnosticList) {
                    let resolved = try resolver.resolve(section.text, file: "s.md", firstLine: 4)
                    #expect(
                        resolved.text == kept.map(\.text).joined(separator: "\n"),
                        "for \(type) from \(section.text.debugDescription)")
                    #expect(resolved.sourceLines == kept.map { $0.index + 4 })
                } catch {
                    Issue.record("\(error.diagnostics) for \(type) from \(section.text.debugDescription)")
                }
            }
        }
    }

    /// A mistyped term on any line outside code, whether or not a type sees it, is reported at its line and column.
    /// (A `school.*` name in text a school does not see is not checked: another school's profile may give it.)
    @Test func aMistypedVariableIsReportedWhereItIs() async {
        let prefix = Gen<Character?>.element(of: Array("abc é-")).map { $0! }.string(of: 0...12)
        await propertyCheck(count: Generators.count(200), input: Self.sections(), prefix, Gen.int(in: 0...999)) {
            section, prefix, pick in
            var section = section
            let candidates = section.source.indices.filter { section.source[$0].kind == .text }
            let line = candidates.isEmpty ? section.source.count : candidates[pick % candidates.count]
            let broken = prefix + "{{ term.stting }} " + (line < section.source.count ? section.source[line].text : "")
            if line < section.source.count {
                section.source[line].text = broken
            } else {
                section.source.append((broken, .text))
            }
            for resolver in Self.resolvers {
                #expect(
                    Self.problems(resolver, section.text) == [
                        "s.md:\(line + 4):\(prefix.count + 1): error: unknown variable 'term.stting' (did you mean 'term.setting'?)"
                    ])
            }
        }
    }

    /// Without its last `:::`, the block that line closed is reported as never closed, at its opening line.
    @Test func anUnclosedBlockIsReportedWhereItOpens() async {
        await propertyCheck(count: Generators.count(200), input: Self.sections()) { section in
            guard let last = section.source.lastIndex(where: { $0.kind == .closing }) else { return }
            var depth = 0
            let opening = section.source[..<last].indices.reversed().first { index in
                switch section.source[index].kind {
                case .closing: depth += 1
                case .opening where depth == 0: return true
                case .opening: depth -= 1
                default: break
                }
                return false
            }!
            var broken = section
            broken.source.remove(at: last)
            let expected =
                "s.md:\(opening + 4):1: error: the block '\(section.source[opening].text)' opened here is never closed; end it with a line ':::'"
            #expect(Self.problems(Self.resolvers[0], broken.text) == [expected])
        }
    }

    static func problems(_ resolver: SectionResolver, _ text: String) -> [String] {
        do {
            _ = try resolver.resolve(text, file: "s.md", firstLine: 4)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }
}
