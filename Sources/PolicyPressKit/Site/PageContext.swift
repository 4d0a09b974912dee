/// The values the Mustache templates see, built from editions and the school profile.
enum PageContext {
    /// What every page knows about the school.
    static func school(_ school: SchoolProfile, type: SchoolType?) -> [String: Any] {
        [
            "name": school.name,
            "type_label": type?.label ?? school.type,
            "website": school.values["website"] ?? "",
            "contact": school.values["contact"] ?? "",
        ]
    }

    /// A policy's facts, as both the HTML and the text page show them.
    static func policy(_ edition: Edition) -> [String: Any] {
        [
            "id": edition.policyID,
            "title": edition.title,
            "title_rule": String(repeating: "=", count: edition.title.count),
            "summary": edition.summary,
            "approver": edition.approver,
            "review_cycle": edition.reviewCycle.description,
            "statutory": edition.statutory,
            "publish": edition.publish,
            "related": edition.related.joined(separator: "; "),
            "html": edition.policyID + ".html",
            "text": edition.policyID + ".txt",
        ]
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
