/// The PDF edition's Typst documents: each policy's, and the governors' pack of them all.
extension SiteBuilder {
    /// The document of each page's PDF, dated `dates` (one a page); `rendered` holds the pages' editions
    /// rendered (`rendered(_:)`).
    public func typstDocuments(
        for pages: [PolicyPage], rendered: [RenderedEdition], dates: [Day], school: SchoolProfile, type: SchoolType?,
        templates: TemplateSet
    ) -> [TypstDocument] {
        let schoolValue = SchoolValue(school, type: type)
        let typstPage = TypstPage(writer: TypstWriter(linkBase: schoolValue.siteURL))
        return zip(pages, zip(rendered, dates)).map { page, renderedAndDate in
            let template = filledTextTemplate(
                page.edition, policy: PolicyValue(page: page), school: schoolValue, templates: templates)
            return TypstDocument(
                title: "\(page.edition.title) – \(school.name)", author: school.name, date: renderedAndDate.1,
                running: page.edition.title, marking: page.isDraft ? PrintMarking.draft : nil,
                body: typstPage.body(of: template, rendered: renderedAndDate.0))
        }
    }

    /// The governors' pack: a contents page giving each policy's standing, then each policy's document
    /// (`documents`, as `typstDocuments` made them) from a page of its own.
    public func typstPack(of pages: [PolicyPage], documents: [TypstDocument], school: SchoolProfile, type: SchoolType?)
        -> TypstDocument
    {
        let string = TypstWriter.string
        let schoolValue = SchoolValue(school, type: type)
        let typeLabel = schoolValue.value(named: "a_type_label") as? String ?? "a school"
        let count = pages.count == 1 ? "1 published policy" : "\(pages.count) published policies"
        let drafts = pages.contains(where: \.isDraft) ? " Policies marked as drafts are not the approved text." : ""
        let entries = pages.map { page -> String in
            var entry = "\(page.edition.title): \(page.isDraft ? "draft, " : "")\(page.status.summary)"
            if let record = page.status.latest {
                entry += "; approval of \(record.approved.british), next review \(record.nextReview.monthAndYear)"
            }
            return "[" + string(entry) + "]"
        }
        let cover = [
            "#heading(level: 1)[\(string("Policies of \(school.name)"))]",
            string(
                "\(school.name) is \(typeLabel). This pack holds its \(count), each as its website publishes it.\(drafts)"
            ),
            "#heading(level: 2)[\(string("Contents"))]",
            "#enum(tight: true, \(entries.joined(separator: ", ")))",
        ]
        let policies = documents.map { "#pagebreak()\n\n" + $0.body }
        return TypstDocument(
            title: "\(PrintMarking.packTitle) – \(school.name)", author: school.name,
            date: documents.map(\.date).max() ?? Day(daysSinceEpoch: 0),
            running: PrintMarking.packTitle, marking: pages.contains(where: \.isDraft) ? PrintMarking.packDrafts : nil,
            body: (cover + policies).joined(separator: "\n\n"))
    }
}
