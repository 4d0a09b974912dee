import ArgumentParser
import PolicyPressKit

/// `policypress approve`: records the governors' approval of a policy's current text.
struct ApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Record that a meeting approved a policy's current text.",
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
            """
    )

    @Argument(help: ArgumentHelp("The policy's id, as listed in school.yml (such as social-networking).", valueName: "POLICY"))
    var policy: String

    @Argument(help: ArgumentHelp("The school folder (default: as for build).", valueName: "SCHOOL_DIR"))
    var school: String?

    @Option(help: ArgumentHelp("The date of the meeting.", valueName: "YYYY-MM-DD"))
    var date: String

    @Option(help: ArgumentHelp("Who approved it, such as \"Full Governing Body\".", valueName: "BODY"))
    var by: String

    @Option(help: ArgumentHelp("The minute reference.", valueName: "REF"))
    var minute: String?

    @Option(help: ArgumentHelp("The next review date, instead of the one the review cycle gives.", valueName: "YYYY-MM-DD"))
    var reviewBy: String?

    @OptionGroup var review: ReviewOptions
    @OptionGroup var library: LibraryOption

    func run() throws {
        let action = ApproveAction(fileSystem: .local, workingDirectory: Console.workingDirectory)
        let request = ApproveAction.Request(
            policy: policy, school: school, library: library.library, date: date, by: by, minute: minute, reviewBy: reviewBy)
        do {
            let outcome = try action.approve(request, today: review.settings.today)
            let record = outcome.record
            let minute = record.minute.map { " (minute \($0))" } ?? ""
            let again = outcome.reapproval ? ", reviewed with no changes to the text" : ""
            Console.say(
                """
                Recorded: \(outcome.title) approved by \(record.approvedBy) on \(record.approved.british)\(minute)\(again).
                Next review: \(record.nextReview.british). Edition \(record.edition.short), kept in \(outcome.keptFile).
                """)
        } catch {
            throw Console.report(error, outcome: "nothing was recorded.")
        }
    }
}
