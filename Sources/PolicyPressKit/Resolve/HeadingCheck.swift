/// A section's title is its level-2 heading, so headings inside a section must be level 3 or deeper.
///
/// Values cannot make headings (they are escaped), so the check runs once on the model text, with the `:::`
/// lines blanked so that they cannot join a following `---` into a heading, rather than once per school.
enum HeadingCheck {
    /// The headings of level 1 or 2 in a section's body, as problems.
    static func problems(in section: ModelSection, converter: CommonMarkConverter = CommonMarkConverter()) -> [Diagnostic] {
        let lines = section.body.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix(":::") ? "" : line
        }
        var problems: [Diagnostic] = []
        var pending = converter.document(from: lines.joined(separator: "\n")).blocks
        while let block = pending.popLast() {
            switch block.kind {
            case .heading(let level, _) where level < 3:
                problems.append(
                    Diagnostic(
                        "a heading inside a section must be level 3 or deeper (start it with '###'): the section's title is level 2",
                        at: SourceLocation(file: section.file, line: section.bodyLine + block.line - 1, column: block.column)))
            case .blockQuote(let children):
                pending += children
            case .list(let list):
                pending += list.items.flatMap { $0 }
            default:
                break
            }
        }
        return problems
    }
}
