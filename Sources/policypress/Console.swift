import ArgumentParser
import Foundation
import PolicyPressKit

/// Printing for the commands: results to standard output, problems to standard error.
enum Console {
    /// Writes text to standard output exactly as given.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes a line to standard output: what a command did.
    static func say(_ line: String) {
        output(line + "\n")
    }

    /// Writes a line to standard error.
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints every problem, then a count, and returns the exit code for content errors.
    static func report(_ list: DiagnosticList, outcome: String? = nil) -> ExitCode {
        for diagnostic in list.diagnostics { note(diagnostic.description) }
        note(count(list.diagnostics) + " found" + (outcome.map { "; \($0)" } ?? "."))
        return ExitCode(1)
    }

    /// Prints warnings, which never stop a command, one a line.
    static func warn(_ warnings: [Diagnostic]) {
        for warning in warnings { note(warning.description) }
    }

    /// "2 problems", or "1 problem and 3 warnings" when there are warnings among them.
    static func count(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let problems = "\(errors) \(errors == 1 ? "problem" : "problems")"
        return warnings == 0 ? problems : problems + " and \(warnings) \(warnings == 1 ? "warning" : "warnings")"
    }

    /// The folder the command was started in.
    static var workingDirectory: String { FileManager.default.currentDirectoryPath }
}
