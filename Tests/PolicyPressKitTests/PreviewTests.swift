import Foundation
import Testing

@testable import PolicyPressKit

/// The preview's own pieces: the reload script, the problems page, and rebuilding only on change.
@Suite struct PreviewTests {
    static func preview(of school: String, in workspace: Workspace) -> PreviewSite {
        PreviewSite(
            action: BuildAction(fileSystem: .local, workingDirectory: workspace.root.path), school: school,
            library: nil,
            settings: ReviewSettings(today: Day(iso: "2026-11-24")!), approvedOnly: false,
            folder: workspace.url("preview").path)
    }

    @Test func theScriptGoesJustBeforeTheEndOfTheBody() {
        let page = LiveReload.inject(into: "<html><body><p>x</p></body></html>", generation: 7)
        #expect(page.hasPrefix("<html><body><p>x</p><script>"))
        #expect(page.hasSuffix("</script>\n</body></html>"))
        #expect(page.contains("var built = \"7\";"))
        #expect(LiveReload.inject(into: "no body", generation: 1).hasPrefix("no body<script>"))
    }

    @Test func theProblemsPageEscapesWhatItShows() {
        let problem = Diagnostic(
            "unknown variable '<script>alert(1)</script>'", at: SourceLocation(file: "a<b>.md", line: 3, column: 4))
        let page = ProblemsPage.html(problems: [problem], generation: 2)
        #expect(
            page.contains(
                "<code>a&lt;b&gt;.md:3:4</code>: error: unknown variable &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;"
            ))
        #expect(page.contains("<h1>1 problem to fix</h1>"))
        #expect(page.components(separatedBy: "<script").count == 2, "only the reload script")
    }

    @Test func buildsAgainOnlyWhenAnInputChanges() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let preview = Self.preview(of: "Content/schools/example", in: workspace)
        #expect(preview.refresh()?.generation == 1)
        #expect(preview.state.schoolName == "Oakfield Primary School")
        #expect(preview.refresh() == nil, "nothing changed")
        try workspace.edit("Templates/policy.mustache", replacing: "</main>", with: "<p>Preview note</p></main>")
        #expect(preview.refresh()?.problems == [])
        #expect(workspace.read("preview/social-networking.html")?.contains("Preview note") == true)
        try workspace.edit(
            "Content/vocabulary.yml", replacing: "  requires: [local_authority]",
            with: "  requires: [local_authority, chair]")
        let broken = try #require(preview.refresh())
        #expect(broken.generation == 3)
        #expect(broken.problems.map(\.message).contains { $0.hasPrefix("missing 'chair'") })
        #expect(
            workspace.read("preview/social-networking.html")?.contains("Preview note") == true,
            "the last good site stays")
    }

    @Test func aMissingSchoolIsReportedOnceNotAtEveryLook() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let preview = Self.preview(of: "Content/schools/nowhere", in: workspace)
        let first = try #require(preview.refresh())
        #expect(
            first.problems.map(\.description) == [
                "Content/schools/nowhere: error: not a school folder: there is no such folder; a school folder holds the school's profile, school.yml"
            ])
        #expect(preview.refresh() == nil)
        try FileManager.default.copyItem(
            at: workspace.url("Content/schools/example"), to: workspace.url("Content/schools/nowhere"))
        #expect(preview.refresh()?.problems == [])
    }

    @Test func aFolderOfSchoolsIsPreviewedWhole() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let preview = Self.preview(of: "Content/schools", in: workspace)
        #expect(preview.refresh()?.schoolName == "4 schools")
        #expect(workspace.exists("preview/st-marys/social-networking.html"))
        try workspace.edit(
            "Content/schools/st-marys/school.yml", replacing: "type: voluntary-aided", with: "type: voluntary aided")
        let broken = try #require(preview.refresh())
        #expect(broken.problems.count == 1)
        #expect(broken.problems.first?.description.hasPrefix("Content/schools/st-marys/school.yml:") == true)
    }
}
