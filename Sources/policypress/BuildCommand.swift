import ArgumentParser
import PolicyPressKit

/// `policypress build`: a school's policies as a static website.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a school's policies as a website, with a plain-text copy of each policy.",
        discussion: """
            Fills in every policy the school adopts with the school's own names and words, and writes a
            site: index.html listing the policies, one web page and one .txt file for each policy, and
            style.css. All links are relative, so the folder works opened from disk or copied anywhere on
            the school's website.

            The site is written beside the output folder first and swapped in only when complete: if
            anything is wrong, every problem is listed and the previous site is left exactly as it was.

            Each page carries its approval from the school's register ("Approved by … on 12 March 2026")
            and its next review date. A policy whose text differs from what was approved is marked as a
            draft. With --approved-only the site holds instead the last approved text of each policy and
            leaves out policies never approved: this is the site to publish on the school's website.

            With no school folder named, build uses the current folder if it holds school.yml, and
            otherwise the library's example school (Content/schools/example).

            Example:
              policypress build Content/schools/st-marys --output st-marys-site
              policypress build --approved-only --output to-publish
            """
    )

    @Argument(help: ArgumentHelp("The school folder (the one holding school.yml).", valueName: "SCHOOL_DIR"))
    var school: String?

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the site.", valueName: "DIR"))
    var output = "site"

    @Flag(help: "Publish the last approved text of each policy, and leave out policies never approved.")
    var approvedOnly = false

    @OptionGroup var review: ReviewOptions
    @OptionGroup var library: LibraryOption

    func run() throws {
        let action = BuildAction(fileSystem: .local, workingDirectory: Console.workingDirectory)
        do {
            let summary = try action.build(
                school: school, library: library.library, output: output, settings: review.settings,
                approvedOnly: approvedOnly)
            let count = summary.policiesPublished
            Console.say(
                "Built \(count) \(count == 1 ? "policy" : "policies") for \(summary.schoolName) into \(output)/ (\(summary.site.files.count + 1) files).")
        } catch {
            throw Console.report(error, outcome: "nothing was published.")
        }
    }
}
