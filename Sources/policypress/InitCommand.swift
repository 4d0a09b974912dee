import ArgumentParser
import Foundation
import PolicyPressKit

/// `policypress init`: a new school folder whose profile builds at once.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make a new school folder with a profile that builds at once.",
        discussion: """
            Writes DIR/school.yml for a new school: its name and type, every value the
            adopted policies use (such as the headteacher's or the E-Safety governor's
            name), and the policies it adopts (all of the library's, unless --policy
            names some). Before writing, the new profile is checked exactly as build
            checks it.

            At a terminal, init asks for anything it needs and was not told. In a
            script, give everything as options; init then lists what is missing, as
            --set options to add, and writes nothing.

            init never replaces an existing school.yml. A school folder kept outside the
            library (say, in its own git repository) records where the library is, so
            later commands find it.

            Examples:
              policypress init Content/schools/hillside
              policypress init hillside --name "Hillside Primary School" \\
                --type maintained --set local_authority="Northshire County Council" \\
                --set roles.esafety_governor="Ms Laura Bennett" --library ../library
            """
    )

    @Argument(help: ArgumentHelp("The new school folder.", valueName: "DIR"))
    var folder: String

    @Option(help: ArgumentHelp("The school's name, as it should appear in its policies.", valueName: "NAME"))
    var name: String?

    @Option(
        help: ArgumentHelp(
            "The school's type: one of the library's types, such as maintained or academy.", valueName: "TYPE"))
    var type: String?

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "A profile value, such as roles.headteacher=\"Mrs Priya Shah\" (repeatable).", valueName: "FIELD=VALUE"))
    var values: [String] = []

    @Option(
        name: .customLong("policy"),
        help: ArgumentHelp("A policy the school adopts (repeatable; default: all).", valueName: "ID"))
    var policies: [String] = []

    @OptionGroup var library: LibraryOption

    func validate() throws {
        for value in values where !value.contains("=") || value.hasPrefix("=") {
            throw ValidationError(
                "'--set \(value)' needs a field and a value, such as --set roles.headteacher=\"Mrs Priya Shah\".")
        }
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("'--name' cannot be empty.")
        }
    }

    func run() throws {
        let interactive = Terminal.isInteractive
        let scaffold = SchoolScaffold(
            fileSystem: .local, workingDirectory: Console.workingDirectory,
            today: ReviewOptions.day(option: nil, environment: ProcessInfo.processInfo.environment, now: Date()))
        // Before any question: a folder that already holds a school, or no library, ends it here.
        let types: [SchoolType]
        do {
            types = try scaffold.types(for: NewSchool(folder: folder, name: "", type: "", library: library.library))
        } catch {
            throw Console.report(error, outcome: "no school was made.")
        }
        guard let name = name ?? (interactive ? Terminal.askNonEmpty("School name") : nil),
            let type = type ?? (interactive ? ask(types) : nil)
        else {
            throw ValidationError(
                "Give the school's --name and --type (init asks for them only when run at a terminal).")
        }
        var request = NewSchool(
            folder: folder, name: name, type: type, values: parsedValues(), policies: policies.isEmpty ? nil : policies,
            library: library.library)
        var plan: SchoolScaffold.Plan
        do {
            plan = try scaffold.plan(request)
            if interactive, !plan.missing.isEmpty {
                Console.say("The policies need a few more details about the school.")
                for missing in plan.missing {
                    guard let answer = Terminal.askNonEmpty("\(missing.field) (\(missing.why))") else { break }
                    request.values[missing.field] = answer
                }
                plan = try scaffold.plan(request)
            }
        } catch {
            throw Console.report(error, outcome: "no school was made.")
        }
        guard plan.missing.isEmpty, plan.problems.isEmpty else {
            let needs = plan.missing.map {
                Diagnostic("the new school needs '\($0.field)'; give it with --set \($0.field)=…", at: $0.usedAt)
            }
            throw Console.report(DiagnosticList(needs + plan.problems), outcome: "no school was made.")
        }
        do { try scaffold.create(plan) } catch { throw Console.report(error, outcome: "no school was made.") }
        Console.say("Made \(plan.shownFolder)/school.yml for \(name) (\(type)).")
        Console.say("Next: policypress serve \(plan.shownFolder)    (a preview that follows your edits)")
        Console.say("  or: policypress build \(plan.shownFolder) --output \(plan.folderName)-site")
    }

    private func parsedValues() -> [String: String] {
        var result: [String: String] = [:]
        for value in values {
            let parts = value.split(separator: "=", maxSplits: 1)
            result[String(parts[0]).trimmingCharacters(in: .whitespaces)] = parts.count > 1 ? String(parts[1]) : ""
        }
        return result
    }

    private func ask(_ types: [SchoolType]) -> String? {
        Console.say("School types: " + types.map { "\($0.id) (\($0.label))" }.joined(separator: ", ") + ".")
        while let answer = Terminal.askNonEmpty("School type") {
            if types.contains(where: { $0.id == answer }) { return answer }
            Console.say("'\(answer)' is not one of the types.")
        }
        return nil
    }
}
