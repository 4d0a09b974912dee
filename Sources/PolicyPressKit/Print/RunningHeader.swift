import Foundation

/// What a policy's PDF prints in the margin of every page: the school and the policy at the top, "Page N
/// of M" at the foot, and on a draft a marking at both that it is not the approved policy. The browser
/// fills `pageNumber` and `totalPages`; it knows no stylesheet there, so each style is written in.
enum RunningHeader {
    static let draftMarking = "DRAFT – NOT THE APPROVED POLICY"

    /// The page set-up of a policy's PDF.
    static func setup(school: String, policy: String, isDraft: Bool, linkBase: String?) -> ChromiumPrinter.PageSetup {
        let style = "width:100%;margin:0 0.7in;font-family:'DejaVu Sans',sans-serif;font-size:8pt;color:#222;display:flex;justify-content:space-between;gap:1em"
        let draft = isDraft ? "<span style=\"font-weight:bold;color:#a00000\">\(draftMarking)</span>" : ""
        let header = "<div style=\"\(style)\"><span>\(HTML.escape(school))</span>\(draft)<span>\(HTML.escape(policy))</span></div>"
        let footer = "<div style=\"\(style)\">\(draft.isEmpty ? "<span></span>" : draft)"
            + "<span>Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></span></div>"
        return ChromiumPrinter.PageSetup(header: header, footer: footer, script: PrintedLinks.script(base: linkBase))
    }
}
