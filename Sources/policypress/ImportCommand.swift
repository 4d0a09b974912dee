import ArgumentParser
import PolicyPressKit

/// `policypress import`: model policies from Word, PDF and other documents, into the library.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring policies from Word (.docx), PDF and other documents into the library.",
        discussion: """
            Reads each file with pandoc (.docx, .odt, .rtf, .html, .md, .rst), or a PDF
            with OpenDataLoader PDF, and writes a model policy in the library,
            policies/ID/: a policy.yml and a section file for each heading at the
            document's top level. Heading numbers ("1.", "3.2",
            "Section 4 –") are dropped, since PolicyPress numbers sections; a document
            without heading styles has its short bold (or capital) paragraphs taken as
            headings. Drafting notes in italic square brackets become each section's
            guidance, which is never published; "[Add school/setting or trust name]"
            becomes {{ school.name }}; other blanks in square brackets stay, listed.
            With --school, that school's own words become variables: its name and
            other profile values {{ school.… }}, its type's words {{ term.… }} where a
            word means one term only; each is listed at its file:line:column.

            A review cycle ("reviewed annually", "every two years") and an approving
            body found in the text go into policy.yml, each listed with its line; an
            approval the text records is printed as the 'policypress approve
            --document' command that would record it, and never recorded by itself.
            Pictures, comments and Word's table of contents are left out, each listed.

            What it writes always passes 'check': Word's styles and bookmarks, a web
            page's HTML and its site's own markup (front matter, Liquid, shortcodes)
            are unwrapped or left out, each listed; a link to a heading leads to that
            heading, and a link to a file that will not be published is listed; a
            merged table cell is repeated in each row it covered; a text box, which
            pandoc does not read, is kept as a quote. Before anything is written the
            policy is read and filled in for a school of every type, and an import
            that 'check' would fault is refused.

            A PDF has no heading styles: its headings are levelled by their numbers
            ("4.", "4.1") and font sizes, so that the sections are its top level; a
            "heading" that is a whole sentence stays a paragraph. Running headers and
            footers (lines repeated at the top or foot of most pages) and page numbers
            ("Page 3 of 14") are left out, each listed, as are a contents list and,
            in a PDF that PolicyPress printed, its title page. A PDF that needs a
            password, has no text layer (scanned: run OCR first), is cut short, is not
            a PDF, or has more than 500 pages is refused, saying why.

            A document with tracked changes not yet accepted or rejected is refused.
            A policy that is already in the library is never replaced by a new
            import. Each policy folder is written whole or not at all; --dry-run
            writes nothing.

            The next version of a model: --update POLICY takes one document over the
            policy POLICY in place. Each section keeps its file when it has the same
            heading (case, spacing, punctuation and numbers aside) or, renamed, much
            the same text, so schools' amendments of it carry on; a new section gets a
            new file, and the file of a section the new version lacks goes. policy.yml
            is kept; the report lists every section changed (words added and removed),
            renamed, moved, added and removed, with the schools whose amendments lose
            their section, and where the new text gives another review cycle or
            approver than policy.yml. Then 'check' says which amendments were based on
            the old text, 'amend POLICY SECTION SCHOOL_DIR --update' merges, 'status'
            says "model updated since approval" and 'diff' shows the model's changes.

            Exit status: 0 when every file was imported, 1 when any was refused (the
            others are still imported), 64 for a mistyped command.

            pandoc must be installed, and for PDFs OpenDataLoader PDF and Java:
            bash scripts/setup.sh --import installs them.

            Examples:
              policypress import "Online Safety Policy 2025.docx" --id online-safety
              policypress import "Behaviour Policy 2024.pdf" --id behaviour
              policypress import online-safety-2026.docx --update online-safety --dry-run
            """
    )

    @Argument(help: ArgumentHelp("The documents to import.", valueName: "FILE"))
    var files: [String]

    @Option(
        help: ArgumentHelp(
            "The new policy's id (one file only); by default made from the file's name.", valueName: "ID"))
    var id: String?

    @Option(help: ArgumentHelp("The policy's title (one file only), when the document gives none.", valueName: "TEXT"))
    var title: String?

    @Flag(help: "Print what would be imported, and write nothing.")
    var dryRun = false

    @Option(
        help: ArgumentHelp(
            "A school folder whose own words (its name, roles, vocabulary) become variables.", valueName: "SCHOOL_DIR"))
    var school: String?

    @Option(
        help: ArgumentHelp(
            "The policy the one document is the next version of, replaced in place.", valueName: "POLICY"))
    var update: String?

    @OptionGroup var library: LibraryOption

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one document to import") }
        if files.count > 1, id != nil || title != nil {
            throw ValidationError("--id and --title name one policy: import one file at a time with them")
        }
        if update != nil, let problem = PolicyImport.updateProblem(files: files.count, id: id, title: title) {
            throw ValidationError(problem)
        }
    }

    func run() throws {
        let action = PolicyImport(fileSystem: .local, workingDirectory: Console.workingDirectory)
        let request = PolicyImport.Request(
            files: files, library: library.library, id: id, title: title, dryRun: dryRun, school: school, update: update
        )
        let result = Result { () throws(DiagnosticList) in try action.run(request) }
        guard case .success(let outcomes) = result else {
            if case .failure(let list) = result { throw Console.report(list, outcome: "nothing was imported.") }
            return
        }
        for outcome in outcomes { Console.say(outcome.summary) }
        for outcome in outcomes where !(outcome.policy?.report.isEmpty ?? true) {
            Console.say("\n\(outcome.file):")
            for line in outcome.policy!.report { Console.say("  " + line) }
        }
        if dryRun { Console.say("\nNothing was written (--dry-run).") }
        if outcomes.contains(where: { $0.refusal != nil }) { throw ExitCode(1) }
    }
}
