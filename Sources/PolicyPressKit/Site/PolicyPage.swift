import Foundation

/// One policy as the site shows it: the text published, where it stands, and whether it is a draft.
public struct PolicyPage: Sendable {
    /// The text published.
    public var edition: Edition
    /// Its approval and review status.
    public var status: PolicyStatus
    /// Whether the published text is not the approved one (or nothing was approved), so it carries a banner.
    public var isDraft: Bool
    /// The changes since the approved edition, when the page shows a changed draft.
    public var changes: ChangesPage?
    /// The page's PDF edition, when the site has one.
    public var pdf: PrintedPDF?

    /// Makes a page.
    public init(edition: Edition, status: PolicyStatus, isDraft: Bool, changes: ChangesPage? = nil) {
        self.edition = edition
        self.status = status
        self.isDraft = isDraft
        self.changes = changes
    }
}

/// A policy's PDF edition, as printed from its page.
public struct PrintedPDF: Sendable {
    /// The file.
    public var data: Data
    /// Its number of pages.
    public var pages: Int
    /// A hash of everything it was printed from, kept in the site's manifest so that a later build can
    /// reuse the file instead of printing it again.
    public var input: String

    /// Wraps a PDF.
    public init(data: Data, pages: Int, input: String) {
        self.data = data
        self.pages = pages
        self.input = input
    }

    /// How a link names the file: "PDF, 4 pages, 86 KB".
    public var description: String {
        let kilobytes = max(1, (data.count + 512) / 1024)
        return "PDF, \(pages) \(pages == 1 ? "page" : "pages"), \(kilobytes) KB"
    }
}
