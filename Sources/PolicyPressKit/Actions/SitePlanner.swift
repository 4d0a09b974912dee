import Foundation

/// Decides what a school's site publishes, so that `Site/` only renders: each policy's current edition
/// (a draft until approved) and a changes page where the draft differs from the approved text (each change
/// put down to its source by `LayerChain`), or with
/// `approvedOnly` the last approved text of each policy, leaving out those never approved.
public struct SitePlanner: Sendable {
    /// Makes a planner.
    public init() {}

    /// The site of a school, planned and rendered; `register` reads the approved texts kept in the school
    /// folder. With `pdf`, each policy's PDF is printed from its page, and the pages link to it.
    public func site(
        for snapshot: SchoolSnapshot, register: RegisterReader, approvedOnly: Bool, pdf: PDFEdition? = nil
    ) throws(DiagnosticList) -> Site {
        let pages = try pages(for: snapshot, register: register, approvedOnly: approvedOnly)
        let builder = SiteBuilder(), school = snapshot.sources.school, type = snapshot.schoolType,
            templates = snapshot.sources.templates
        guard let pdf else { return builder.site(for: pages, school: school, type: type, templates: templates) }
        // The editions are rendered once, for the PDFs and the pages that link to them.
        let rendered = builder.rendered(pages)
        let folder = register.files.display(snapshot.folder)
        if pdf.pack { try Self.checkPackName(pages: pages, folder: folder) }
        let printed: (pages: [PolicyPage], pack: PrintedPDF?)
        switch pdf.engine {
        case .typst(let printer):
            let documents = builder.typstDocuments(
                for: pages, rendered: rendered, dates: pdf.dates(of: pages), school: school, type: type,
                templates: templates)
            let pack = pdf.pack ? builder.typstPack(of: pages, documents: documents, school: school, type: type) : nil
            printed = try pdf.printed(pages, documents: documents, packDocument: pack, printer: printer, folder: folder)
        case .chromium(let printer):
            // The pages are printed as published, less the links to their PDFs, which are not made yet.
            let site = builder.site(for: pages, school: school, type: type, templates: templates, rendered: rendered)
            var packPage: Data?
            if pdf.pack {
                packPage = builder.packPage(
                    for: pages, rendered: rendered, school: school, type: type, templates: templates)
                try Self.checkPackTemplate(
                    packPage, templates: register.files.display(snapshot.library.project.templatesFolder))
            }
            printed = try pdf.printed(
                pages, of: site, school: SchoolValue(school, type: type), folder: folder, packPage: packPage,
                printer: printer)
        }
        return builder.site(
            for: printed.pages, school: school, type: type, templates: templates, pack: printed.pack, rendered: rendered
        )
    }

    /// The pages of a school's policies; with `approvedOnly`, the last approved text of each policy instead
    /// of the current one, leaving out policies never approved.
    public func pages(for snapshot: SchoolSnapshot, register: RegisterReader, approvedOnly: Bool) throws(DiagnosticList)
        -> [PolicyPage]
    {
        var pages: [PolicyPage] = []
        for (edition, status) in zip(snapshot.editions, snapshot.statuses) {
            guard let record = status.latest else {
                if !approvedOnly { pages.append(PolicyPage(edition: edition, status: status, isDraft: true)) }
                continue
            }
            let approved = try DiagnosticList.throwing {
                let kept = try register.keptEdition(of: record, in: snapshot.folder)
                let keptFile = RegisterFormat.keptPath(policy: record.policy, edition: record.edition)
                try Self.refuseRawHTML(in: kept, file: Path.join(register.files.display(snapshot.folder), keptFile))
                return try edition.withText(kept, file: keptFile)
            }
            if approvedOnly {
                var published = status
                published.states = status.states.filter { $0 != .changed }
                if published.states.isEmpty { published.states = [.approved] }
                pages.append(PolicyPage(edition: approved, status: published, isDraft: false))
            } else {
                var changes: ChangesPage?
                if status.states.contains(.changed) {
                    let diff = EditionDiffer().diff(from: approved, to: edition)
                    changes = ChangesPage(
                        policy: edition, status: status,
                        diff: LayerChain(files: register.files).traced(
                            diff, approved: approved, draft: edition, record: record, snapshot: snapshot),
                        from: record.whatWasApproved, to: "the current draft",
                        fromLibrary: record.library, toLibrary: snapshot.library.release?.label)
                }
                pages.append(PolicyPage(edition: edition, status: status, isDraft: status.isDraft, changes: changes))
            }
        }
        return pages
    }

    // The pack needs its template, and a file name no policy has.
    // Chromium prints the pack from the pack template's page.
    private static func checkPackTemplate(_ page: Data?, templates: String) throws(DiagnosticList) {
        guard page == nil else { return }
        throw DiagnosticList([
            Diagnostic(
                "--pack needs the template pack.mustache, which this library's templates lack: copy it from PolicyPress's own Templates/",
                at: SourceLocation(file: Path.join(templates, "pack.mustache")))
        ])
    }

    private static func checkPackName(pages: [PolicyPage], folder: String) throws(DiagnosticList) {
        let name = String(SiteBuilder.packFile.dropLast(4))
        guard pages.contains(where: { $0.edition.policyID == name }) else { return }
        throw DiagnosticList([
            Diagnostic(
                "--pack writes \(SiteBuilder.packFile), but a policy of this school is called '\(name)' too: rename the policy to use --pack",
                at: SourceLocation(file: folder))
        ])
    }

    // An approved text kept from before raw HTML was refused may hold some; publishing it would leave words out.
    private static func refuseRawHTML(in kept: String, file: String) throws(Diagnostic) {
        guard let html = EditionText.firstRawHTML(in: kept) else { return }
        throw Diagnostic(
            "the approved text holds raw HTML '\(html.shown)', which no edition can publish: fix the model policy, then approve the current edition again",
            at: SourceLocation(file: file, line: html.line, column: html.column))
    }
}
