import Foundation

/// What the command knows of the terminal it runs at, if any: whether it may ask questions and draw progress.
enum Terminal {
    /// Whether a person is at the keyboard: standard input and output are both a terminal.
    static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

    /// Whether standard error is a terminal, where progress may be drawn and redrawn.
    static var showsProgress: Bool { isatty(2) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb" }

    /// Asks a question and returns the answer without spaces at either end; nil at the end of input.
    static func ask(_ question: String) -> String? {
        Console.output(question + ": ")
        return readLine()?.trimmingCharacters(in: .whitespaces)
    }

    /// Asks until the answer is not empty (or input ends).
    static func askNonEmpty(_ question: String) -> String? {
        while let answer = ask(question) {
            if !answer.isEmpty { return answer }
            Console.say("An answer is needed here.")
        }
        return nil
    }
}

/// A line on standard error that counts work done, redrawn in place; drawn only at a terminal.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let label: String
    private var lastDrawn = -1
    private let enabled: Bool

    init(_ label: String, enabled: Bool = Terminal.showsProgress) {
        self.label = label
        self.enabled = enabled
    }

    /// Shows `done` of `total`.
    func update(done: Int, total: Int) {
        guard enabled else { return }
        lock.withLock {
            guard done != lastDrawn else { return }
            lastDrawn = done
            FileHandle.standardError.write(Data("\r\(label) \(done)/\(total)\u{1B}[K".utf8))
        }
    }

    /// Clears the line, so that what is printed next starts clean.
    func finish() {
        guard enabled, lock.withLock({ lastDrawn >= 0 }) else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
