import Foundation

/// Runs pandoc, the only code that does: reading a document into pandoc's tree, and writing a tree as
/// Markdown or plain text. Each run is bounded, so that no file, however made, can hang the import or
/// take the machine's memory: pandoc gets `--sandbox` (it reads no other file than the one named), a
/// heap limit, and a time limit after which it is stopped.
public struct Pandoc: Sendable {
    /// The command, found on the PATH unless a path is given.
    public var executable: String
    /// Seconds a run may take.
    public var timeLimit: Double
    /// The most memory pandoc's heap may take, in pandoc's own notation (`1g`).
    public var memoryLimit: String

    /// Pandoc as installed, with limits fit for a policy of a few hundred pages.
    public init(executable: String = "pandoc", timeLimit: Double = 60, memoryLimit: String = "1g") {
        self.executable = executable
        self.timeLimit = timeLimit
        self.memoryLimit = memoryLimit
    }

    /// Why a run gave nothing.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// Pandoc is not installed.
        case missing
        /// It stopped with this status and this message.
        case failed(status: Int32, message: String)
        /// It took longer than the time limit and was stopped.
        case tooSlow(seconds: Double)
        /// It ran out of the memory it may take.
        case tooLarge

        public var description: String {
            switch self {
            case .missing:
                return
                    "pandoc is not installed: install it with 'bash scripts/setup.sh --import' (or 'apt-get install pandoc')"
            case .failed(_, let message):
                return message.isEmpty ? "pandoc could not read it" : "pandoc could not read it: \(message)"
            case .tooSlow(let seconds): return "reading it took longer than \(Int(seconds)) seconds, so it was stopped"
            case .tooLarge: return "reading it needed more memory than a policy can, so it was stopped"
            }
        }
    }

    /// Reads the document at `path` (in pandoc's `format`) into pandoc's tree; tracked changes are kept
    /// as marked insertions and deletions, and comments as marked spans, for the import to count.
    func tree(of path: String, format: String) throws(Failure) -> PandocDocument {
        try tree(reading: [path], input: nil, format: format)
    }

    /// Reads `text` (in pandoc's `format`) into pandoc's tree, as `tree(of:format:)` reads a file.
    func tree(ofText text: String, format: String) throws(Failure) -> PandocDocument {
        try tree(reading: [], input: Data(text.utf8), format: format)
    }

    private func tree(reading paths: [String], input: Data?, format: String) throws(Failure) -> PandocDocument {
        // Standalone, so that a reStructuredText title is read as the title, not as a heading.
        let output = try run(
            ["--from", format, "--standalone", "--track-changes=all", "--to", "json"] + paths, input: input)
        do {
            return PandocDocument(try PandocJSON(parsing: output))
        } catch {
            throw Failure.failed(status: 0, message: "its output was not pandoc's JSON")
        }
    }

    /// Writes a tree in pandoc's format `format` (`gfm`, `plain`): wrapping off, so each paragraph is a line.
    func write(_ document: PandocDocument, as format: String, options: [String] = []) throws(Failure) -> String {
        let output = try run(["--from", "json", "--to", format, "--wrap=none"] + options, input: document.json.data)
        return String(decoding: output, as: UTF8.self)
    }

    /// Converts the document at `path` straight to `format`, as pandoc alone would.
    func convert(_ path: String, from input: String, to format: String) throws(Failure) -> String {
        String(decoding: try run(["--from", input, "--to", format, "--wrap=none", path], input: nil), as: UTF8.self)
    }

    // Runs pandoc with the limits.
    private func run(_ arguments: [String], input: Data?) throws(Failure) -> Data {
        let process = BoundedProcess(executable: executable, timeLimit: timeLimit)
        switch process.run(["+RTS", "-M\(memoryLimit)", "-RTS", "--sandbox"] + arguments, input: input) {
        case .notStarted: throw Failure.missing
        case .stopped: throw Failure.tooSlow(seconds: timeLimit)
        case .exited(0, let output, _): return output
        case .exited(127, _, _): throw Failure.missing
        case .exited(let status, _, let message):
            if message.contains("Heap exhausted") || (status == 251 && message.contains("heap")) {
                throw Failure.tooLarge
            }
            throw Failure.failed(status: status, message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
