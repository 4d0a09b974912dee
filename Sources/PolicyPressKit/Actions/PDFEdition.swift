import Foundation

/// `build --pdf`: each policy's PDF, printed from its page as the site publishes it (less the link to the
/// PDF itself, which the print stylesheet hides), stamped as the page is: the approval on page one, or
/// the draft marking on every page. A PDF whose page, running header and date are as they were when the
/// previous site's was printed is carried over from it instead (`previous`).
public struct PDFEdition: Sendable {
    /// Prints the pages.
    public var printer: SitePrinter
    /// The day a draft's PDF is dated.
    public var today: Day
    /// Whether to print the governors' pack too: every published policy in one PDF.
    public var pack = false
    /// The previous site's PDF at a path, if it was printed from the same input.
    public var previous: @Sendable (_ path: String, _ input: String) -> Data?
    /// Hears of each PDF printed: how many of how many.
    public var progress: @Sendable (Int, Int) -> Void

    /// Makes the PDF edition's maker.
    public init(
        printer: SitePrinter, today: Day, pack: Bool = false, previous: @escaping @Sendable (String, String) -> Data? = { _, _ in nil },
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) {
        self.printer = printer
        self.today = today
        self.pack = pack
        self.previous = previous
        self.progress = progress
    }

    /// `pages` with their PDFs, printed from `site` (those pages built without PDFs) for `school`, whose
    /// folder is `folder` as the user sees it, and the governors' pack printed from `packPage` if given. A
    /// draft's PDF is dated `today`, an approved text's the day of its approval, the pack the latest of its
    /// policies' days.
    func printed(
        _ pages: [PolicyPage], of site: Site, school: SchoolValue, folder: String, packPage: Data? = nil
    ) throws(DiagnosticList) -> (pages: [PolicyPage], pack: PrintedPDF?) {
        let name = school.profile.name, dates = pages.map { $0.isDraft ? today : $0.status.latest?.approved ?? today }
        var jobs = zip(pages, dates).map { page, date in
            SitePrinter.Job(
                page: page.edition.policyID + ".html",
                setup: RunningHeader.setup(school: name, policy: page.edition.title, isDraft: page.isDraft, linkBase: school.siteURL),
                date: date, author: name)
        }
        var site = site
        if let packPage {
            let page = String(SiteBuilder.packFile.dropLast(4)) + ".html"
            site.files[page] = packPage
            let setup = RunningHeader.packSetup(school: name, includesDrafts: pages.contains(where: \.isDraft), linkBase: school.siteURL)
            jobs.append(SitePrinter.Job(page: page, setup: setup, date: dates.max() ?? today, author: name))
        }
        let inputs = jobs.map { Self.input(of: $0, in: site) }
        var pdfs = zip(jobs, inputs).map { previous($0.page.dropLast(5) + ".pdf", $1) }
        let missing = pdfs.indices.filter { pdfs[$0] == nil }
        let fresh: [Data]
        do {
            fresh = try printer.pdfs(of: site, jobs: missing.map { jobs[$0] }, progress: progress)
        } catch {
            throw DiagnosticList([Diagnostic("the PDF edition could not be printed: \(error.description)", at: SourceLocation(file: folder))])
        }
        for (index, pdf) in zip(missing, fresh) { pdfs[index] = pdf }
        let printed = zip(pdfs, inputs).map { data, input in
            PrintedPDF(data: data ?? Data(), pages: PDFFileUpdate.pageCount(data ?? Data()), input: input)
        }
        let withPDFs = zip(pages, printed).map { page, pdf in
            var page = page
            page.pdf = pdf
            return page
        }
        return (withPDFs, packPage == nil ? nil : printed.last)
    }

    // Everything a PDF is printed from: the page, the stylesheet, the margins and the facts added.
    private static func input(of job: SitePrinter.Job, in site: Site) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add("policypress \(PolicyPressVersion.current) pdf")
        fingerprint.add(site.files[job.page] ?? Data())
        fingerprint.add(site.files["style.css"] ?? Data())
        let setup = job.setup
        for part in [setup.header, setup.footer, setup.script] { fingerprint.add(part ?? "") }
        fingerprint.add("\(setup.width) \(setup.height) \(setup.marginTop) \(setup.marginBottom) \(setup.marginSide)")
        fingerprint.add("\(job.date.iso) \(job.author)")
        return fingerprint.finish()
    }
}
