import ArgumentParser

/// The `--library` option that every command shares.
struct LibraryOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The policy library: a folder holding Content/ and Templates/.", valueName: "DIR"))
    var library: String?
}
