import ArgumentParser
import PolicyPressKit

/// `policypress approve`: records the governors' approval of a policy's current text, or of a document.
struct ApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Record that a meeting approved a policy's current text, or a document of it.",
        discussion: """
            Adds an entry to the school's register (register.yml in the school folder):
            the policy, the exact text approved (kept in approved/POLICY/ and identified
            by its hash), the date, who approved it, the minute reference and the next
            review date. The next review follows from the policy's review cycle unless
            --review-by is given. Approving an unchanged text again ("reviewed, no
            changes") adds a new entry with a new review date.

            Nothing is written if anything is wrong: an unknown policy, a date that does
            not exist, is in the future or comes before the policy's last approval, an
            empty --by, or any problem in this policy, in the profile values it uses or
            in the register. Problems in the school's other policies do not stop it.

            Example, after the meeting of 12 March 2026:
              policypress approve social-networking --date 2026-03-12 \\
                    --by "Full Governing Body" --minute FGB/2026/14

            With --document, the approval recorded is of that document: the policy as
            the governors approved it before the school kept it in PolicyPress (last
            year's Word file or web page; any format import reads). Its text, as
            imported, is kept in approved/POLICY/ like any approved text, under the
            document's own title (or the policy's, when it has none), and the register
            entry names the document. It is the policy's last approval: status
            schedules the next review from it, diff compares it with the current draft
            (the first review shows every change since), and build --approved-only
            publishes it until the current text is approved. What the import left out
            or changed is listed; a document the import refuses, or whose text would
            not read back, is not recorded.

            Example, recording last year's approval as the baseline:
              policypress approve social-networking Content/schools/example \\
                    --document "Social Networking Policy 2025.docx" --date 2025-03-12 \\
                    --by "Full Governing Body" --minute FGB/2025/07
            """
    )

    @Argument(
        help: ArgumentHelp("The policy's id, as listed in school.yml (such as social-networking).", valueName: "POLICY")
    )
    var policy: String

    @Argument(help: ArgumentHelp("The school folder (default: as for build).", valueName: "SCHOOL_DIR"))
    var school: String?

    @Option(help: ArgumentHelp("The date of the meeting.", valueName: "YYYY-MM-DD"))
    var date: String

    @Option(help: ArgumentHelp("Who approved it, such as \"Full Governing Body\".", valueName: "BODY"))
    var by: String

    @Option(help: ArgumentHelp("The minute reference.", valueName: "REF"))
    var minute: String?

    @Option(
        help: ArgumentHelp("The next review date, instead of the one the review cycle gives.", valueName: "YYYY-MM-DD"))
    var reviewBy: String?

    @Option(help: ArgumentHelp("The document the meeting approved, instead of the current text.", valueName: "FILE"))
    var document: String?

    @OptionGroup var review: ReviewOptions
    @OptionGroup var library: LibraryOption

    func run() throws {
        let action = ApproveAction(fileSystem: .local, workingDirectory: Console.workingDirectory)
        let request = ApproveAction.Request(
            policy: policy, school: school, library: library.library, date: date, by: by, minute: minute,
            reviewBy: reviewBy,
            document: document)
        do {
            let outcome = try action.approve(request, today: review.settings.today)
            if let document = outcome.document { return say(outcome, document: document) }
            let record = outcome.record
            Console.say(
                """
                \(recorded(outcome)).
                Next review: \(record.nextReview.british). Edition \(record.edition.short), kept in \(outcome.keptFile).
                """)
        } catch {
            throw Console.report(error, outcome: "nothing was recorded.")
        }
    }

    // "Recorded: Social Networking Policy approved by Full Governing Body on 12 March 2026 (minute FGB/2026/14)".
    private func recorded(_ outcome: ApproveAction.Outcome) -> String {
        let record = outcome.record
        let minute = record.minute.map { " (minute \($0))" } ?? ""
        let again = outcome.reapproval ? ", reviewed with no changes to the text" : ""
        return
            "Recorded: \(outcome.title) approved by \(record.approvedBy) on \(record.approved.british)\(minute)\(again)"
    }

    // The clerk sees what was recorded: the register entry as written, what was kept, and what the import
    // left out or changed, to check against the document.
    private func say(_ outcome: ApproveAction.Outcome, document: ApprovedDocument) {
        let record = outcome.record
        let sections = "\(document.sections) \(document.sections == 1 ? "section" : "sections")"
        let title =
            "'\(document.title)'" + (document.hasOwnTitle ? "" : ", the policy's title, as the document has none")
        let entry = RegisterFormat.text(of: record).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
        var lines = [
            "\(recorded(outcome)), as the document \(document.name).",
            "Next review: \(record.nextReview.british).",
            "Kept: the document's text as imported (\(title): \(sections), \(document.words) words) as edition \(record.edition.short), in \(outcome.keptFile).",
            "Added to \(outcome.registerFile):",
            entry,
        ]
        if document.report.isEmpty {
            lines.append("The import left nothing out and changed nothing.")
        } else {
            lines.append("What the import left out or changed (check the kept text against the document):")
            lines += document.report.map { "  " + $0 }
        }
        Console.say(lines.joined(separator: "\n"))
    }
}
