import Foundation
import PropertyBased
import Testing

@testable import PolicyPressKit

/// `amend --update`'s merge: when the school and the model change different paragraphs of a section, the
/// merge is the section with both changes made, and no conflict.
@Suite struct MergePropertyTests {
    /// What one side does to a paragraph it touches.
    enum Edit: CaseIterable {
        case reword, delete, insertAfter, split
    }

    /// A base section, and which paragraphs each side touches and how: no paragraph is touched by both.
    struct Case: Sendable, CustomStringConvertible {
        var frontMatter: Bool
        var paragraphs: [[String]]
        /// For each paragraph: nil, or (true for the school, the edit).
        var edits: [(school: Bool, edit: Int)?]

        var description: String { "base:\n\(text(school: false, model: false))\nedits: \(edits)" }

        func text(school: Bool, model: Bool) -> String {
            var blocks: [String] = []
            for (index, lines) in paragraphs.enumerated() {
                guard let (bySchool, kind) = edits[index], bySchool ? school : model else {
                    blocks.append(lines.joined(separator: "\n"))
                    continue
                }
                let who = bySchool ? "school" : "model"
                switch Edit.allCases[kind] {
                case .reword: blocks.append((lines + ["reworded by the \(who) \(index)"]).joined(separator: "\n"))
                case .delete: break
                case .insertAfter:
                    blocks += [lines.joined(separator: "\n"), "A new paragraph from the \(who) after \(index)."]
                case .split: blocks += [lines[0], "The rest, from the \(who), of \(index)."]
                }
            }
            let head = frontMatter ? "---\ntitle: Scope\norder: 2\n---\n" : ""
            return head + (blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n")
        }
    }

    static func cases() -> Generator<Case, some SendableSequenceType> {
        Generators.program(4...60).map { numbers in
            var program = ProgramReader(numbers)
            let words = [
                "staff", "must", "report", "any", "concern", "to the", "head", "promptly", "in writing", "governors",
            ]
            let count = 1 + program.choose(8)
            var paragraphs: [[String]] = []
            var edits: [(school: Bool, edit: Int)?] = []
            for index in 0..<count {
                let lines = (0...program.choose(3)).map { line in
                    "Paragraph \(index) line \(line): "
                        + (0...program.choose(5)).map { _ in program.pick(words) }.joined(separator: " ")
                }
                paragraphs.append(lines)
                let who = program.choose(3)
                edits.append(who == 0 ? nil : (who == 1, program.choose(Edit.allCases.count)))
            }
            return Case(frontMatter: program.choose(2) == 0, paragraphs: paragraphs, edits: edits)
        }
    }

    @Test func disjointParagraphsMergeToBothEdits() async {
        await propertyCheck(count: Generators.count(400), input: Self.cases()) { example in
            let merged = ThreeWayMerge.merge(
                base: example.text(school: false, model: false), ours: example.text(school: true, model: false),
                theirs: example.text(school: false, model: true), labels: ("school", "model"))
            #expect(merged.conflicts.isEmpty, "\(example)\nmerged:\n\(merged.text)")
            #expect(merged.text == example.text(school: true, model: true), "\(example)")
        }
    }

    /// A change the school already made by hand is not made twice: the merge gives the school's text, or a
    /// conflict for a person to settle (as git does when a change sits next to another).
    @Test func aChangeAlreadyMadeIsNeverMadeTwice() async {
        await propertyCheck(count: Generators.count(200), input: Self.cases()) { example in
            let both = example.text(school: true, model: true)
            let merged = ThreeWayMerge.merge(
                base: example.text(school: false, model: false), ours: both,
                theirs: example.text(school: false, model: true),
                labels: ("school", "model"))
            #expect(merged.conflicts.isEmpty ? merged.text == both : !ConflictMarkers.lines(in: merged.text).isEmpty)
        }
    }
}
