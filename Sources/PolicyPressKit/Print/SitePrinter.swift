import Foundation

/// Prints pages of a site held in memory to PDF, with up to `browsers` headless browsers at once (one per
/// core by default), each started the first time it is needed and kept for the rest of the build.
///
/// The browser reads files, so a site's files are first written to a scratch folder of their own, removed
/// again afterwards; each page is printed from there with its stylesheet beside it. Safe to use from
/// several threads: a caller waits for a free browser.
public final class SitePrinter: @unchecked Sendable {
    /// One page to print.
    public struct Job: Sendable {
        /// The page's path in the site (`POLICY.html`).
        public var page: String
        /// Its paper, margins and running header.
        public var setup: ChromiumPrinter.PageSetup
        /// The date the PDF carries.
        public var date: Day
        /// The document's author, in its metadata.
        public var author: String

        public init(page: String, setup: ChromiumPrinter.PageSetup, date: Day, author: String) {
            self.page = page
            self.setup = setup
            self.date = date
            self.author = author
        }
    }

    private let browsers: WorkerPool<ChromiumPrinter, ChromiumPrinter.Failure>

    /// How many pages this printer has printed (or tried to).
    public var printed: Int { browsers.used }

    /// A printer that starts at most `browsers` browsers (`executable`, found on the PATH).
    public init(browsers: Int = ProcessInfo.processInfo.activeProcessorCount, executable: String = "chromium") {
        self.browsers = WorkerPool(
            limit: browsers,
            start: { () throws(ChromiumPrinter.Failure) in try ChromiumPrinter(executable: executable) },
            stop: { $0.finish() })
    }

    deinit { finish() }

    /// The PDF of each job's page of `site`, in the jobs' order; `progress` hears of each as it is done.
    public func pdfs(of site: Site, jobs: [Job], progress: @Sendable (Int, Int) -> Void = { _, _ in })
        throws(ChromiumPrinter.Failure) -> [Data]
    {
        guard !jobs.isEmpty else { return [] }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "policypress-print-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            for (path, data) in site.files {
                let file = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: file)
            }
        } catch {
            throw ChromiumPrinter.Failure(
                description: "the pages could not be made ready for print: \(error.localizedDescription)")
        }
        return try browsers.perform(
            jobs.count, stopped: ChromiumPrinter.Failure(description: "printing stopped at the first failure"),
            progress: progress
        ) {
            printer, index throws(ChromiumPrinter.Failure) in
            let job = jobs[index]
            let pdf = try printer.pdf(
                ofPage: folder.appendingPathComponent(job.page).path, setup: job.setup, date: job.date)
            do {
                return try PDFFileUpdate.adding(author: job.author, to: pdf)
            } catch {
                throw ChromiumPrinter.Failure(description: "the PDF of \(job.page) could not be completed: \(error)")
            }
        }
    }

    /// Closes every browser.
    public func finish() { browsers.finish() }
}
