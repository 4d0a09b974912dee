import ArgumentParser
import PolicyPressKit

/// `policypress render`: one Markdown file to HTML or plain text on standard output.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render one Markdown file as an HTML fragment or as plain text.",
        discussion: """
            Prints the file's Markdown as HTML (the same HTML the cmark-gfm command
            prints) or as the plain text of a policy's .txt edition. A leading block of
            front matter between '---' lines is skipped. Raw HTML in the Markdown is
            left out (cmark-gfm's safe mode), and each piece left out is reported on
            standard error, still with exit status 0:
              notes.md:3:1: warning: raw HTML '<div>' left out

            With --school, {{ variables }} and '::: only' / '::: except' blocks are
            filled in for that school, and a policy section that does not apply to the
            school's type prints nothing. Without it, a file that uses them is an error.

            Examples:
              policypress render notes.md
              policypress render Content/policies/social-networking/02-scope.md \\
                    --school Content/schools/example --to text
            """
    )

    @Argument(help: ArgumentHelp("The Markdown file.", valueName: "FILE"))
    var file: String

    @Option(help: ArgumentHelp("The school whose values fill in the variables.", valueName: "DIR"))
    var school: String?

    @Option(help: ArgumentHelp("What to print: html or text.", valueName: "FORMAT"))
    var to: RenderAction.Format = .html

    @OptionGroup var library: LibraryOption

    func run() throws {
        let action = RenderAction(fileSystem: .local, workingDirectory: Console.workingDirectory)
        do {
            switch try action.render(file: file, school: school, library: library.library, to: to) {
            case .rendered(let text, let warnings):
                Console.output(text)
                Console.warn(warnings)
            case .notApplicable(let types, let schoolType):
                Console.note(
                    "\(file): this section applies to \(types.joined(separator: ", ")) only, and the school is \(schoolType); nothing to print."
                )
            }
        } catch {
            throw Console.report(error, outcome: "nothing was printed.")
        }
    }
}

extension RenderAction.Format: ExpressibleByArgument {}
