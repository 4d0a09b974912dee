import ArgumentParser
import Foundation
import PolicyPressKit

/// `policypress diff`: what changed in a policy between two editions.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed in a policy: by default, since the governors last approved it.",
        discussion: """
            Compares two editions of a policy section by section, then word by word: a
            section that moved is shown as moved, a changed word as that word. Each side
            is one of:
              approved     the edition last approved (the default for --from)
              draft        the text as the model and the profile give it now (the
                           default for --to)
              YYYY-MM-DD   the edition approved on that date
              FILE         any Markdown file: an edition kept in approved/POLICY/ or
                           another document. Its sections are its top level of
                           headings (## in an edition, ### if it has none higher);
                           text before the first heading is the "Preamble"
                           section; front matter is left out, but its title:
                           (else a lone opening # heading) heads the changes.
                           A Word file, a PDF or another format 'import' reads is
                           read as import reads it, and nothing is written.

            Formats: text marks removed words [-like this-] and added ones {+like
            this+}, as wdiff does; html is a page in the site's look with the changes
            struck through and underlined (for two documents, a page that stands
            alone, with the library's stylesheet in it); unified is a unified diff
            of the two plain-text editions as the site publishes them (the .txt
            page), for email and git users.

            From an approval to the draft, text and html say where each change came
            from: "changed in the model", "changed by the trust", "changed by the
            school" or "the school's details changed", and count them by source.
            --only model|trust|school|values marks that source's changes alone (and
            any whose source could not be told); the rest stand as the draft has
            them. An approval recorded before PolicyPress kept what its text was
            built from cannot be sorted so: diff says so, and --only refuses.
            A unified diff shows every change, without sources.

            Exit status: 0 when the editions are the same, 1 when they differ, 2 when
            there was a problem (as diff does); a mistyped command exits 64.

            Examples:
              policypress diff social-networking
              policypress diff social-networking --only model
              policypress diff social-networking --from 2025-03-12 --to approved \\
                    --format html --output changes.html
              policypress diff --from "Model 2025.docx" --to "Model 2026.docx"
              policypress diff --from "Model 2025.docx" --to "Model 2026.docx" \\
                    --format html --output model-changes.html
              policypress diff --from "Behaviour 2025.pdf" --to "Behaviour 2026.pdf"
            """
    )

    @Argument(
        help: ArgumentHelp(
            "The policy's id, as listed in school.yml; leave it out to compare two documents given as --from and --to.",
            valueName: "POLICY"))
    var policy: String?

    @Argument(help: ArgumentHelp("The school folder (default: as for build).", valueName: "SCHOOL_DIR"))
    var school: String?

    @Option(help: ArgumentHelp("The older edition: approved, draft, a date or a Markdown file.", valueName: "EDITION"))
    var from = "approved"

    @Option(help: ArgumentHelp("The newer edition: approved, draft, a date or a Markdown file.", valueName: "EDITION"))
    var to = "draft"

    @Option(help: ArgumentHelp("text, html or unified.", valueName: "FORMAT"))
    var format: DiffAction.Format = .text

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of the screen.", valueName: "FILE"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Mark only the changes from one source: model, trust, school or values.", valueName: "SOURCE"))
    var only: ChangeSource?

    @OptionGroup var review: ReviewOptions
    @OptionGroup var library: LibraryOption

    func validate() throws {
        if policy == nil {
            let named = ["approved", "draft"]
            guard !named.contains(from), !named.contains(to), Day(iso: from) == nil, Day(iso: to) == nil else {
                throw ValidationError("name the policy, or compare two documents: --from OLD.docx --to NEW.docx")
            }
            if only != nil {
                throw ValidationError("'--only' sorts a school's changes by source; two documents have none")
            }
        }
        guard let only else { return }
        if format == .unified {
            throw ValidationError(
                "'--only' marks one source's changes in the text or html format; a unified diff shows every change.")
        }
        if to != "draft" || (from != "approved" && Day(iso: from) == nil) {
            throw ValidationError(
                "'--only \(only.name)' sorts the changes made since an approval: use it with --from approved (the default) or the date of an approval, and --to draft (the default)."
            )
        }
    }

    func run() throws {
        let action = DiffAction(fileSystem: .local, workingDirectory: Console.workingDirectory)
        let outcome: DiffAction.Outcome
        do {
            if let policy {
                outcome = try action.diff(
                    policy: policy, school: school, library: library.library, from: from, to: to, format: format,
                    settings: review.settings, only: only)
            } else {
                outcome = try action.diffDocuments(from: from, to: to, format: format, library: library.library)
            }
        } catch {
            _ = Console.report(error, outcome: "nothing was compared.")
            throw ExitCode(2)
        }
        if let output {
            let target = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: Console.workingDirectory))
                .standardizedFileURL
            guard FileManager.default.fileExists(atPath: target.deletingLastPathComponent().path) else {
                Console.note(
                    "\(output): error: the folder to write it in does not exist; create it first or choose another --output"
                )
                throw ExitCode(2)
            }
            do {
                try FileSystem.local.replaceAtomically(target.path, Data(outcome.output.utf8))
            } catch let error as FileSystemError {
                Console.note("\(output): error: the changes could not be written: \(error.reason)")
                throw ExitCode(2)
            }
            Console.say("\(outcome.summary) Written to \(output).")
        } else {
            Console.output(outcome.output)
        }
        if !outcome.diff.isEmpty { throw ExitCode(1) }
    }
}

extension DiffAction.Format: ExpressibleByArgument {}

extension ChangeSource: ExpressibleByArgument {
    public init?(argument: String) {
        guard let source = Self.allCases.first(where: { $0.name == argument }) else { return nil }
        self = source
    }

    public static var allValueStrings: [String] { allCases.map(\.name) }
}
