import ArgumentParser
import PolicyPressKit

/// `policypress check`: every problem a build would meet, without writing anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a school and the policies it adopts, and list every problem found.",
        discussion: """
            Reads everything a build reads (the school profile, the vocabulary, each
            policy and its sections, the templates, the register and the approved texts
            it keeps), fills in every policy for the school, and lists every problem
            with its file, line and column. Nothing is written. Exits with status 1 if
            there is any problem, so it can guard a script or a CI job.

            Examples:
              policypress check                          the example school
              policypress check Content/schools/st-marys
              policypress check --all                    every school in the library
            """
    )

    @Argument(help: ArgumentHelp("School folders to check (default: as for build).", valueName: "SCHOOL_DIR"))
    var schools: [String] = []

    @Flag(help: "Check every school in the library's Content/schools folder.")
    var all = false

    @OptionGroup var review: ReviewOptions
    @OptionGroup var library: LibraryOption

    func validate() throws {
        if all && !schools.isEmpty { throw ValidationError("Give school folders or --all, not both.") }
    }

    func run() throws {
        let action = BuildAction(fileSystem: .local, workingDirectory: Console.workingDirectory)
        var targets: [String?] = schools.isEmpty ? [nil] : schools
        if all {
            do { targets = try action.allSchools(library: library.library) } catch {
                throw Console.report(error, outcome: "nothing was checked.")
            }
        }
        var problems: [Diagnostic] = []
        for target in targets {
            do {
                let summary = try action.check(school: target, library: library.library, settings: review.settings)
                let count = summary.snapshot.editions.count
                let warnings = summary.snapshot.warnings
                Console.warn(warnings)
                let found =
                    "no problems"
                    + (warnings.isEmpty ? "" : ", \(warnings.count) \(warnings.count == 1 ? "warning" : "warnings")")
                Console.say(
                    "\(summary.schoolFolder): \(summary.schoolName), \(count) \(count == 1 ? "policy" : "policies"): \(found)."
                )
            } catch {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw Console.report(DiagnosticList(problems)) }
    }
}
