import Mustache

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
    /// The library version each side was built from ("PolicyPress Example Library 2026.2"), when known.
    public var fromLibrary: String? = nil
    public var toLibrary: String? = nil

    /// The page's file name on the site.
    public var fileName: String { policy.policyID + "-changes.html" }
}

extension SiteBuilder {
    /// The redline page, from the `changes` template.
    public func changesPage(_ page: ChangesPage, school: SchoolProfile, type: SchoolType?, templates: TemplateSet)
        -> String
    {
        let value = PageValue(page.fileName, school: SchoolValue(school, type: type))
        value.policy = PolicyValue(
            page: PolicyPage(edition: page.policy, status: page.status, isDraft: false, changes: page))
        value.diff = DiffValue(page: page)
        return templates.render("changes", value)
    }
}

/// A redline as the `changes` template sees it.
struct DiffValue: TemplateValue {
    var page: ChangesPage
    /// The changed sections, each with its changes, worked out once for the page.
    private let changed: [ChangedSectionValue]

    init(page: ChangesPage) {
        self.page = page
        changed = page.diff.sections.enumerated().filter { $0.element.status != .unchanged }.map {
            ChangedSectionValue(section: $1, index: $0)
        }
    }

    static let schema = TemplateSchema([
        "title": .text, "from": .text, "to": .text, "summary": .text, "body": .text, "has_sections": .flag,
        "first": .text,
        "sections": .list(ChangedSectionValue.schema), "has_left_out": .flag, "left_out": .list(LeftOutValue.schema),
        "from_library": .text, "to_library": .text, "sources": .text, "sources_note": .text, "only": .text,
    ])

    func value(named name: String) -> Any? {
        switch name {
        case "title": return page.title ?? page.policy.title
        case "from": return page.from
        case "to": return page.to
        case "from_library": return page.fromLibrary
        case "to_library": return page.toLibrary
        case "summary": return page.diff.summaryLine
        case "sources": return page.diff.sourcesLine
        case "sources_note": return page.diff.tracing?.note
        case "only": return page.diff.onlyLine
        case "body": return DiffHTMLWriter().html(of: page.diff)
        case "sections": return changed
        case "has_sections": return !changed.isEmpty
        case "has_left_out": return !page.policy.leftOut.isEmpty
        case "left_out": return page.policy.leftOut.map(LeftOutValue.init)
        case "first":
            return page.diff.sections.firstIndex { $0.status != .unchanged }.map { "#" + DiffHTMLWriter.anchor($0) }
        default: return nil
        }
    }
}

/// A model section the school leaves out, with its reason, for the governors reading the changes.
struct LeftOutValue: TemplateValue {
    var section: LeftOutSection

    static let schema = TemplateSchema(["title": .text, "reason": .text])

    func value(named name: String) -> Any? {
        switch name {
        case "title": return section.title
        case "reason": return section.reason
        default: return nil
        }
    }
}

/// A changed section in the redline's summary, with every change in it.
struct ChangedSectionValue: TemplateValue {
    var section: SectionChange
    var index: Int
    /// Its changes, for the summary's list.
    let changes: [ChangeList.Entry]

    init(section: SectionChange, index: Int) {
        self.section = section
        self.index = index
        changes = ChangeList.entries(of: section, at: index)
    }

    static let schema = TemplateSchema([
        "number": .text, "title": .text, "status": .text, "anchor": .text, "has_changes": .flag,
        "section_source": .text,
        "changes": .list(TemplateSchema(["anchor": .text, "description": .text, "source": .text])),
    ])

    func value(named name: String) -> Any? {
        switch name {
        // A removed section's old number could stand beside a new section of that number: the list says
        // "was section 5" instead, and the redline below strikes the number.
        case "number": return section.status == .removed ? "" : DiffHTMLWriter.number(section) + " "
        case "title": return section.plainTitle(keeping: section.status == .removed ? .removed : .added)
        case "status": return Self.statusWords(section)
        case "anchor": return DiffHTMLWriter.anchor(index)
        case "changes": return changes
        case "has_changes": return !changes.isEmpty
        // The section's own addition, removal or move; a change inside it has its own `source`.
        case "section_source": return section.origin?.words
        default: return nil
        }
    }

    static func statusWords(_ section: SectionChange) -> String {
        switch section.status {
        case .unchanged: return "unchanged"
        case .changed: return section.statusWords ?? "changed"
        case .added: return "new"
        case .removed: return section.oldNumber.map { "removed; it was section \($0)" } ?? "removed"
        case .moved(let from): return "moved from section \(from) to section \(section.newNumber ?? 0)"
        }
    }
}

extension ChangeList.Entry: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "anchor": return TemplateText(text: anchor)
        case "description": return TemplateText(text: description)
        case "source": return source.map { TemplateText(text: $0) }
        default: return nil
        }
    }
}
