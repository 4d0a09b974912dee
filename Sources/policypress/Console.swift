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
        let errors = list.diagnostics.filter { $0.severity == .error }.count
        note("\(errors) \(errors == 1 ? "problem" : "problems") found" + (outcome.map { "; \($0)" } ?? "."))
        return ExitCode(1)
    }

    /// The folder the command was started in.
    static var workingDirectory: String { FileManager.default.currentDirectoryPath }
}
