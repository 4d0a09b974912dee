/// The values the Mustache templates see, built from editions and the school profile.
enum PageContext {
    /// What every page starts from: the school, the way back to the site's root, and the page's canonical address.
    static func page(_ path: String, school: [String: Any]) -> [String: Any] {
        var context: [String: Any] = ["school": school, "root": ""]
        if let base = school["site_url"] as? String { context["canonical"] = base + (path == "index.html" ? "" : path) }
        return context
    }

    /// What every page knows about the school.
    static func school(_ school: SchoolProfile, type: SchoolType?) -> [String: Any] {
        let label = type?.label ?? school.type
        let article = label.first.map { "aeiou".contains($0.lowercased()) } == true ? "an" : "a"
        var context: [String: Any] = ["name": school.name, "type_label": label, "a_type_label": "\(article) \(label)"]
        context["website"] = nonEmpty(school.values["website"])
        context["contact"] = nonEmpty(school.values["contact"])
        context["site_url"] = siteURL(school)
        var accessibility: [String: Any] = [:]
        if let contact = nonEmpty(school.values["accessibility.contact"]) ?? nonEmpty(school.values["contact"]) {
            accessibility["contact"] = contact
            accessibility["contact_is_email"] = contact.contains("@")
        }
        accessibility["last_checked"] = school.values["accessibility.last_checked"].flatMap { Day(iso: $0) }?.british
        context["accessibility"] = accessibility
        return context
    }

    /// The address the published policies live at, ending in `/`: `site_url`. Never the school's website,
    /// whose root is rarely where the policies are uploaded.
    static func siteURL(_ school: SchoolProfile) -> String? {
        guard let url = nonEmpty(school.values["site_url"]) else { return nil }
        return url.hasSuffix("/") ? url : url + "/"
    }

    // Mustache counts an empty text as present, so absent values must be left out, not made empty.
    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    /// A policy's facts, as both the HTML and the text page show them.
    static func policy(_ page: PolicyPage) -> [String: Any] {
        let edition = page.edition
        var context: [String: Any] = [
            "id": edition.policyID,
            "title": edition.title,
            "title_rule": String(repeating: "=", count: edition.title.count),
            "approver": edition.approver,
            "review_cycle": edition.reviewCycle.description,
            "statutory": edition.statutory,
            "publish": edition.publish,
            "html": edition.policyID + ".html",
            "text": edition.policyID + ".txt",
        ]
        context["summary"] = nonEmpty(edition.summary)
        context["related"] = nonEmpty(edition.related.joined(separator: "; "))
        context["status"] = page.status.summary
        context["attention"] = page.status.states != [.approved]
        if let record = page.status.latest { context["approval"] = approval(record) }
        if page.isDraft { context["draft"] = ["message": draftMessage(page.status)] }
        context["changes"] = page.changes?.fileName
        return context
    }

    /// The approval a page is stamped with.
    static func approval(_ record: ApprovalRecord) -> [String: Any] {
        var context: [String: Any] = [
            "by": record.approvedBy, "date": record.approved.british, "iso_date": record.approved.iso,
            "next_review": record.nextReview.monthAndYear, "next_review_iso": record.nextReview.iso,
            "edition": record.edition.short,
        ]
        context["minute"] = nonEmpty(record.minute)
        return context
    }

    static func draftMessage(_ status: PolicyStatus) -> String {
        guard let record = status.latest else { return "This policy has not been approved yet." }
        return "This text differs from the version approved on \(record.approved.british), and has not been approved."
    }

    /// A section's number, title and anchor, with its body in one edition's form.
    static func section(_ section: EditionSection, body key: String, _ body: String) -> [String: Any] {
        let heading = "\(section.number). \(section.title)"
        return [
            "number": section.number,
            "title": section.title,
            "anchor": section.anchor,
            "rule": String(repeating: "-", count: heading.count),
            key: body,
        ]
    }
}
