import Foundation
import Testing

/// What a run of a command printed and how it ended.
struct CommandResult {
    var stdout: String
    var stderr: String
    var status: Int32
}

/// Runs the built `policypress` (or another program) as a user would, in a chosen folder.
enum CommandRunner {
    /// Runs `policypress` with arguments in `folder`.
    static func policypress(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws
        -> CommandResult
    {
        try run(TestPaths.binary, arguments, in: folder, environment: environment)
    }

    /// Runs a program, capturing both outputs; standard input is `input`'s bytes, or empty.
    static func run(
        _ program: URL, _ arguments: [String], in folder: URL, environment: [String: String] = [:], input: URL? = nil
    ) throws -> CommandResult {
        // Files rather than pipes: a child that prints a lot can never block on a full pipe.
        let scratch = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outURL), errors = try FileHandle(forWritingTo: errURL)
        let process = try launch(
            program, arguments, in: folder, environment: environment,
            input: try input.map { try FileHandle(forReadingFrom: $0) } ?? .nullDevice, output: output, errors: errors)
        process.waitUntilExit()
        try output.close()
        try errors.close()
        let stdout = try Data(contentsOf: outURL), stderr = try Data(contentsOf: errURL)
        return CommandResult(
            stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
            status: process.terminationStatus)
    }

    /// Starts a program in `folder` without waiting for it.
    static func launch(
        _ program: URL, _ arguments: [String], in folder: URL, environment: [String: String] = [:],
        input: FileHandle = .nullDevice, output: FileHandle = .nullDevice, errors: FileHandle = .nullDevice
    ) throws -> Process {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return process
    }

    /// The path of a program on the PATH, or nil.
    static func which(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The reference renderer: the `cmark-gfm` command with the extensions PolicyPress enables, on `file` in `folder`.
    static func cmarkGFM(_ file: String, in folder: URL) throws -> CommandResult {
        let cmark = try #require(which("cmark-gfm"), "the cmark-gfm command is missing: run scripts/setup.sh --tests")
        let extensions = ["footnotes", "table", "strikethrough", "autolink", "tagfilter"].flatMap { ["-e", $0] }
        return try run(cmark, extensions + [file], in: folder)
    }
}
