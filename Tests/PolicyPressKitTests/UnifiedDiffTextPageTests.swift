import Foundation
import Testing

/// `diff --format unified` compares the text edition the site publishes, laid out by the `policy.txt` template.
@Suite struct UnifiedDiffTextPageTests {
    /// Every line the unified diff shows of the draft is the built `.txt` page's line of that number, even
    /// where the library's template lays the page out its own way.
    @Test func theDraftSideIsThePublishedTextPage() throws {
        let work = try Workspace()
        defer { work.remove() }
        #expect(try work.run(ApprovalTests.approve).status == 0)
        try work.edit("Content/schools/example/school.yml", replacing: "Ms Laura Bennett", with: "Mr Sam Patel")
        try work.edit(
            "Templates/policy.txt.mustache", replacing: "{{number}}. {{title}}\n{{rule}}",
            with: "Section {{number}}: {{title}}")
        let unified = try work.run(["diff", "social-networking", "--today", "2026-11-24", "--format", "unified"])
        #expect(unified.status == 1, "\(unified.stderr)")
        #expect(try work.run(["build", "--today", "2026-11-24"]).status == 0)
        let page = try #require(work.read("site/social-networking.txt")).split(
            separator: "\n", omittingEmptySubsequences: false)
        var next = 0, shown: [String] = []
        for line in unified.stdout.split(separator: "\n") {
            if line.hasPrefix("@@") {
                // "@@ -12,7 +12,7 @@": the draft's lines of this hunk start at line 12.
                let start = line.split(separator: " ")[2].dropFirst().split(separator: ",")[0]
                next = (Int(start) ?? 1) - 1
            } else if line.hasPrefix("+") && !line.hasPrefix("+++") || line.hasPrefix(" ") {
                #expect(
                    page.indices.contains(next) && page[next] == line.dropFirst(), "draft line \(next + 1): \(line)")
                shown.append(String(line.dropFirst()))
                next += 1
            }
        }
        #expect(shown.contains { $0.contains("Mr Sam") }, "\(unified.stdout)")
        // The template's own layout took: a diff laid out any other way would number these lines differently.
        #expect(page.contains("Section 3: Governors") && !page.contains("3. Governors"))
    }
}
