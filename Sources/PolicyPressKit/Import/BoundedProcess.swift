import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A command run to its end or stopped at a time limit, for the import's readers (pandoc and the PDF
/// reader): standard output and error go to temporary files, so that neither can fill a pipe and stall it.
struct BoundedProcess {
    /// The command, looked up on the PATH by `/usr/bin/env` unless it is a path.
    var executable: String
    /// Seconds a run may take.
    var timeLimit: Double

    /// How a run ended.
    enum Ending {
        /// It exited with this status, having written this output and this message.
        case exited(status: Int32, output: Data, message: String)
        /// It took longer than the time limit and was killed.
        case stopped
        /// It could not be started.
        case notStarted(String)
    }

    /// Runs the command with `arguments` (where ``folderMark`` stands for the run's own temporary folder),
    /// `input` on its standard input; `collect` reads what the run left in that folder before it is removed.
    func run(_ arguments: [String], input: Data? = nil, collect: (URL) -> Void = { _ in }) -> Ending {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "policypress-run-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            return .notStarted("no temporary folder: \(error)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        let inURL = folder.appendingPathComponent("stdin")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        FileManager.default.createFile(atPath: inURL.path, contents: input ?? Data())
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [executable] + arguments.map { $0.replacingOccurrences(of: Self.folderMark, with: folder.path) }
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            process.standardInput = try FileHandle(forReadingFrom: inURL)
            process.standardOutput = try FileHandle(forWritingTo: outURL)
            process.standardError = try FileHandle(forWritingTo: errURL)
            try process.run()
        } catch {
            return .notStarted("\(error)")
        }
        if finished.wait(timeout: .now() + timeLimit) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return .stopped
        }
        process.waitUntilExit()
        collect(folder)
        let message = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return .exited(
            status: process.terminationStatus, output: (try? Data(contentsOf: outURL)) ?? Data(), message: message)
    }

    /// Written in an argument, stands for the run's temporary folder (where a reader may write its files).
    static let folderMark = "{run-folder}"
}
