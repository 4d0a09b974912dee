import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Prints web pages to tagged PDF with one headless Chromium, started once and driven over the DevTools
/// protocol on a pipe (`--remote-debugging-pipe`: JSON messages, each ended by a NUL byte, read by the
/// browser on its file descriptor 3 and written on 4). No network port, WebDriver or script is involved.
/// docs/PDF-ENGINES.md says why this engine, with the figures.
///
/// The only code that runs Chromium to print. Two things in a page's PDF differ from one printing to the
/// next: the clock's date (twice), and the numbers of the browser's page nodes that name the header cells
/// of tables in the tags (`(node00000094)`), which count on across every page the browser has opened. Both
/// are settled (`settled`), digit for digit, so that the same page printed again gives the same bytes.
public final class ChromiumPrinter {
    /// Why a page could not be printed.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// The page's paper and what is printed in its margins.
    public struct PageSetup: Sendable {
        /// A4, in inches, as the protocol measures.
        public var width = 8.27, height = 11.69
        public var marginTop = 0.8, marginBottom = 0.8, marginSide = 0.7
        /// HTML for the running header and footer (Chromium fills `<span class="pageNumber">`,
        /// `totalPages` and `title`); none when both are nil.
        public var header: String?
        public var footer: String?
        /// JavaScript run in the page once it has loaded, before it is printed (``PrintedLinks``).
        public var script: String?
        /// Whether the PDF is tagged for screen readers, and has bookmarks from the headings (the benchmark
        /// turns them off to measure what they cost; the site's PDFs always have both).
        public var tagged = true, outline = true

        public init(header: String? = nil, footer: String? = nil, script: String? = nil) {
            self.header = header
            self.footer = footer
            self.script = script
        }
    }

    private let browser: PipedProcess
    private let profile: URL
    private let timeout: TimeInterval
    private var received = Data()
    private var nextID = 0
    private var session = ""
    private var closed = false

    /// Starts the browser (`executable` found on the PATH) and opens one tab; each step waits at most
    /// `timeout` seconds.
    public init(executable: String = "chromium", timeout: TimeInterval = 60) throws(Failure) {
        self.timeout = timeout
        profile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "policypress-chromium-\(UUID().uuidString)")
        var arguments = [
            executable, "--headless", "--disable-gpu", "--remote-debugging-pipe", "--no-first-run",
            "--no-default-browser-check",
            "--user-data-dir=\(profile.path)", "about:blank",
        ]
        // Chromium refuses to run as root with its sandbox; the pages it prints are the site's own.
        if geteuid() == 0 { arguments.insert("--no-sandbox", at: 1) }
        do {
            browser = try PipedProcess(arguments)
        } catch {
            throw Failure(description: "\(error.description): install it with 'bash scripts/setup.sh --pdf'")
        }
        do {
            let target = try call("Target.createTarget", ["url": "about:blank"])
            let attached = try call(
                "Target.attachToTarget", ["targetId": target["targetId"] as? String ?? "", "flatten": true])
            session = attached["sessionId"] as? String ?? ""
            _ = try call("Page.enable", [:], inSession: true)
        } catch {
            finish()
            throw error
        }
    }

    deinit { finish() }

    /// The PDF of the page in the file at `path` (absolute), with its two dates set to `date`.
    public func pdf(ofPage path: String, setup: PageSetup, date: Day) throws(Failure) -> Data {
        let navigated = try call("Page.navigate", ["url": URL(fileURLWithPath: path).absoluteString], inSession: true)
        if let error = navigated["errorText"] as? String {
            throw Failure(description: "the page \(path) could not be opened: \(error)")
        }
        _ = try receive { $0["method"] as? String == "Page.loadEventFired" }
        if let script = setup.script {
            let evaluated = try call(
                "Runtime.evaluate", ["expression": script, "returnByValue": true], inSession: true)
            if let exception = evaluated["exceptionDetails"] as? [String: Any] {
                throw Failure(
                    description:
                        "the page \(path) could not be prepared for print: \(exception["text"] as? String ?? "\(exception)")"
                )
            }
        }
        var parameters: [String: Any] = [
            "paperWidth": setup.width, "paperHeight": setup.height, "marginTop": setup.marginTop,
            "marginBottom": setup.marginBottom,
            "marginLeft": setup.marginSide, "marginRight": setup.marginSide, "printBackground": true,
            "preferCSSPageSize": true,
            "generateTaggedPDF": setup.tagged, "generateDocumentOutline": setup.outline,
        ]
        if setup.header != nil || setup.footer != nil {
            parameters["displayHeaderFooter"] = true
            parameters["headerTemplate"] = setup.header ?? "<span></span>"
            parameters["footerTemplate"] = setup.footer ?? "<span></span>"
        }
        let printed = try call("Page.printToPDF", parameters, inSession: true)
        guard let encoded = printed["data"] as? String, let pdf = Data(base64Encoded: encoded) else {
            throw Failure(description: "the browser gave no PDF for \(path)")
        }
        return Self.settled(pdf, date: date)
    }

    /// Closes the browser; called by `deinit` too.
    public func finish() {
        guard !closed else { return }
        closed = true
        _ = try? send("Browser.close", [:], inSession: false)
        // It closes within a second; if not, it is stopped.
        browser.finish(within: 1)
        try? FileManager.default.removeItem(at: profile)
    }

    /// `pdf` with its creation and modification dates (`/CreationDate (D:YYYYMMDDHHmmSS`) set to `date`,
    /// and its node names (`(node` and 8 digits`)`) numbered from 1 in the order they first stand, digit
    /// for digit, so that no other byte moves.
    static func settled(_ pdf: Data, date: Day) -> Data {
        var bytes = [UInt8](pdf)
        let day = Array(String(format: "%04d%02d%02d000000", date.year, date.month, date.day).utf8)
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            replacingDigits(after: Array(key.utf8), count: day.count, in: &bytes) { _ in day }
        }
        var numbers: [ArraySlice<UInt8>: [UInt8]] = [:]
        replacingDigits(after: Array("(node".utf8), count: 8, in: &bytes) { old in
            if let new = numbers[old] { return new }
            let new = Array(String(format: "%08d", numbers.count + 1).utf8)
            numbers[old] = new
            return new
        }
        return Data(bytes)
    }

    // Each run of `count` digits that follows `key` in `bytes`, replaced by what `replacement` gives for it.
    private static func replacingDigits(
        after key: [UInt8], count: Int, in bytes: inout [UInt8], with replacement: (ArraySlice<UInt8>) -> [UInt8]
    ) {
        var index = 0
        while let found = PDFFileUpdate.find(key, in: bytes, from: index) {
            let start = found + key.count
            index = start
            guard start + count <= bytes.count, bytes[start..<start + count].allSatisfy({ (48...57).contains($0) })
            else { continue }
            bytes.replaceSubrange(start..<start + count, with: replacement(bytes[start..<start + count]))
        }
    }

    // Sends a command and waits for its answer; an error from the browser is a failure.
    private func call(_ method: String, _ parameters: [String: Any], inSession: Bool = false) throws(Failure)
        -> [String: Any]
    {
        let id = try send(method, parameters, inSession: inSession)
        let answer = try receive { $0["id"] as? Int == id }
        if let error = answer["error"] as? [String: Any] {
            throw Failure(description: "the browser refused \(method): \(error["message"] as? String ?? "\(error)")")
        }
        return answer["result"] as? [String: Any] ?? [:]
    }

    private func send(_ method: String, _ parameters: [String: Any], inSession: Bool) throws(Failure) -> Int {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": parameters]
        if inSession { message["sessionId"] = session }
        guard var data = try? JSONSerialization.data(withJSONObject: message) else {
            throw Failure(description: "\(method) could not be written")
        }
        data.append(0)
        let written = browser.write(data)
        guard written else { throw Failure(description: "the browser has stopped") }
        return nextID
    }

    // Reads messages until one matches, each step waiting at most `timeout`.
    private func receive(until matches: ([String: Any]) -> Bool) throws(Failure) -> [String: Any] {
        let deadline = Date().addingTimeInterval(timeout)
        // Bytes before `scanned` hold no NUL: a long message (a PDF, in base64) is searched once, not again
        // with every piece read.
        var scanned = 0
        while true {
            while let end = received[(received.startIndex + scanned)...].firstIndex(of: 0) {
                let message = received[received.startIndex..<end]
                received = Data(received[(end + 1)...])
                scanned = 0
                if let object = (try? JSONSerialization.jsonObject(with: message)) as? [String: Any], matches(object) {
                    return object
                }
            }
            scanned = received.count
            let reading: PipedProcess.Reading
            do {
                reading = try browser.read(before: deadline)
            } catch {
                throw Failure(description: "the browser could not be read: \(error.description)")
            }
            switch reading {
            case .bytes(let bytes): received.append(contentsOf: bytes)
            case .ended: throw Failure(description: "the browser has stopped")
            case .timedOut: throw Failure(description: "the browser did not answer within \(Int(timeout)) seconds")
            }
        }
    }
}
