import Foundation
@testable import PolicyPressKit

/// One example of a spec written in the form of cmark-gfm's `test/spec.txt` and `test/extensions.txt`.
struct SpecExample: Sendable, CustomStringConvertible {
    /// The spec's file name, such as `spec.txt`.
    var file: String
    /// The example's number in its file, counting from 1; disabled examples take a number too.
    var number: Int
    /// The heading the example stands under.
    var section: String
    /// The example's Markdown, with `→` turned back into a tab.
    var markdown: String
    /// The words after `example` on its opening line, such as `table` or `disabled`.
    var words: [String]

    /// "spec.txt example 12 (Tabs)", for failures.
    var description: String { "\(file) example \(number) (\(section))" }

    /// Whether cmark-gfm's own test runner leaves the example out.
    var isDisabled: Bool { words.contains("disabled") }

    /// Whether PolicyPress reads the first line as the opening of front matter, as `FrontMatterParser` does.
    var opensFrontMatter: Bool {
        markdown.prefix { $0 != "\n" }.withoutTrailingBlanks() == "---"
    }

    /// A file name for the example's Markdown, unique across the specs.
    var fileName: String {
        "\(file.replacingOccurrences(of: ".txt", with: ""))-\(String(format: "%04d", number)).md"
    }

    private static let fence = String(repeating: "`", count: 32)

    /// Every example in a spec's text, read as cmark-gfm's `test/spec_tests.py` reads them.
    static func examples(in text: String, file: String) -> [SpecExample] {
        enum State { case prose, markdown, html }
        var state = State.prose
        var examples: [SpecExample] = []
        var section = "", words: [String] = [], markdown = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let stripped = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if stripped.hasPrefix(fence + " example") {
                state = .markdown
                words = stripped.dropFirst(fence.count + " example".count).split(separator: " ").map(String.init)
            } else if stripped == fence {
                state = .prose
                let text = markdown.replacingOccurrences(of: "→", with: "\t")
                examples.append(
                    SpecExample(file: file, number: examples.count + 1, section: section, markdown: text, words: words))
                markdown = ""
            } else if stripped == "." {
                state = .html
            } else if state == .markdown {
                markdown += line + "\n"
            } else if state == .prose, line.hasPrefix("#"), let space = line.firstIndex(of: " "),
                line[..<space].allSatisfy({ $0 == "#" })
            {
                section = line[space...].trimmingCharacters(in: .whitespaces)
            }
        }
        return examples
    }
}
