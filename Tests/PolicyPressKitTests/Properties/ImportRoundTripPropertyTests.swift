import Foundation
import PropertyBased
import Testing

/// Any GitHub-flavoured Markdown, written to Word by pandoc, imports, and then a school adopting it checks
/// with no error and publishes the same words: lists that follow each other (which pandoc separates with an
/// HTML comment), nested lists, tables with emphasis and links in their cells, footnotes, block quotes, and
/// links to headings (whose bookmarks pandoc's Word reader does not give back).
@Suite struct ImportRoundTripPropertyTests {
    static let words = [
        "staff", "pupils", "report", "concern", "governors", "safety", "online", "parents", "record", "training",
        "visitors", "support", "welfare", "designated", "lead", "incident", "promptly", "writing", "clerk", "meeting",
    ]
    static let names = [
        "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima",
    ]

    /// A document made from a program of numbers: sections, each with blocks of several kinds.
    struct Document: Sendable, CustomStringConvertible {
        var markdown: String
        var description: String { markdown }
    }

    static func documents() -> Generator<Document, some SendableSequenceType> {
        Generators.program(10...120).map { numbers in
            var program = ProgramReader(numbers)
            var headings: [(level: Int, text: String)] = []
            var sections: [[String]] = []
            var names = Self.names[...]
            func phrase(_ count: Int) -> String {
                (0..<count).map { _ in program.pick(Self.words) }.joined(separator: " ")
            }
            func name() -> String { names.popFirst() ?? "zulu" }
            for index in 0..<(1 + program.choose(4)) {
                let numbered = program.choose(3) == 0 ? "\(index + 1). " : ""
                let text = numbered + name().capitalized + " " + phrase(1 + program.choose(2))
                headings.append((1, text))
                var blocks = ["# " + text]
                for _ in 0..<(1 + program.choose(6)) {
                    switch program.choose(9) {
                    case 0, 1: blocks.append(Self.paragraph(&program, headings: headings))
                    case 2:
                        blocks.append((0...program.choose(3)).map { _ in "- " + phrase(2) }.joined(separator: "\n"))
                        if program.choose(2) == 0 {
                            blocks.append((0...program.choose(2)).map { _ in "* " + phrase(2) }.joined(separator: "\n"))
                        }
                    case 3:
                        blocks.append((0...program.choose(3)).map { "\($0 + 1). " + phrase(2) }.joined(separator: "\n"))
                        if program.choose(2) == 0 {
                            blocks.append(
                                (0...program.choose(2)).map { "\($0 + 1)) " + phrase(2) }.joined(separator: "\n"))
                        }
                    case 4:
                        blocks.append(
                            "- \(phrase(2))\n    - \(phrase(2))\n        1. \(phrase(2))\n        2. *\(phrase(1))* \(phrase(1))\n- \(phrase(2))"
                        )
                    case 5:
                        let columns = 2 + program.choose(2)
                        var rows = ["| " + (0..<columns).map { _ in phrase(1) }.joined(separator: " | ") + " |"]
                        rows.append("|" + String(repeating: "---|", count: columns))
                        for _ in 0...program.choose(3) {
                            rows.append(
                                "| "
                                    + (0..<columns).map { _ in Self.cell(&program, headings: headings) }.joined(
                                        separator: " | ") + " |")
                        }
                        blocks.append(rows.joined(separator: "\n"))
                    case 6:
                        let text = name().capitalized + " " + phrase(1)
                        headings.append((2, text))
                        blocks.append("## " + text)
                    case 7:
                        blocks.append("> " + Self.paragraph(&program, headings: headings))
                    default:
                        let label = name()
                        blocks.append("\(phrase(3)) with a note[^\(label)].\n\n[^\(label)]: \(phrase(4)).")
                    }
                }
                sections.append(blocks)
            }
            // A link may lead to any heading, earlier or later.
            var markdown = sections.map { $0.joined(separator: "\n\n") }.joined(separator: "\n\n") + "\n"
            if program.choose(2) == 0, let target = headings.last {
                markdown += "\nSee [\(phrase(2))](#\(Self.githubID(target.text))).\n"
            }
            return Document(markdown: markdown)
        }
    }

    static func paragraph(_ program: inout ProgramReader, headings: [(level: Int, text: String)]) -> String {
        var parts: [String] = []
        for _ in 0..<(3 + program.choose(8)) {
            let word = program.pick(words)
            switch program.choose(8) {
            case 0: parts.append("*\(word)*")
            case 1: parts.append("**\(word)**")
            case 2: parts.append("[\(word)](https://example.org/\(word))")
            case 3 where !headings.isEmpty: parts.append("[\(word)](#\(githubID(program.pick(headings).text)))")
            default: parts.append(word)
            }
        }
        return parts.joined(separator: " ") + "."
    }

    static func cell(_ program: inout ProgramReader, headings: [(level: Int, text: String)]) -> String {
        let word = program.pick(words)
        switch program.choose(4) {
        case 0: return "*\(word)* \(program.pick(words))"
        case 1: return "**\(word)**"
        case 2: return "[\(word)](https://example.org/\(word))"
        default: return word
        }
    }

    /// The id GitHub gives a heading: small letters, punctuation gone but hyphens, spaces made hyphens.
    static func githubID(_ text: String) -> String {
        String(text.lowercased().compactMap { $0 == " " ? "-" : ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : nil })
    }

    /// The words of Markdown as pandoc's plain text gives them, compared as the fidelity test compares them.
    static func words(ofMarkdown markdown: String, in folder: URL) throws -> [String: Int] {
        let file = folder.appendingPathComponent("words-\(UUID().uuidString).md")
        try markdown.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let plain = try CommandRunner.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["pandoc", "-f", "gfm", "-t", "plain", "--wrap=none", file.path],
            in: folder)
        var counts: [String: Int] = [:]
        for word in ImportFidelityTests.words(plain.stdout) { counts[word, default: 0] += 1 }
        return counts
    }

    @Test func markdownWrittenToWordImportsChecksCleanAndKeepsItsWords() async throws {
        let work = try Workspace()
        defer { work.remove() }
        try work.edit(
            "Content/schools/example/school.yml", replacing: "  - social-networking",
            with: "  - social-networking\n  - round-trip")
        await propertyCheck(count: Generators.count(12), input: Self.documents()) { document in
            do {
                try? FileManager.default.removeItem(at: work.url("Content/policies/round-trip"))
                let source = work.url("source.md"), word = work.url("source.docx")
                try document.markdown.write(to: source, atomically: true, encoding: .utf8)
                let made = try CommandRunner.run(
                    URL(fileURLWithPath: "/usr/bin/env"),
                    ["pandoc", "-f", "gfm", "-t", "docx", "-o", word.path, source.path], in: work.root)
                try #require(made.status == 0, "pandoc: \(made.stderr)")
                let imported = try work.run(["import", word.path, "--id", "round-trip"])
                #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
                let check = try work.run(["check", "Content/schools/example"])
                #expect(check.status == 0 && !check.stderr.contains("error"), "\(check.stdout)\(check.stderr)")
                // The words: the policy's sections, each under its title, against the source.
                let folder = work.url("Content/policies/round-trip")
                // The title: the document's first heading, when it stands above the rest.
                let metadata = try String(contentsOf: folder.appendingPathComponent("policy.yml"), encoding: .utf8)
                let title =
                    metadata.split(separator: "\n").first { $0.hasPrefix("title: ") }.map { String($0.dropFirst(7)) }
                    ?? ""
                var text =
                    imported.stdout.contains("the document gives no title")
                    ? "" : "# \(title.trimmingCharacters(in: CharacterSet(charactersIn: "\"")))\n\n"
                for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                where name.hasSuffix(".md") {
                    let file = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                    let parts = file.components(separatedBy: "\n---\n")
                    let title =
                        file.split(separator: "\n").first { $0.hasPrefix("title: ") }.map {
                            $0.dropFirst(7).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                        } ?? ""
                    text += "# \(title)\n\n\(parts.dropFirst().joined(separator: "\n---\n"))\n\n"
                }
                let expected = try Self.words(ofMarkdown: document.markdown, in: work.root)
                let got = try Self.words(ofMarkdown: text, in: work.root)
                let missing = expected.filter { got[$0.key, default: 0] < $0.value }.map(\.key).sorted()
                var extra = got.filter { expected[$0.key, default: 0] < $0.value }.map(\.key).sorted()
                // Text before the first heading is kept under the title "Preamble", as the report says.
                if imported.stdout.contains("kept as a section called 'Preamble'") {
                    extra.removeAll { $0 == "preamble" }
                }
                #expect(missing.isEmpty && extra.isEmpty, "missing: \(missing), extra: \(extra)\nimported:\n\(text)")
            } catch {
                Issue.record("\(error)")
            }
        }
    }
}
