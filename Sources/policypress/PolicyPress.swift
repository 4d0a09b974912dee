import ArgumentParser
import PolicyPressKit

/// The `policypress` command: model school policies in, a school's adopted policies out.
@main
struct PolicyPress: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policypress",
        abstract: "Turn model school policies into the policies your school has adopted, as a website and plain text.",
        discussion: """
            A school folder holds the school's profile, school.yml: its name, its type
            (maintained, academy, voluntary-aided or trust), the people and names its
            policies mention, and the policies it adopts. The model policies, the words
            for each school type and the site's templates live in the policy library:
            the nearest folder above the school that holds Content/ and Templates/.

            Start with:
              policypress build            build the example school's site into site/
              policypress check            find every problem, without writing anything
            """,
        version: PolicyPressVersion.current,
        subcommands: [
            InitCommand.self, BuildCommand.self, ServeCommand.self, CheckCommand.self, StatusCommand.self,
            ApproveCommand.self,
            AmendCommand.self, ImportCommand.self, DiffCommand.self, RenderCommand.self, NewCommand.self,
        ]
    )
}
