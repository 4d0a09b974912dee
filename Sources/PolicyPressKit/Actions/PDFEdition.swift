import Foundation

/// `build --pdf`: each policy's PDF, stamped as its page is (the approval on page one, or the draft marking
/// on every page), made by one of two engines: Typst, from a document the text edition's template and the
/// Typst writer make (the default: ten times faster), or Chromium, printing the page as the site publishes
/// it. A PDF whose input (document, or page and running header) is as it was when the previous site's was
/// made is carried over from it instead (`previous`).
public struct PDFEdition: Sendable {
    /// What makes the PDFs.
    public enum Engine: Sendable {
        case typst(TypstPrinter)
        case chromium(SitePrinter)

        /// Ends its processes.
        public func finish() {
            switch self {
            case .typst(let printer): printer.finish()
            case .chromium(let printer): printer.finish()
            }
        }

        /// Its name.
        public var name: EngineName {
            switch self {
            case .typst: .typst
            case .chromium: .chromium
            }
        }
    }

    /// The engines by name, as `--pdf-engine` gives them.
    public enum EngineName: String, CaseIterable, Sendable {
        case typst, chromium

        /// The engine, ready to start its first process when the first PDF is wanted.
        public func engine() -> Engine {
            switch self {
            case .typst: .typst(TypstPrinter())
            case .chromium: .chromium(SitePrinter())
            }
        }
    }

    /// Makes the PDFs.
    public var engine: Engine
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
        engine: Engine, today: Day, pack: Bool = false,
        previous: @escaping @Sendable (String, String) -> Data? = { _, _ in nil },
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) {
        self.engine = engine
        self.today = today
        self.pack = pack
        self.previous = previous
        self.progress = progress
    }

    /// The day each page's PDF is dated: a draft's `today`, an approved text's the day of its approval.
    func dates(of pages: [PolicyPage]) -> [Day] {
        pages.map { $0.isDraft ? today : $0.status.latest?.approved ?? today }
    }

    /// `pages` with their PDFs made by Typst from `documents` (one a page), and the governors' pack from
    /// `packDocument` if given; `folder` is the school's as the user sees it.
    func printed(
        _ pages: [PolicyPage], documents: [TypstDocument], packDocument: TypstDocument?, printer: TypstPrinter,
        folder: String
    ) throws(DiagnosticList) -> (pages: [PolicyPage], pack: PrintedPDF?) {
        let sources = (documents + (packDocument.map { [$0] } ?? [])).map(\.source)
        let inputs = sources.map { Self.input(.typst, [Data($0.utf8)]) }
        return try printed(
            pages, paths: pages.map(\.edition.policyID) + (packDocument == nil ? [] : [Self.packName]), inputs: inputs,
            folder: folder
        ) {
            missing throws(DiagnosticList) in
            do {
                return try printer.pdfs(of: missing.map { sources[$0] }, progress: progress)
            } catch {
                throw Self.failure("\(error)", folder: folder)
            }
        }
    }

    /// `pages` with their PDFs printed by Chromium from `site` (those pages built without PDFs) for `school`,
    /// and the governors' pack from `packPage` if given; `folder` is the school's as the user sees it.
    func printed(
        _ pages: [PolicyPage], of site: Site, school: SchoolValue, folder: String, packPage: Data?, printer: SitePrinter
    ) throws(DiagnosticList) -> (pages: [PolicyPage], pack: PrintedPDF?) {
        let name = school.profile.name, dates = dates(of: pages)
        var jobs = zip(pages, dates).map { page, date in
            SitePrinter.Job(
                page: page.edition.policyID + ".html",
                setup: RunningHeader.setup(
                    school: name, policy: page.edition.title, isDraft: page.isDraft, linkBase: school.siteURL),
                date: date, author: name)
        }
        var site = site
        if let packPage {
            site.files[Self.packName + ".html"] = packPage
            let setup = RunningHeader.packSetup(
                school: name, includesDrafts: pages.contains(where: \.isDraft), linkBase: school.siteURL)
            jobs.append(
                SitePrinter.Job(page: Self.packName + ".html", setup: setup, date: dates.max() ?? today, author: name))
        }
        let inputs = jobs.map { job in
            let setup = job.setup
            return Self.input(
                .chromium,
                [
                    site.files[job.page] ?? Data(), site.files["style.css"] ?? Data(),
                    Data("\(setup.header ?? "")\0\(setup.footer ?? "")\0\(setup.script ?? "")".utf8),
                    Data(
                        "\(setup.width) \(setup.height) \(setup.marginTop) \(setup.marginBottom) \(setup.marginSide)"
                            .utf8),
                    Data("\(job.date.iso) \(job.author)".utf8),
                ])
        }
        return try printed(pages, paths: jobs.map { String($0.page.dropLast(5)) }, inputs: inputs, folder: folder) {
            missing throws(DiagnosticList) in
            do {
                return try printer.pdfs(of: site, jobs: missing.map { jobs[$0] }, progress: progress)
            } catch {
                throw Self.failure("\(error)", folder: folder)
            }
        }
    }

    private static let packName = String(SiteBuilder.packFile.dropLast(4))

    // Each PDF carried over from the previous site if its input is unchanged, the others made by `make`
    // (given their indexes); the last is the pack's when there is one more path than pages.
    private func printed(
        _ pages: [PolicyPage], paths: [String], inputs: [String], folder: String,
        make: ([Int]) throws(DiagnosticList) -> [Data]
    ) throws(DiagnosticList) -> (pages: [PolicyPage], pack: PrintedPDF?) {
        var pdfs = zip(paths, inputs).map { previous($0 + ".pdf", $1) }
        let missing = pdfs.indices.filter { pdfs[$0] == nil }
        for (index, pdf) in zip(missing, try make(missing)) { pdfs[index] = pdf }
        let printed = zip(pdfs, inputs).map { data, input in
            PrintedPDF(data: data ?? Data(), pages: PDFFileUpdate.pageCount(data ?? Data()), input: input)
        }
        let withPDFs = zip(pages, printed).map { page, pdf in
            var page = page
            page.pdf = pdf
            return page
        }
        return (withPDFs, paths.count > pages.count ? printed.last : nil)
    }

    private static func failure(_ description: String, folder: String) -> DiagnosticList {
        DiagnosticList([
            Diagnostic("the PDF edition could not be printed: \(description)", at: SourceLocation(file: folder))
        ])
    }

    // Everything a PDF is made from, under the engine's name and this version's.
    private static func input(_ engine: EngineName, _ parts: [Data]) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add("policypress \(PolicyPressVersion.current) pdf \(engine.rawValue)")
        for part in parts { fingerprint.add(part) }
        return fingerprint.finish()
    }
}
