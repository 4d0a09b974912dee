/// A "changes since approval" page: a policy's redline between two editions.
public struct ChangesPage: Sendable {
    /// The newer edition, whose title and id the page carries.
    public var policy: Edition
    /// The policy's status.
    public var status: PolicyStatus
    /// The changes.
    public var diff: EditionDiff
    /// Words for the older and newer editions.
    public var from: String
    public var to: String
    /// The title the compared texts give the policy (a document's own), when it is not the policy's.
    public var title: String? = nil

    /// The page's file name on the site.
    public var fileName: String { policy.policyID + "-changes.html" }
}

extension SiteBuilder {
    /// The redline page, from the `changes` template.
    public func changesPage(_ page: ChangesPage, school: SchoolProfile, type: SchoolType?, templates: TemplateSet) -> String {
        let writer = DiffHTMLWriter()
        let changed = page.diff.sections.enumerated().filter { $0.element.status != .unchanged }.map { index, section -> [String: Any] in
            // A removed section's old number could stand beside a new section of that number: the list
            // says "was section 5" instead, and the redline below strikes the number.
            let number = section.status == .removed ? "" : DiffHTMLWriter.number(section) + " "
            let entries = ChangeList.entries(of: section, at: index)
            return ["number": number, "title": section.plainTitle(keeping: section.status == .removed ? .removed : .added),
                "status": Self.statusWords(section.status, number: section.newNumber, oldNumber: section.oldNumber), "anchor": DiffHTMLWriter.anchor(index),
                "changes": entries.map { ["anchor": $0.anchor, "description": $0.description] }, "has_changes": !entries.isEmpty]
        }
        var policy = PageContext.policy(PolicyPage(edition: page.policy, status: page.status, isDraft: false))
        policy["changes"] = page.fileName
        let context = PageContext.page(page.fileName, school: PageContext.school(school, type: type)).merging([
            "policy": policy,
            "diff": [
                "title": page.title ?? page.policy.title, "from": page.from, "to": page.to,
                "summary": page.diff.summary.description, "body": writer.html(of: page.diff),
                "sections": changed, "has_sections": !changed.isEmpty, "first": page.diff.sections.firstIndex { $0.status != .unchanged }.map { "#" + DiffHTMLWriter.anchor($0) } ?? "",
            ] as [String: Any],
        ]) { $1 }
        return templates.render("changes", context)
    }

    static func statusWords(_ status: SectionChange.Status, number: Int?, oldNumber: Int?) -> String {
        switch status {
        case .unchanged: return "unchanged"
        case .changed: return "changed"
        case .added: return "new"
        case .removed: return oldNumber.map { "removed; it was section \($0)" } ?? "removed"
        case .moved(let from): return "moved from section \(from) to section \(number ?? 0)"
        }
    }
}
