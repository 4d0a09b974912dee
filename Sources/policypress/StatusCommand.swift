import ArgumentParser
import PolicyPressKit

/// `policypress status`: the review schedule.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show each policy's approval and review status: the schedule for the governors' meeting.",
        discussion: """
            For each policy the school adopts: its state, when and by whom it was last
            approved, the minute, the next review date and the days left. The states
            are:
              approved                the current text is the one last approved
              changed since approval  the text has changed (in the model, the trust,
                                      the amendments or the profile)
              never approved          there is no approval in the register
              review due              the next review is within --window days (60)
              overdue                 the next review date has passed
            and, for the review, beside them (the site does not show these):
              model updated since approval
                                      the library's text of the policy has changed
                                      since it was approved, whether or not the
                                      school's text changed with it
              amended                 the trust's or the school's amendments
                                      replace, add or leave out a section

            --fail-on makes status a check for scripts: it exits with status 1 when any
            policy is in one of the named states.

            Examples:
              policypress status
              policypress status Content/schools/st-marys --format csv > schedule.csv
              policypress status --today 2027-03-01 --fail-on overdue --fail-on changed
            """
    )

    /// The states `--fail-on` accepts.
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case overdue, changed, due, unapproved, amended
        case modelUpdated = "model-updated"
    }

    @Argument(help: ArgumentHelp("The school folder (default: as for build).", valueName: "SCHOOL_DIR"))
    var school: String?

    @Option(help: ArgumentHelp("How to print the schedule: table, csv or json.", valueName: "FORMAT"))
    var format: ScheduleFormatter.Format = .table

    @Option(
        help: ArgumentHelp(
            "Exit with status 1 if any policy is overdue, changed, due, unapproved, model-updated or amended (repeatable).",
            valueName: "STATE"))
    var failOn: [FailOn] = []

    @OptionGroup var review: ReviewOptions
    @OptionGroup var library: LibraryOption

    func run() throws {
        let reader = SchoolReader(fileSystem: .local, workingDirectory: Console.workingDirectory)
        let settings = review.settings
        let snapshot: SchoolSnapshot
        do { snapshot = try reader.snapshot(school: school, library: library.library, settings: settings) } catch {
            throw Console.report(error, outcome: "no schedule was printed.")
        }
        Console.output(
            ScheduleFormatter.format(
                snapshot.statuses, schoolName: snapshot.sources.school.name, today: settings.today, as: format))
        let failing = snapshot.statuses.filter { status in failOn.contains { $0.matches(status) } }
        if !failing.isEmpty {
            Console.note(
                "\(failing.count) of \(snapshot.statuses.count) policies are \(failOn.map(\.rawValue).joined(separator: " or "))."
            )
            throw ExitCode(1)
        }
    }
}

extension StatusCommand.FailOn {
    func matches(_ status: PolicyStatus) -> Bool {
        switch self {
        case .overdue: return status.states.contains(.overdue)
        case .changed: return status.states.contains(.changed)
        case .due: return status.states.contains(.reviewDue) || status.states.contains(.overdue)
        case .unapproved: return status.states.contains(.neverApproved)
        case .amended: return status.notes.contains(.amended)
        case .modelUpdated: return status.notes.contains(.modelUpdated)
        }
    }
}

extension ScheduleFormatter.Format: ExpressibleByArgument {}
