import ArgumentParser
import PolicyPressKit

/// `policypress new`: scaffolds for model-policy authors.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new model policy, or a new section of one, in the library.",
        discussion: """
            Examples:
              policypress new policy online-safety --title "Online Safety Policy"
              policypress new section online-safety "Roles and responsibilities"
              policypress new section online-safety "Diocesan schools" \\
                    --applies-to voluntary-aided
            """,
        subcommands: [NewPolicyCommand.self, NewSectionCommand.self]
    )
}

struct NewPolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Make Content/policies/ID/ with a policy.yml and a first section.",
        discussion: """
            The policy.yml gets a 12-month review cycle, approval by the governing body
            ({{ term.governing_body }}) and no related policies: change them there. A
            school adopts the policy by listing ID under 'policies:' in its school.yml.
            """
    )

    @Argument(help: ArgumentHelp("The policy's id: lower-case letters, digits and hyphens.", valueName: "ID"))
    var id: String

    @Option(
        help: ArgumentHelp(
            "The policy's title (default: from the id, such as \"Online Safety Policy\").", valueName: "TITLE"))
    var title: String?

    @OptionGroup var library: LibraryOption

    func run() throws {
        let scaffold = PolicyScaffold(fileSystem: .local, workingDirectory: Console.workingDirectory)
        do {
            let files = try scaffold.newPolicy(id: id, title: title, library: library.library)
            for file in files { Console.say("Made \(file)") }
            Console.say("Write the policy's text in its sections; add more with: policypress new section \(id) TITLE")
        } catch {
            throw Console.report(error, outcome: "nothing was made.")
        }
    }
}

struct NewSectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "section",
        abstract: "Add a section to a model policy, numbered after its last one.",
        discussion: """
            Makes NN-title.md in the policy's folder with front matter (its title and
            the next free order number) and an empty body to write in.
            """
    )

    @Argument(help: ArgumentHelp("The policy's id.", valueName: "POLICY"))
    var policy: String

    @Argument(help: ArgumentHelp("The section's title.", valueName: "TITLE"))
    var title: String

    @Option(
        name: .customLong("applies-to"),
        help: ArgumentHelp("Only for these school types (repeatable; default: every type).", valueName: "TYPE"))
    var appliesTo: [String] = []

    @OptionGroup var library: LibraryOption

    func run() throws {
        let scaffold = PolicyScaffold(fileSystem: .local, workingDirectory: Console.workingDirectory)
        do {
            let file = try scaffold.newSection(
                policy: policy, title: title, appliesTo: appliesTo.isEmpty ? nil : appliesTo, library: library.library)
            Console.say("Made \(file): write the section's text below its front matter.")
        } catch {
            throw Console.report(error, outcome: "nothing was made.")
        }
    }
}
