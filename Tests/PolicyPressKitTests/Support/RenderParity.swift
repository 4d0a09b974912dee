import Foundation

/// `policypress render FILE --to html` beside the `cmark-gfm` command on the same file.
///
/// They agree when render prints the same bytes, exits 0, and writes to standard error one warning for each
/// piece of raw HTML that it leaves out, and nothing else.
struct RenderParity {
    /// The Markdown file, relative to the folder both ran in.
    var file: String
    /// What `policypress render` did.
    var ours: CommandResult
    /// What `cmark-gfm` did.
    var theirs: CommandResult

    /// Runs both commands on `file` in `folder`.
    init(_ file: String, in folder: URL) throws {
        self.file = file
        ours = try CommandRunner.policypress(["render", file, "--to", "html"], in: folder)
        theirs = try CommandRunner.cmarkGFM(file, in: folder)
    }

    /// How many pieces of raw HTML cmark-gfm left out. Its safe mode writes this comment in place of each;
    /// text that only looks like the comment comes out escaped, so it cannot be counted by mistake.
    var omittedHTML: Int {
        theirs.stdout.components(separatedBy: "<!-- raw HTML omitted -->").count - 1
    }

    /// What is wrong, one paragraph each; empty when the two agree.
    var problems: [String] {
        var problems: [String] = []
        if theirs.status != 0 { problems.append("cmark-gfm exited with \(theirs.status): \(theirs.stderr)") }
        if ours.status != 0 { problems.append("render exited with \(ours.status): \(ours.stderr)") }
        if ours.stdout != theirs.stdout {
            problems.append("render printed:\n\(ours.stdout)\ncmark-gfm printed:\n\(theirs.stdout)")
        }
        let lines = ours.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let warnings = lines.filter {
            $0.hasPrefix("\(file):") && $0.contains(": warning: raw HTML '") && $0.hasSuffix("' left out")
        }
        if lines.count != omittedHTML || warnings.count != lines.count
            || !(ours.stderr.isEmpty || ours.stderr.hasSuffix("\n"))
        {
            let warned = ours.stderr.isEmpty ? " nothing" : "\n\(ours.stderr)"
            problems.append(
                "cmark-gfm left out raw HTML \(omittedHTML) times, and render's standard error said:\(warned)")
        }
        return problems
    }

    /// Runs both commands on every file in `folder`, several files at once, in the order of `files`.
    ///
    /// Each worker mostly waits: Foundation's `waitUntilExit` here takes some 45 ms to notice that even a
    /// 1 ms child has ended, so many more workers than cores keep the cores busy.
    static func compare(_ files: [String], in folder: URL, workers: Int = 16) -> [Result<RenderParity, any Error>] {
        let results = ResultList(count: files.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: files.count, by: workers) {
                results.set(index, Result { try RenderParity(files[index], in: folder) })
            }
        }
        return results.all
    }
}

/// Results filled in from several threads.
private final class ResultList: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<RenderParity, any Error>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<RenderParity, any Error>) {
        lock.withLock { results[index] = result }
    }

    var all: [Result<RenderParity, any Error>] { lock.withLock { results.compactMap { $0 } } }
}
