import Foundation

/// What a PDF prints in the margin of every page: the school and the policy (or "Policies", for the pack)
/// at the top, "Page N of M" at the foot, and on a draft a marking at both that it is not the approved
/// policy (on a pack that holds drafts, that it does). The browser fills `pageNumber` and `totalPages`; it
/// knows no stylesheet there, so each style is written in.
public enum RunningHeader {
    public static let draftMarking = PrintMarking.draft
    public static let packDraftMarking = PrintMarking.packDrafts
    public static let packTitle = PrintMarking.packTitle

    /// The page set-up of a policy's PDF.
    static func setup(school: String, policy: String, isDraft: Bool, linkBase: String?) -> ChromiumPrinter.PageSetup {
        setup(school: school, title: policy, marking: isDraft ? draftMarking : nil, linkBase: linkBase)
    }

    /// The page set-up of the governors' pack, which holds drafts if `includesDrafts`.
    static func packSetup(school: String, includesDrafts: Bool, linkBase: String?) -> ChromiumPrinter.PageSetup {
        setup(school: school, title: packTitle, marking: includesDrafts ? packDraftMarking : nil, linkBase: linkBase)
    }

    private static func setup(school: String, title policy: String, marking: String?, linkBase: String?)
        -> ChromiumPrinter.PageSetup
    {
        let style =
            "width:100%;margin:0 0.7in;font-family:'DejaVu Sans',sans-serif;font-size:8pt;color:#222;display:flex;justify-content:space-between;gap:1em"
        let draft = marking.map { "<span style=\"font-weight:bold;color:#a00000\">\($0)</span>" } ?? ""
        let header =
            "<div style=\"\(style)\"><span>\(HTML.escape(school))</span>\(draft)<span>\(HTML.escape(policy))</span></div>"
        let footer =
            "<div style=\"\(style)\">\(draft.isEmpty ? "<span></span>" : draft)"
            + "<span>Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></span></div>"
        return ChromiumPrinter.PageSetup(header: header, footer: footer, script: PrintedLinks.script(base: linkBase))
    }
}
