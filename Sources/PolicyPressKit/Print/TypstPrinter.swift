import Foundation

/// Compiles Typst documents to tagged PDF, with up to one Typst process per core, each a Python running the
/// `typst` package (PyPI) that compiles document after document without starting again. docs/PDF-ENGINES.md
/// says why this engine, with the figures. The only code that runs Typst.
///
/// Each PDF claims PDF/UA-1 when Typst can make it so; a document Typst will not vouch for (a heading level
/// skipped, say) is compiled again without the claim, still tagged. The dates are the document's own
/// (`set document(date:)`), so the same document gives the same bytes.
public final class TypstPrinter: @unchecked Sendable {
    /// Why a document could not be compiled.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The folder whose fonts are embedded: Debian's `fonts-dejavu-core`.
    public static let fontFolder = "/usr/share/fonts/truetype/dejavu"

    private let workers: WorkerPool<Worker, Failure>

    /// How many documents this printer has compiled (or tried to).
    public var printed: Int { workers.used }

    /// A printer that starts at most `processes` Typst processes, each run by `python` (by default the one
    /// `bash scripts/setup.sh --pdf` installs: ``installedPython``).
    public init(processes: Int = ProcessInfo.processInfo.activeProcessorCount, python: String? = nil) {
        let python = python ?? Self.installedPython
        workers = WorkerPool(
            limit: processes, start: { () throws(Failure) in try Worker(python: python) }, stop: { $0.finish() })
    }

    deinit { finish() }

    /// The Python with the `typst` package: `POLICYPRESS_TYPST_PYTHON` if set, otherwise the virtual
    /// environment `setup.sh --pdf` makes in `$XDG_DATA_HOME/policypress/typst` (`~/.local/share/…`).
    public static var installedPython: String {
        let environment = ProcessInfo.processInfo.environment
        if let python = environment["POLICYPRESS_TYPST_PYTHON"], !python.isEmpty { return python }
        let data =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? "~") + "/.local/share")
        return data + "/policypress/typst/bin/python3"
    }

    /// The PDF of each document, in order; `progress` hears of each as it is done.
    public func pdfs(of documents: [String], progress: @Sendable (Int, Int) -> Void = { _, _ in }) throws(Failure)
        -> [Data]
    {
        try workers.perform(
            documents.count, stopped: Failure(description: "printing stopped at the first failure"), progress: progress
        ) {
            worker, index throws(Failure) in try worker.compile(documents[index])
        }
    }

    /// Ends every Typst process.
    public func finish() { workers.finish() }
}

/// One Python process compiling Typst: it reads a document's length and bytes on its file descriptor 3 and
/// answers on 4 with `ok LENGTH` and the PDF, or `error LENGTH` and the message.
private final class Worker {
    private let process: PipedProcess
    private let python: String
    private var received: [UInt8] = []

    // Compiles with the PDF/UA-1 claim first; Typst refuses it for a document it cannot vouch for.
    private static let script = #"""
        import os, sys, warnings
        out = os.fdopen(4, "wb")
        try:
            import typst
            compiler = typst.Compiler(font_paths=[sys.argv[1]], ignore_system_fonts=True)
        except Exception as error:
            out.write(b"missing " + str(error).encode("utf-8", "replace").replace(b"\n", b" ") + b"\n")
            out.flush()
            sys.exit(1)
        warnings.simplefilter("ignore")
        out.write(b"ready\n")
        out.flush()
        source = os.fdopen(3, "rb")
        while True:
            line = source.readline()
            if not line:
                break
            document = source.read(int(line))
            try:
                try:
                    pdf = compiler.compile(input=document, format="pdf", pdf_standards=["ua-1"], timestamp=0)
                except typst.TypstError:
                    pdf = compiler.compile(input=document, format="pdf", timestamp=0)
                out.write(b"ok %d\n" % len(pdf) + pdf)
            except Exception as error:
                message = "\n".join([str(error)] + list(getattr(error, "hints", []) or [])).encode("utf-8", "replace")
                out.write(b"error %d\n" % len(message) + message)
            out.flush()
        """#

    init(python: String) throws(TypstPrinter.Failure) {
        self.python = python
        let install = "install it with 'bash scripts/setup.sh --pdf'"
        guard FileManager.default.isExecutableFile(atPath: python) || !python.contains("/") else {
            throw TypstPrinter.Failure(description: "Typst is not installed (\(python) is missing): \(install)")
        }
        do {
            process = try PipedProcess([python, "-c", Self.script, TypstPrinter.fontFolder])
        } catch {
            throw TypstPrinter.Failure(description: "Typst could not be started: \(error.description): \(install)")
        }
        let greeting = try line(before: Date().addingTimeInterval(60))
        guard greeting == "ready" else {
            process.finish(within: 1)
            let why = greeting.hasPrefix("missing ") ? String(greeting.dropFirst(8)) : "\(python) stopped"
            throw TypstPrinter.Failure(description: "Typst could not be started (\(why)): \(install)")
        }
    }

    func compile(_ document: String) throws(TypstPrinter.Failure) -> Data {
        let encoded = Data(document.utf8)
        guard process.write(Data("\(encoded.count)\n".utf8) + encoded) else {
            throw TypstPrinter.Failure(description: "Typst has stopped")
        }
        let deadline = Date().addingTimeInterval(120)
        let answer = try line(before: deadline).split(separator: " ")
        guard answer.count == 2, let length = Int(answer[1]) else {
            throw TypstPrinter.Failure(description: "Typst gave no answer")
        }
        let body = try bytes(length, before: deadline)
        if answer[0] == "ok" { return Data(body) }
        throw TypstPrinter.Failure(
            description: "Typst could not set the document: " + String(decoding: body, as: UTF8.self))
    }

    func finish() { process.finish(within: 1) }

    private func line(before deadline: Date) throws(TypstPrinter.Failure) -> String {
        while true {
            if let end = received.firstIndex(of: 10) {
                let line = String(decoding: received[..<end], as: UTF8.self)
                received.removeSubrange(...end)
                return line
            }
            try readMore(before: deadline)
        }
    }

    private func bytes(_ count: Int, before deadline: Date) throws(TypstPrinter.Failure) -> [UInt8] {
        while received.count < count { try readMore(before: deadline) }
        let bytes = Array(received[..<count])
        received.removeSubrange(..<count)
        return bytes
    }

    private func readMore(before deadline: Date) throws(TypstPrinter.Failure) {
        let reading: PipedProcess.Reading
        do {
            reading = try process.read(before: deadline)
        } catch {
            throw TypstPrinter.Failure(description: "Typst could not be read: \(error.description)")
        }
        switch reading {
        case .bytes(let bytes): received += bytes
        case .ended: throw TypstPrinter.Failure(description: "Typst has stopped")
        case .timedOut: throw TypstPrinter.Failure(description: "Typst did not answer in time")
        }
    }
}
