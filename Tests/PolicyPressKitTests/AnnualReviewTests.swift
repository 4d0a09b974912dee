import Foundation
import Testing

/// The annual review through the command: what an approval keeps, where each change since came from, and
/// what is said when that cannot be told.
@Suite struct AnnualReviewTests {
    static let school = "Content/schools/example"
    static let kept = "Content/schools/example/approved/social-networking"

    /// The one layers folder kept beside the approved text.
    static func layersFolder(_ work: Workspace) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: work.url(kept).path).filter {
            $0.hasSuffix(".layers")
        }
        try #require(names.count == 1, "\(names)")
        return kept + "/" + names[0]
    }

    static func files(under folder: String, in work: Workspace) -> [String] {
        TestPaths.files(under: work.url(folder))
    }

    /// A trust with its own amendment, a school amendment beside a `.base/` copy (which only `amend` reads).
    static func joinTrust(_ work: Workspace) throws {
        try work.write(
            "Content/trusts/northbridge/trust.yml", "name: Northbridge Learning Trust\nceo: Dr Amara Okoye\n")
        try work.write(
            "Content/trusts/northbridge/amendments/social-networking/01-preamble.md",
            "---\ntitle: Preamble\norder: 1\n---\n{{ trust.name }}, led by {{ trust.ceo }}, asks every school to read this policy with care.\n"
        )
        try work.write(
            "\(school)/amendments/social-networking/02-scope.md",
            "---\ntitle: Scope of the Policy\norder: 2\n---\nThis policy applies to everyone at {{ school.name }}.\n")
        try work.write("\(school)/amendments/social-networking/.base/02-scope.md", "the model's text, for amend\n")
        try work.edit(
            "\(school)/school.yml", replacing: "policies:\n",
            with: "trust_folder: ../../trusts/northbridge\npolicies:\n")
    }

    @Test func anApprovalKeepsTheTrustsAndTheSchoolsFilesAndNothingElse() throws {
        let work = try Workspace()
        defer { work.remove() }
        try Self.joinTrust(work)
        let approve = try work.run(ApprovalTests.approve)
        #expect(approve.status == 0, "\(approve.stderr)")
        let layers = try Self.layersFolder(work)
        #expect(
            Self.files(under: layers, in: work) == [
                "amendments/02-scope.md", "model.sha256", "school.yml", "trust/amendments/01-preamble.md",
                "trust/trust.yml",
            ])
        #expect(work.read("\(layers)/school.yml") == work.read("\(Self.school)/school.yml"))
        #expect(work.read("\(layers)/trust/trust.yml") == work.read("Content/trusts/northbridge/trust.yml"))
        #expect(
            work.read("\(layers)/amendments/02-scope.md")
                == work.read("\(Self.school)/amendments/social-networking/02-scope.md"))

        // The same text approved again keeps the files as they are at that approval.
        try work.edit("\(Self.school)/school.yml", replacing: "contact: office@", with: "contact: reception@")
        let again = try work.run([
            "approve", "social-networking", "--date", "2026-06-01", "--by", "FGB", "--today", "2026-11-24",
        ])
        #expect(again.stdout.contains("reviewed with no changes to the text"))
        #expect(work.read("\(layers)/school.yml")?.contains("contact: reception@") == true)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: work.url(Self.kept).path).filter {
                !$0.hasSuffix(".md")
            } == [URL(fileURLWithPath: layers).lastPathComponent])
    }

    @Test func aBrokenLibraryYmlStopsAnApprovalAndNothingIsWritten() throws {
        let work = try Workspace()
        defer { work.remove() }
        try work.write(
            "Content/library.yml", "name: PolicyPress Example Library\nversion: \"2026.1\"\ndate: 2026-02-30\n")
        let approve = try work.run(ApprovalTests.approve)
        #expect(approve.status == 1)
        #expect(
            approve.stderr.contains(
                "Content/library.yml:3:7: error: 'date' must be a real date written YYYY-MM-DD, such as 2026-09-01, but found '2026-02-30'"
            ))
        #expect(!work.exists(ApprovalTests.register) && !work.exists(Self.kept))
    }

    /// The site's changes page says where each change came from, and which library each side was built from.
    @Test func theChangesPageOfABuildSaysWhereEachChangeCameFrom() throws {
        let work = try Workspace(keepingRegisters: true)
        defer { work.remove() }
        #expect(try work.run(["build", "Content/schools/hillcrest-academy", "--today", "2026-11-24"]).status == 0)
        let page = try #require(work.read("site/social-networking-changes.html"))
        #expect(
            page.contains("<dt>By source</dt><dd>1 because the school&#39;s details changed (1 change in all).</dd>"))
        #expect(page.contains("<span class=\"diff-source\">(the school&#39;s details changed)</span>"))
        #expect(page.contains("<dt>To</dt><dd>the current draft, built from PolicyPress Example Library 2026.1</dd>"))
        // The approval was recorded before library.yml was kept: nothing is said of its library.
        #expect(page.contains("<dt>From</dt><dd>the edition approved on 17 June 2026</dd>"))
    }

    /// An amendment that today's model no longer fits leaves the model's step unbuilt: what may have come
    /// from it is "source not known", the rest is still put down to its source, and the page says why.
    @Test func aStepThatCannotBeBuiltIsSaidPlainly() throws {
        let work = try Workspace()
        defer { work.remove() }
        try work.write(
            "\(Self.school)/amendments/social-networking/02-scope.md",
            "---\nremoved: true\nreason: Our staff handbook covers this.\n---\n")
        #expect(try work.run(ApprovalTests.approve).status == 0)
        // The model drops the section the school left out, and rewords another; the school's removal goes.
        try FileManager.default.removeItem(at: work.url("Content/policies/social-networking/02-scope.md"))
        try FileManager.default.removeItem(at: work.url("\(Self.school)/amendments/social-networking/02-scope.md"))
        try work.edit(
            "Content/policies/social-networking/01-preamble.md", replacing: "overwhelming tide", with: "relentless tide"
        )
        try work.edit("\(Self.school)/school.yml", replacing: "Ms Laura Bennett", with: "Mr Sam Patel")
        let diff = try work.run(["diff", "social-networking", "--today", "2026-11-24"])
        #expect(diff.status == 1)
        let text = diff.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(
            text.contains(
                "By source: 1 because the school's details changed, 1 whose source is not known (2 changes in all)."))
        #expect(
            text.contains(
                "Some changes could not be put down to their sources: the policy could not be built with today's model and the rest as approved (this file leaves out the section '02-scope', which the policy 'social-networking' does not have"
            ))
        #expect(text.contains("[-overwhelming-] {+relentless+} tide"))
        #expect(text.contains("(source not known)") && text.contains("(the school's details changed)"))
        // A change that may be the model's shows in the model's view.
        let model = try work.run(["diff", "social-networking", "--today", "2026-11-24", "--only", "model"])
        #expect(model.stdout.contains("[-overwhelming-] {+relentless+}") && !model.stdout.contains("[-Ms Laura"))
    }

    @Test func oneSourceAloneNeedsAnApprovalThatKeptItsLayers() throws {
        let work = try Workspace()
        defer { work.remove() }
        #expect(try work.run(ApprovalTests.approve).status == 0)
        try work.edit("\(Self.school)/school.yml", replacing: "Ms Laura Bennett", with: "Mr Sam Patel")
        let values = try work.run(["diff", "social-networking", "--today", "2026-11-24", "--only", "values"])
        #expect(values.status == 1)
        #expect(
            values.stdout.replacingOccurrences(of: "\n", with: " ").contains("[-Ms Laura Bennett,-] {+Mr Sam Patel,+}"))
        let model = try work.run([
            "diff", "social-networking", "--today", "2026-11-24", "--only", "model", "-o", "model.txt",
        ])
        #expect(model.status == 1, "the texts differ, whatever one source's view shows")
        #expect(model.stdout == "None of the changes were made in the model. Written to model.txt.\n")

        let unified = try work.run(["diff", "social-networking", "--only", "model", "--format", "unified"])
        #expect(unified.status == 64 && unified.stderr.contains("a unified diff shows every change"))
        let approved = try work.run(["diff", "social-networking", "--only", "model", "--to", "approved"])
        #expect(
            approved.status == 64
                && approved.stderr.contains(
                    "use it with --from approved (the default) or the date of an approval, and --to draft")
        )

        try FileManager.default.removeItem(at: work.url(try Self.layersFolder(work)))
        let older = try work.run(["diff", "social-networking", "--today", "2026-11-24", "--only", "values"])
        #expect(older.status == 2)
        #expect(
            older.stderr.contains(
                "--only: error: the changes cannot be sorted by source, so none can be shown alone; run diff without --only to see them all. The approval of 12 March 2026 was recorded before"
            ))
    }

    /// A school that joined a trust since its approval: the trust's changes cannot be told from its details'.
    @Test func aSchoolThatJoinedATrustSinceItsApprovalIsSaidPlainly() throws {
        let work = try Workspace()
        defer { work.remove() }
        #expect(try work.run(ApprovalTests.approve).status == 0)
        try Self.joinTrust(work)
        try FileManager.default.removeItem(at: work.url("\(Self.school)/amendments"))
        let diff = try work.run(["diff", "social-networking", "--today", "2026-11-24"])
        let text = diff.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("1 whose source is not known"))
        #expect(
            text.contains("the school's trust folder ('trust_folder' in school.yml) has changed since the approval"))
        #expect(!text.contains("(changed by the trust)") && !text.contains("(the school's details changed)"))
    }

    @Test func statusSaysTheModelWasUpdatedAndThePolicyAmendedWithoutMakingADraft() throws {
        let work = try Workspace()
        defer { work.remove() }
        try work.write(
            "\(Self.school)/amendments/social-networking/02-scope.md",
            "---\ntitle: Scope of the Policy\norder: 2\n---\nThis policy applies to everyone at {{ school.name }}.\n")
        #expect(try work.run(ApprovalTests.approve).status == 0)
        // A file the system leaves in the model's folder is no change of the model.
        try work.write("Content/policies/social-networking/.DS_Store", "Finder's notes\n")
        let before = try work.run(["status", "--today", "2026-11-24", "--format", "csv"])
        #expect(before.stdout.contains(",approved; amended,"))
        // The model rewords the section the school replaced: the school's text is still the one approved.
        try work.edit(
            "Content/policies/social-networking/02-scope.md", replacing: "all staff, volunteers",
            with: "all staff and volunteers")
        let after = try work.run(["status", "--today", "2026-11-24", "--format", "csv", "--fail-on", "model-updated"])
        #expect(after.status == 1)
        #expect(after.stdout.contains(",approved; model updated since approval; amended,"))
        #expect(try work.run(["status", "--today", "2026-11-24", "--fail-on", "changed"]).status == 0)
        #expect(try work.run(["build", "--today", "2026-11-24"]).status == 0)
        #expect(work.read("site/social-networking.html")?.contains("<dt>Status</dt><dd>approved</dd>") == true)
        #expect(!work.exists("site/social-networking-changes.html"))
    }
}
