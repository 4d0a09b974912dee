import Foundation

/// Runs OpenDataLoader PDF (Apache-2.0, on Apache PDFBox), the only code that runs the PDF reader: a Java
/// command-line jar that PyPI's `opendataloader-pdf` bundles, which `bash scripts/setup.sh --import`
/// installs. One run gives the document as Markdown, page by page, and as JSON, from which the running
/// headers and footers it found and each heading's font size are read. Each run is bounded like pandoc's:
/// a heap limit, and a time limit after which it is stopped.
public struct PDFReader: Sendable {
    /// The jar, or nil when it is not installed (``installedJar``).
    public var jar: String?
    /// The Java command, found on the PATH unless a path is given.
    public var java: String
    /// Seconds a run may take.
    public var timeLimit: Double
    /// The most memory the reader's heap may take, in Java's notation (`768m`).
    public var memoryLimit: String

    /// The reader as installed, with limits fit for a policy of a few hundred pages.
    public init(
        jar: String? = PDFReader.installedJar, java: String = "java", timeLimit: Double = 60,
        memoryLimit: String = "768m"
    ) {
        self.jar = jar
        self.java = java
        self.timeLimit = timeLimit
        self.memoryLimit = memoryLimit
    }

    /// The jar: `POLICYPRESS_PDF_READER_JAR` if set, otherwise the one in the virtual environment that
    /// `setup.sh --import` makes in `$XDG_DATA_HOME/policypress/opendataloader` (`~/.local/share/…`); nil
    /// when neither is there.
    public static var installedJar: String? {
        let environment = ProcessInfo.processInfo.environment
        if let jar = environment["POLICYPRESS_PDF_READER_JAR"], !jar.isEmpty { return jar }
        let data =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? "~") + "/.local/share")
        let lib = data + "/policypress/opendataloader/lib"
        // The Python's version names the folder (`python3.11`).
        for python in ((try? FileManager.default.contentsOfDirectory(atPath: lib)) ?? []).sorted() {
            let jar = "\(lib)/\(python)/site-packages/opendataloader_pdf/jar/opendataloader-pdf-cli.jar"
            if FileManager.default.fileExists(atPath: jar) { return jar }
        }
        return nil
    }

    /// What the reader made of a PDF.
    struct Reading {
        /// Each page's Markdown, in order.
        var pages: [String]
        /// The running headers and footers the reader found: page (from 0), words, and whether a footer.
        var margins: [(page: Int, text: String, footer: Bool)]
        /// Each heading's words and font size, in order.
        var headings: [(text: String, size: Double)]
        /// The pages the PDF has (of which the reader read at most the limit).
        var pageCount: Int
        /// The title the PDF's document properties give, if any.
        var title: String? = nil
        /// The pages (from 0) on which a table starts that runs on to the next page.
        var tablesRunningOn: Set<Int> = []
        /// The paragraphs and lists that run on to the next page: the page (from 0) they start on, and their words.
        var blocksRunningOn: [(page: Int, text: String)] = []
    }

    /// Why a run gave nothing.
    enum Failure: Error, Equatable {
        /// The jar is not installed.
        case missingReader
        /// Java is not installed.
        case missingJava
        /// The PDF needs a password to be opened.
        case passwordNeeded
        /// It stopped with this message.
        case failed(String)
        /// It took longer than the time limit and was stopped.
        case tooSlow(seconds: Double)
        /// It ran out of the memory it may take.
        case tooLarge
    }

    /// Between pages in the reader's Markdown: a line no text makes.
    public static let pageMark = "@@policypress-page@@"

    /// Reads the PDF at `path`, its first `pageLimit` pages at most.
    func read(_ path: String, pageLimit: Int) throws(Failure) -> Reading {
        guard let jar, FileManager.default.fileExists(atPath: jar) else { throw Failure.missingReader }
        // The quick compiler alone and the serial collector: a policy is read once, so the optimising
        // compiler never pays for itself. On a 10-page policy the reader took 3.0 s with Java's defaults and
        // 1.2 s so (160 pages: 11.7 s and 6.7 s); the parallel collector held 650 MB where this one holds 400.
        // An archive of the reader's classes (AppCDS) saved nothing more. A thread stack of 4 MB, for the
        // deep recursion of a deeply nested page.
        let jvm = [
            "-Xmx\(memoryLimit)", "-Xss4m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
        ]
        let arguments =
            jvm + [
                "-jar", jar, "--quiet", "--format", "json,markdown", "--image-output", "off", "--include-header-footer",
                "--use-struct-tree", "--keep-line-breaks",
                "--markdown-page-separator", Self.pageMark, "--pages", "1-\(pageLimit)", "--output-dir",
                BoundedProcess.folderMark + "/out", path,
            ]
        var markdown: Data?, json: Data?
        let ending = BoundedProcess(executable: java, timeLimit: timeLimit).run(arguments) { folder in
            let out = folder.appendingPathComponent("out")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? [] {
                if name.hasSuffix(".md") { markdown = try? Data(contentsOf: out.appendingPathComponent(name)) }
                if name.hasSuffix(".json") { json = try? Data(contentsOf: out.appendingPathComponent(name)) }
            }
        }
        switch ending {
        case .notStarted: throw Failure.missingJava
        case .stopped: throw Failure.tooSlow(seconds: timeLimit)
        case .exited(127, _, _): throw Failure.missingJava
        case .exited(let status, let output, let message):
            let said = (message + String(decoding: output, as: UTF8.self)).trimmingCharacters(
                in: .whitespacesAndNewlines)
            // `-XX:+ExitOnOutOfMemoryError` ends the JVM with status 3 and this message.
            if said.contains("OutOfMemoryError") { throw Failure.tooLarge }
            if said.contains("password-protected") || said.contains("InvalidPasswordException") {
                throw Failure.passwordNeeded
            }
            guard status == 0, let markdown, let json else {
                throw Failure.failed(Self.firstError(in: said) ?? "the PDF reader stopped (status \(status))")
            }
            return Self.reading(markdown: String(decoding: markdown, as: UTF8.self), json: json)
        }
    }

    // The reader's own sentence for what went wrong: the line that starts "Error: " (without the file's path).
    static func firstError(in message: String) -> String? {
        guard
            let line = message.split(separator: "\n").first(where: {
                $0.hasPrefix("Error: ") || $0.contains("Exception: ")
            })
        else { return nil }
        var text = String(line.hasPrefix("Error: ") ? line.dropFirst(7) : line)
        text = text.replacingOccurrences(of: #"^'[^']*' "#, with: "", options: .regularExpression)
        return text
    }

    /// The reading, from the reader's Markdown and JSON.
    static func reading(markdown: String, json: Data) -> Reading {
        var pages: [String] = []
        var current: [Substring] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces) == pageMark {
                if !current.isEmpty || !pages.isEmpty { pages.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        pages.append(current.joined(separator: "\n"))
        var reading = Reading(pages: pages, margins: [], headings: [], pageCount: pages.count)
        guard let root = try? JSONSerialization.jsonObject(with: json) as? [String: Any] else { return reading }
        reading.pageCount = root["number of pages"] as? Int ?? pages.count
        reading.title = (root["title"] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines)
        func visit(_ element: [String: Any]) {
            let type = element["type"] as? String ?? ""
            if type == "header" || type == "footer" {
                let text = words(of: element)
                if !text.isEmpty {
                    reading.margins.append(((element["page number"] as? Int ?? 1) - 1, text, type == "footer"))
                }
                return
            }
            // A table's box runs from its top on the first page to its foot on the last, whose `bottom`
            // then stands above its `top`.
            if let box = element["bounding box"] as? [Double], box.count == 4, box[1] > box[3] {
                let page = (element["page number"] as? Int ?? 1) - 1
                if type == "table" {
                    reading.tablesRunningOn.insert(page)
                } else if ["paragraph", "list"].contains(type) {
                    reading.blocksRunningOn.append((page, words(of: element)))
                    return
                }
            }
            if type == "heading", let text = element["content"] as? String {
                reading.headings.append((text, (element["font size"] as? Double) ?? 0))
            }
            for key in ["kids", "list items", "rows", "cells"] {
                for kid in element[key] as? [[String: Any]] ?? [] { visit(kid) }
            }
        }
        visit(root)
        return reading
    }

    // The words of an element and all it holds, one space apart.
    private static func words(of element: [String: Any]) -> String {
        var parts: [String] = []
        if let content = element["content"] as? String { parts.append(content) }
        for key in ["kids", "list items", "rows", "cells"] {
            for kid in element[key] as? [[String: Any]] ?? [] { parts.append(words(of: kid)) }
        }
        return parts.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
