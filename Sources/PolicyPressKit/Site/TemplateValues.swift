import Foundation
import Mustache

/// A value the templates see, read by name (`child(named:)`, not reflection), with the names it knows.
///
/// The values a page looks up again and again (the page, the school, a policy, a section) are classes: Mustache
/// holds every value as `Any`, and a class goes in and out of `Any` with one retain where a large struct is
/// copied into a new box on every lookup.
protocol TemplateValue: MustacheParent {
    /// The value a template names `name`, or nil.
    func value(named name: String) -> Any?
}

extension TemplateValue {
    /// What Mustache reads: the value, with a text wrapped as ``TemplateText``.
    func child(named name: String) -> Any? {
        TemplateText.wrapping(value(named: name))
    }
}

/// A text as the templates see it. Mustache renders it without working out how to describe a value of an
/// unknown type (a string went through five failed casts and `String(describing:)` on every use), and a
/// section opened on it does not look inside it by reflection. It transforms as a string does.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let text: String

    var renderText: String { text }

    var isNull: Bool { false }

    func child(named name: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { TemplateText.wrapping(text.transform(name)) }

    /// A string wrapped; any other value as it is.
    static func wrapping(_ value: Any?) -> Any? {
        if let text = value as? String { return TemplateText(text: text) }
        return value
    }
}

/// The school as every page sees it: every value of its profile, as policies name them
/// (`school.roles.headteacher`), and the words a page needs (`type_label`, `a_type_label`).
final class SchoolValue: TemplateValue {
    let profile: SchoolProfile
    let typeLabel: String

    init(_ profile: SchoolProfile, type: SchoolType?) {
        self.profile = profile
        typeLabel = type?.label ?? profile.type
    }

    /// The address the published policies live at, ending in `/`: `site_url`. Never the school's website,
    /// whose root is rarely where the policies are uploaded.
    var siteURL: String? {
        guard let url = ProfileValues.nonEmpty(profile.values["site_url"]) else { return nil }
        return url.hasSuffix("/") ? url : url + "/"
    }

    func value(named name: String) -> Any? {
        switch name {
        case "name": return profile.name
        case "type": return profile.type
        case "type_label": return typeLabel
        case "a_type_label":
            let article = typeLabel.first.map { "aeiou".contains($0.lowercased()) } == true ? "an" : "a"
            return "\(article) \(typeLabel)"
        case "site_url": return siteURL
        case "accessibility": return AccessibilityValue(profile: profile)
        default: return ProfileValues(values: profile.values, prefix: "").value(named: name)
        }
    }

    /// What a template may name of this school: the page's words and every value of its profile.
    var schema: TemplateSchema {
        // The values PolicyPress itself knows of are there for every school, set or not.
        var fields = ProfileValues.schema(
            of: (profile.values.keys + ["website", "contact", "local_authority"]).sorted())
        for name in ["name", "type", "type_label", "a_type_label", "site_url"] { fields[name] = .text }
        var accessibility: [String: TemplateSchema.Field] = [
            "contact": .text, "contact_is_email": .flag, "last_checked": .text,
        ]
        if case .value(let own) = fields["accessibility"] { accessibility.merge(own.fields) { mine, _ in mine } }
        fields["accessibility"] = .value(TemplateSchema(accessibility))
        return TemplateSchema(fields)
    }
}

/// A part of a school's profile under a dotted prefix (`roles.` for `school.roles.headteacher`).
struct ProfileValues: TemplateValue {
    var values: [String: String]
    var prefix: String

    func value(named name: String) -> Any? {
        let key = prefix + name
        if let value = values[key] { return Self.nonEmpty(value) }
        guard values.keys.contains(where: { $0.hasPrefix(key + ".") }) else { return nil }
        return ProfileValues(values: values, prefix: key + ".")
    }

    /// The names under each dotted key, as a schema: `roles.headteacher` gives `roles` holding `headteacher`.
    static func schema(of keys: [String]) -> [String: TemplateSchema.Field] {
        var leaves: [String] = [], groups: [String: [String]] = [:]
        for key in keys {
            if let dot = key.firstIndex(of: ".") {
                groups[String(key[..<dot]), default: []].append(String(key[key.index(after: dot)...]))
            } else {
                leaves.append(key)
            }
        }
        var fields: [String: TemplateSchema.Field] = [:]
        for (group, rest) in groups { fields[group] = .value(TemplateSchema(schema(of: rest))) }
        for leaf in leaves { fields[leaf] = .text }
        return fields
    }

    // Mustache counts an empty text as present, so absent values must be left out, not made empty.
    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}

/// What the accessibility statement says of the school: who to contact, and when the site was last checked.
struct AccessibilityValue: TemplateValue {
    var profile: SchoolProfile

    private var contact: String? {
        ProfileValues.nonEmpty(profile.values["accessibility.contact"])
            ?? ProfileValues.nonEmpty(profile.values["contact"])
    }

    func value(named name: String) -> Any? {
        switch name {
        case "contact": return contact
        case "contact_is_email": return contact?.contains("@") == true
        case "last_checked": return profile.values["accessibility.last_checked"].flatMap { Day(iso: $0) }?.british
        default: return ProfileValues(values: profile.values, prefix: "accessibility.").value(named: name)
        }
    }
}

/// A policy's facts, as the index, its HTML page and its text page show them.
final class PolicyValue: TemplateValue {
    let page: PolicyPage

    init(page: PolicyPage) {
        self.page = page
    }

    static let schema = TemplateSchema([
        "id": .text, "title": .text, "title_rule": .text, "approver": .text, "review_cycle": .text, "statutory": .flag,
        "publish": .flag, "html": .text, "text": .text, "summary": .text, "related": .text, "status": .text,
        "attention": .flag, "approval": .value(ApprovalValue.schema),
        "draft": .value(TemplateSchema(["message": .text])),
        "changes": .text, "pdf": .value(TemplateSchema(["file": .text, "description": .text])),
    ])

    func value(named name: String) -> Any? {
        let edition = page.edition
        switch name {
        case "id": return edition.policyID
        case "title": return edition.title
        case "title_rule": return HeadingUnderline.line(under: edition.title, level: 1)
        case "approver": return edition.approver
        case "review_cycle": return edition.reviewCycle.description
        case "statutory": return edition.statutory
        case "publish": return edition.publish
        case "html": return edition.policyID + ".html"
        case "text": return edition.policyID + ".txt"
        case "summary": return ProfileValues.nonEmpty(edition.summary)
        case "related": return ProfileValues.nonEmpty(edition.related.joined(separator: "; "))
        case "status": return page.status.summary
        case "attention": return page.status.states != [.approved]
        case "approval": return page.status.latest.map(ApprovalValue.init)
        case "draft": return page.isDraft ? ["message": Self.draftMessage(page.status)] : nil
        case "changes": return page.changes?.fileName
        case "pdf": return page.pdf.map { ["file": edition.policyID + ".pdf", "description": $0.description] }
        default: return nil
        }
    }

    static func draftMessage(_ status: PolicyStatus) -> String {
        guard let record = status.latest else { return "This policy has not been approved yet." }
        return "This text differs from the version approved on \(record.approved.british), and has not been approved."
    }
}

/// The approval a page is stamped with.
struct ApprovalValue: TemplateValue {
    var record: ApprovalRecord

    static let schema = TemplateSchema([
        "by": .text, "date": .text, "iso_date": .text, "next_review": .text, "next_review_iso": .text, "edition": .text,
        "minute": .text,
    ])

    func value(named name: String) -> Any? {
        switch name {
        case "by": return record.approvedBy
        case "date": return record.approved.british
        case "iso_date": return record.approved.iso
        case "next_review": return record.nextReview.monthAndYear
        case "next_review_iso": return record.nextReview.iso
        case "edition": return record.edition.short
        case "minute": return ProfileValues.nonEmpty(record.minute)
        default: return nil
        }
    }
}

/// A section's number, title and anchor, with its body in one edition's form (`html` or `text`).
final class SectionValue: TemplateValue {
    let section: EditionSection
    /// The body's name, `html` or `text`, and the body.
    let key: String
    let body: String

    init(section: EditionSection, key: String, body: String) {
        self.section = section
        self.key = key
        self.body = body
    }

    static let htmlSchema = TemplateSchema([
        "number": .text, "title": .text, "anchor": .text, "rule": .text, "html": .text,
    ])
    static let textSchema = TemplateSchema([
        "number": .text, "title": .text, "anchor": .text, "rule": .text, "text": .text,
    ])

    func value(named name: String) -> Any? {
        switch name {
        case "number": return section.number
        case "title": return section.title
        case "anchor": return section.anchor
        case "rule": return HeadingUnderline.line(under: "\(section.number). \(section.title)", level: 2)
        case key: return body
        default: return nil
        }
    }
}

/// What every page is filled from: the school, the way back to the site's root, the page's canonical address,
/// and what the page is about (a policy and its sections, the list of policies, a redline, or the schools of
/// a trust).
final class PageValue: TemplateValue {
    var school: SchoolValue?
    var root = ""
    var canonical: String?
    var policy: PolicyValue?
    var sections: [SectionValue]?
    var footnotes: String?
    var policies: [PolicyValue]?
    var diff: DiffValue?
    var schools: [TrustSchoolValue]?
    /// The pack's pages: each policy as its own page shows it.
    var pages: [PageValue]?
    /// The governors' pack, on the index.
    var pack: [String: String]?

    /// A page of a school's site at `path`.
    init(_ path: String, school: SchoolValue) {
        self.school = school
        canonical = school.siteURL.map { $0 + (path == "index.html" ? "" : path) }
    }

    /// The index of a trust's schools.
    init(schools: [TrustSchoolValue]) {
        self.schools = schools
    }

    func value(named name: String) -> Any? {
        switch name {
        case "school": return school
        case "root": return root
        case "canonical": return canonical
        case "policy": return policy
        case "sections": return sections
        case "footnotes": return footnotes.map { ["html": $0] }
        case "policies": return policies
        case "has_pdf": return policies?.contains { $0.page.pdf != nil } == true
        case "diff": return diff
        case "schools": return schools
        case "count": return schools?.count ?? pages?.count
        case "pages": return pages
        case "has_drafts": return pages?.contains { $0.policy?.page.isDraft == true } == true
        case "pack": return pack
        default: return nil
        }
    }

    /// What each template may name, for a school with `school`'s values.
    static func schemas(school: SchoolValue) -> [String: TemplateSchema] {
        let page = TemplateSchema(["school": .value(school.schema), "root": .text, "canonical": .text])
        let policyPage = page.adding([
            "policy": .value(PolicyValue.schema), "sections": .list(SectionValue.htmlSchema),
            "footnotes": .value(TemplateSchema(["html": .text])),
        ])
        return [
            "index": page.adding([
                "policies": .list(PolicyValue.schema), "has_pdf": .flag,
                "pack": .value(TemplateSchema(["file": .text, "description": .text, "count": .text])),
            ]),
            "policy": policyPage,
            "pack": page.adding(["pages": .list(policyPage), "count": .text, "has_drafts": .flag]),
            "policy.txt": page.adding([
                "policy": .value(PolicyValue.schema), "sections": .list(SectionValue.textSchema),
            ]),
            "changes": page.adding(["policy": .value(PolicyValue.schema), "diff": .value(DiffValue.schema)]),
            "accessibility": page,
            "schools": TemplateSchema(["root": .text, "count": .text, "schools": .list(TrustSchoolValue.schema)]),
        ]
    }
}

/// One school in a trust's index.
struct TrustSchoolValue: TemplateValue {
    var id: String
    var name: String
    var policies: Int
    var failed: Bool

    static let schema = TemplateSchema(["id": .text, "name": .text, "policies": .text, "failed": .flag])

    func value(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "name": return self.name
        case "policies": return policies
        case "failed": return failed
        default: return nil
        }
    }
}
