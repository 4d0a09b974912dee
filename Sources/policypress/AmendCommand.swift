import ArgumentParser
import PolicyPressKit

/// `policypress amend`: a school's (or a trust's) own wording of one section of a policy.
struct AmendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amend",
        abstract: "Adapt one section of a policy for the school: reword it, leave it out, or add one.",
        discussion: """
            A school's amendments live in its folder, in amendments/POLICY/, one file a
            section, and apply on top of the model (and of its trust's amendments):
              policypress amend POLICY SECTION        copy the section's current text
                                                      into amendments/POLICY/SECTION.md,
                                                      for the school to reword
              ... --remove --reason "why"             leave the section out; the reason
                                                      is shown to governors on the
                                                      changes page, never published
              ... NEW-SECTION --add "Title" [--after SECTION]
                                                      add a section of the school's own
                                                      (after the last one by default)
              ... --update                            merge a change made underneath
                                                      since the amendment was made
            SECTION is the section file's name without .md, such as 02-scope. With
            --trust DIR, the amendment is the trust's, in the trust folder, for every
            school of the trust.

            amend keeps the text each amendment started from in amendments/POLICY/.base/.
            When the model's text of an amended section changes, check warns and names
            the --update command: changes to other lines than the school's are merged
            in; where both changed the same lines, the file gets both wordings between
            <<<<<<< and >>>>>>> lines, and the school is not built until a person keeps
            one and deletes the markers.

            amend never replaces an amendment, and writes nothing when it refuses.

            Examples:
              policypress amend social-networking 02-scope
              policypress amend social-networking 03-governors --remove \\
                    --reason "The school has no e-safety governor; the head takes this role."
              policypress amend social-networking 04-local-contacts --add "Local contacts" \\
                    --after 02-scope
            """
    )

    @Argument(help: ArgumentHelp("The policy's id, as listed in school.yml.", valueName: "POLICY"))
    var policy: String

    @Argument(
        help: ArgumentHelp(
            "The section: its file name without .md (such as 02-scope); with --add, the new section's.",
            valueName: "SECTION"))
    var section: String

    @Argument(help: ArgumentHelp("The school folder (default: as for build).", valueName: "SCHOOL_DIR"))
    var school: String?

    @Flag(help: "Leave the section out (give --reason).")
    var remove = false

    @Option(help: ArgumentHelp("Why the school leaves the section out, for the governors.", valueName: "TEXT"))
    var reason: String?

    @Option(help: ArgumentHelp("Add a new section with this title.", valueName: "TITLE"))
    var add: String?

    @Option(help: ArgumentHelp("With --add: the section the new one follows.", valueName: "SECTION"))
    var after: String?

    @Flag(help: "Merge the changes made underneath since the amendment was made.")
    var update = false

    @Option(help: ArgumentHelp("Amend for a trust, in this trust folder, instead of one school.", valueName: "DIR"))
    var trust: String?

    @OptionGroup var library: LibraryOption

    func validate() throws {
        let modes = [remove, add != nil, update].filter { $0 }.count
        if modes > 1 { throw ValidationError("--remove, --add and --update each do something else; give one of them") }
        if remove, reason?.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
            throw ValidationError(
                "--remove needs --reason \"…\": why the school leaves the section out, for the governors")
        }
        if reason != nil, !remove { throw ValidationError("--reason goes with --remove") }
        if after != nil, add == nil { throw ValidationError("--after goes with --add") }
        if let add, add.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--add needs the new section's title")
        }
        if trust != nil, school != nil { throw ValidationError("give a school folder or --trust DIR, not both") }
    }

    func run() throws {
        let change: AmendAction.Change =
            remove
            ? .remove(reason: reason!.trimmingCharacters(in: .whitespaces))
            : add.map { .add(title: $0.trimmingCharacters(in: .whitespaces), after: after) }
                ?? (update ? .update : .copy)
        let request = AmendAction.Request(
            policy: policy, section: section, school: school, trust: trust, library: library.library, change: change)
        do {
            let outcome = try AmendAction(fileSystem: .local, workingDirectory: Console.workingDirectory).amend(request)
            Console.say(outcome.summary)
            guard outcome.conflicts.isEmpty else {
                Console.warn(outcome.conflicts)
                throw ExitCode(1)
            }
        } catch let list as DiagnosticList {
            throw Console.report(list, outcome: "nothing was written.")
        }
    }
}
