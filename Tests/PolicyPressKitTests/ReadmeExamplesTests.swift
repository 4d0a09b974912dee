import Foundation
import Testing

/// The README's walk, "A clerk's year", run exactly as written, so that every example it gives works against
/// the shipped content.
///
/// The walk is the part of README.md between the line `<!-- walk…` and the line `<!-- end of the walk…`. Each
/// of its `sh` blocks is a step: its commands (a line ending in `\` goes on on the next; whole-line comments
/// are skipped) run in order with bash, in a copy of the library, with the built `policypress` first on the
/// PATH. Each must exit 0, or as a trailing comment `# exits N` says. A `text` block after a `sh` block shows
/// what its commands print (standard output, then standard error, command after command), from the first line
/// printed, line after line. A line `…` stands for lines left out; `…` at the end of a line for the rest of it,
/// and at its start for what comes before. Output after the last line shown is not checked.
@Suite struct ReadmeExamplesTests {
    static let readme = TestPaths.packageRoot.appendingPathComponent("README.md")

    /// One command of the walk.
    struct Command {
        var text: String
        /// The README line it starts on.
        var line: Int
        var status: Int32
    }

    /// One line of a `text` block.
    struct Shown {
        var text: String
        var line: Int
    }

    /// A `sh` block of the walk and the `text` block shown after it.
    struct Step {
        var commands: [Command] = []
        var shown: [Shown] = []
    }

    static func readmeLines() throws -> [String] {
        try String(contentsOf: readme, encoding: .utf8).components(separatedBy: "\n")
    }

    /// The walk's steps, read from the README's lines.
    static func walk(_ lines: [String]) throws -> [Step] {
        let start = try #require(
            lines.firstIndex { $0.hasPrefix("<!-- walk") }, "README.md has no '<!-- walk' line to start the walk")
        let end = try #require(
            lines[start...].firstIndex { $0.hasPrefix("<!-- end of the walk") },
            "README.md has no '<!-- end of the walk' line after its '<!-- walk' line")
        var steps: [Step] = []
        var index = start + 1
        var lastBlockWasShell = false
        while index < end {
            let fence = lines[index].trimmingCharacters(in: .whitespaces)
            guard fence.hasPrefix("```") else {
                index += 1
                continue
            }
            let language = String(fence.dropFirst(3))
            let first = index + 1
            var close = first
            while close < end, lines[close].trimmingCharacters(in: .whitespaces) != "```" { close += 1 }
            try #require(close < end, "README.md:\(index + 1): a code block of the walk is not closed")
            let body = Array(lines[first..<close])
            if language == "sh" {
                steps.append(Step(commands: try commands(body, firstLine: first + 1)))
                lastBlockWasShell = true
            } else if language == "text" {
                try #require(
                    lastBlockWasShell, "README.md:\(index + 1): a text block of the walk follows no sh block")
                steps[steps.count - 1].shown = body.enumerated().map { Shown(text: $1, line: first + 1 + $0) }
                lastBlockWasShell = false
            } else {
                lastBlockWasShell = false
            }
            index = close + 1
        }
        return steps
    }

    /// The commands of a `sh` block, continuation lines joined, with the exit status each should give.
    static func commands(_ body: [String], firstLine: Int) throws -> [Command] {
        var commands: [Command] = []
        var pending: (text: String, line: Int)?
        for (offset, line) in body.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if pending == nil, trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            var text = (pending?.text ?? "") + (pending == nil ? "" : " ") + trimmed
            let startLine = pending?.line ?? firstLine + offset
            if text.hasSuffix("\\") {
                text.removeLast()
                pending = (text.trimmingCharacters(in: .whitespaces), startLine)
                continue
            }
            pending = nil
            commands.append(Command(text: text, line: startLine, status: expectedStatus(text)))
        }
        try #require(pending == nil, "README.md:\(pending?.line ?? 0): a command ends in '\\' with no next line")
        return commands
    }

    /// The exit status a trailing comment `# exits N` gives, else 0.
    static func expectedStatus(_ command: String) -> Int32 {
        guard let match = command.range(of: #"\s#\s*exits\s+[0-9]+"#, options: .regularExpression) else { return 0 }
        return Int32(command[match].filter(\.isNumber)) ?? 0
    }

    /// The first line shown that is not printed as shown, or nil when all are.
    static func firstUnmatched(_ shown: [Shown], in output: String) -> Shown? {
        let printed = output.components(separatedBy: "\n").map(trimmingTrailingSpace)
        var cursor = 0
        var afterGap = false
        for line in shown {
            let wanted = trimmingTrailingSpace(line.text)
            if wanted == "…" {
                afterGap = true
                continue
            }
            let candidates = afterGap ? Array(cursor..<printed.count) : (cursor < printed.count ? [cursor] : [])
            guard let found = candidates.first(where: { matches(printed[$0], wanted) }) else { return line }
            cursor = found + 1
            afterGap = false
        }
        return nil
    }

    /// Whether a printed line is the line shown: the same, or with `…` for its start or its end.
    static func matches(_ printed: String, _ wanted: String) -> Bool {
        let open = wanted.hasPrefix("…"), close = wanted.hasSuffix("…") && wanted.count > 1
        var core = wanted
        if open { core.removeFirst() }
        if close { core.removeLast() }
        core = trimmingTrailingSpace(core)
        switch (open, close) {
        case (true, true): return printed.contains(core)
        case (true, false): return printed.hasSuffix(core)
        case (false, true): return printed.hasPrefix(core)
        case (false, false): return printed == core
        }
    }

    static func trimmingTrailingSpace(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
        return String(text)
    }

    /// The words of a command as the shell would split them (quotes removed), to find the files it names.
    static func words(_ command: String) -> [String] {
        var words: [String] = [], word = "", quote: Character?
        for character in command {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == " " {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// A copy of the library (Content, with the shipped registers, and Templates) and of every other file of the
    /// repository the walk's commands name, such as the Word documents it imports.
    static func workspace(for steps: [Step]) throws -> Workspace {
        let work = try Workspace(keepingRegisters: true)
        let manager = FileManager.default
        for command in steps.flatMap(\.commands) {
            for word in words(command.text) where word.contains("/") && !word.hasPrefix("/") && !word.hasPrefix("-") {
                let source = TestPaths.packageRoot.appendingPathComponent(word)
                guard !word.hasPrefix("Content/"), !word.hasPrefix("Templates/"),
                    manager.fileExists(atPath: source.path), !manager.fileExists(atPath: work.url(word).path)
                else { continue }
                try manager.createDirectory(
                    at: work.url(word).deletingLastPathComponent(), withIntermediateDirectories: true)
                try manager.copyItem(at: source, to: work.url(word))
            }
        }
        return work
    }

    @Test func theWalkRunsAsTheReadmeShowsIt() throws {
        let steps = try Self.walk(try Self.readmeLines())
        let commands = steps.flatMap(\.commands)
        // The clerk's year, every part of it: a walk that lost a part would pass without proving it.
        for verb in ["init", "import", "amend", "check", "approve", "build", "status", "diff"] {
            let runs = commands.contains { $0.text.hasPrefix("policypress \(verb) ") }
            #expect(runs, "the walk never runs policypress \(verb)")
        }
        #expect(commands.contains { $0.text.hasPrefix("policypress import ") && $0.text.contains("--update") })
        #expect(commands.contains { $0.text.hasPrefix("policypress amend ") && $0.text.contains("--update") })
        #expect(steps.contains { !$0.shown.isEmpty }, "the walk shows no output")

        let bash = try #require(CommandRunner.which("bash"), "bash is needed to run the README's commands")
        _ = try #require(CommandRunner.which("pandoc"), "pandoc is needed to import: bash scripts/setup.sh --import")
        let work = try Self.workspace(for: steps)
        defer { work.remove() }
        let systemPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let path = TestPaths.binary.deletingLastPathComponent().path + ":" + systemPath

        for step in steps {
            var output = ""
            for command in step.commands {
                let result = try CommandRunner.run(
                    bash, ["-c", command.text], in: work.root, environment: ["PATH": path])
                output += result.stdout + result.stderr
                guard result.status == command.status else {
                    Issue.record(
                        """
                        README.md:\(command.line): `\(command.text)` exited with status \(result.status), \
                        but the README expects \(command.status).
                        \(result.stdout)\(result.stderr)
                        """)
                    return
                }
            }
            if let missing = Self.firstUnmatched(step.shown, in: output) {
                Issue.record(
                    """
                    README.md:\(missing.line): the README shows '\(missing.text)', which its commands do not print \
                    there. They printed:
                    \(output)
                    """)
            }
        }
    }

    /// The walk is found where the README says, after the set-up commands, which it must never run.
    @Test func theWalkLeavesTheSetUpCommandsAlone() throws {
        let lines = try Self.readmeLines()
        // Counted as `wc -l` counts them: the empty string after the last newline is no line.
        let count = lines.last == "" ? lines.count - 1 : lines.count
        #expect(count < 250, "README.md has \(count) lines; a newcomer's README keeps under 250")
        let setUp = try #require(lines.firstIndex { $0.hasPrefix("bash scripts/site.sh") })
        #expect(lines[setUp + 1].hasPrefix("bash scripts/test.sh"))
        let start = try #require(lines.firstIndex { $0.hasPrefix("<!-- walk") })
        #expect(setUp < start)
        let commands = try Self.walk(lines).flatMap(\.commands)
        #expect(!commands.contains { $0.text.contains("scripts/") }, "the walk runs a set-up script")
    }

    @Test func shownOutputMatchesInOrderWithGapsAndEllipses() {
        func shown(_ lines: String...) -> [Shown] { lines.enumerated().map { Shown(text: $1, line: $0) } }
        let output = "one\ntwo  \nthree four\nfive\n"
        #expect(Self.firstUnmatched(shown("one", "two", "three four"), in: output) == nil)
        #expect(Self.firstUnmatched(shown("…", "three …", "…ve"), in: output) == nil)
        #expect(Self.firstUnmatched(shown("one", "…", "…ree fo…"), in: output) == nil)
        #expect(Self.firstUnmatched(shown("one", "three four"), in: output)?.text == "three four")
        #expect(Self.firstUnmatched(shown("two"), in: output)?.text == "two")
        #expect(Self.firstUnmatched(shown("…", "five", "…", "one"), in: output)?.text == "one")
        #expect(Self.expectedStatus("policypress diff x   # exits 1: it changed") == 1)
        #expect(Self.expectedStatus("policypress check # the school") == 0)
    }

    @Test func commandsJoinContinuationLinesAndSkipComments() throws {
        let commands = try Self.commands(
            ["# a comment", "policypress approve x \\", "    --by \"Full Governing Body\"", "", "ls  # exits 2"],
            firstLine: 10)
        #expect(commands.map(\.text) == ["policypress approve x --by \"Full Governing Body\"", "ls  # exits 2"])
        #expect(commands.map(\.line) == [11, 14])
        #expect(commands.map(\.status) == [0, 2])
        #expect(Self.words(commands[0].text) == ["policypress", "approve", "x", "--by", "Full Governing Body"])
    }

    /// Every relative link in the README and the docs leads to a file that is there, and an anchor to a heading.
    @Test func everyLinkInTheReadmeAndTheDocsLeadsSomewhere() throws {
        let root = TestPaths.packageRoot
        let docs = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)
            .filter { $0.hasSuffix(".md") }.map { "docs/\($0)" }
        let link = try NSRegularExpression(pattern: #"\]\(([^)\s]+)\)"#)
        for page in ["README.md"] + docs {
            let file = root.appendingPathComponent(page)
            let text = Self.prose(try String(contentsOf: file, encoding: .utf8))
            for match in link.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let target = String(text[Range(match.range(at: 1), in: text)!])
                guard !target.contains("://"), !target.hasPrefix("mailto:") else { continue }
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let linked =
                    parts[0].isEmpty ? file : file.deletingLastPathComponent().appendingPathComponent(String(parts[0]))
                #expect(FileManager.default.fileExists(atPath: linked.path), "\(page): \(target) leads nowhere")
                guard parts.count == 2, linked.pathExtension == "md",
                    let linkedText = try? String(contentsOf: linked, encoding: .utf8)
                else { continue }
                let headings = Self.prose(linkedText, droppingCodeSpans: false).components(separatedBy: "\n")
                let anchors = headings.filter { $0.hasPrefix("#") }.map(Self.anchor)
                #expect(anchors.contains(String(parts[1])), "\(page): \(target) names no heading there")
            }
        }
    }

    /// A Markdown page without its code blocks (and code spans), where a link or a heading is only an example.
    static func prose(_ markdown: String, droppingCodeSpans: Bool = true) -> String {
        var inCode = false
        let lines = markdown.components(separatedBy: "\n").filter { line in
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                inCode.toggle()
                return false
            }
            return !inCode
        }
        let text = lines.joined(separator: "\n")
        guard droppingCodeSpans else { return text }
        return text.replacingOccurrences(of: "`[^`\n]*`", with: "", options: .regularExpression)
    }

    /// The id GitHub gives a Markdown heading.
    static func anchor(_ heading: String) -> String {
        let title = heading.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces).lowercased()
        return String(
            title.compactMap { character -> Character? in
                if character == " " { return "-" }
                let kept = character.isLetter || character.isNumber || character == "-" || character == "_"
                return kept ? character : nil
            })
    }
}
