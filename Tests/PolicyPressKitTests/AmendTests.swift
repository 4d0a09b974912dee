import Foundation
import Testing

/// `amend` on a copy of the shipped library: a school's amendment made, the model updated underneath,
/// merged or left as a conflict, and every refusal writing nothing.
@Suite struct AmendTests {
    static let school = "Content/schools/example"
    static let model = "Content/policies/social-networking/01-preamble.md"
    static let amendment = "Content/schools/example/amendments/social-networking/01-preamble.md"
    static let base = "Content/schools/example/amendments/social-networking/.base/01-preamble.md"
    static let today = ["--today", "2026-12-01"]

    /// The shipped preamble, one paragraph a sentence, so that the school and the model can change different ones.
    static func workspaceWithParagraphs() throws -> Workspace {
        let work = try Workspace()
        let text = try #require(work.read(model))
        let split = text.replacingOccurrences(of: ". ", with: ".\n\n")
        try work.write(model, split)
        return work
    }

    @Test func aModelUpdateToAnotherParagraphMergesIntoTheSchoolsWording() throws {
        let work = try Self.workspaceWithParagraphs()
        defer { work.remove() }
        let made = try work.run(["amend", "social-networking", "01-preamble", Self.school])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(work.read(Self.amendment) == work.read(Self.model))
        #expect(work.read(Self.base) == work.read(Self.model))

        // The school rewords its second paragraph; the model's author changes the fourth.
        try work.edit(
            Self.amendment, replacing: "We now know from experience", with: "Our school knows from experience")
        try work.edit(Self.model, replacing: "Yet this has proved", with: "This has proved")
        let stale = try work.run(["check", Self.school] + Self.today)
        #expect(stale.status == 0)
        #expect(
            stale.stderr.contains(
                "\(Self.amendment):1:1: warning: the model's text of this section has changed since this amendment was based on it; to merge the change into the school's wording, run: policypress amend social-networking 01-preamble \(Self.school) --update"
            ), "\(stale.stderr)")

        let update = try work.run(["amend", "social-networking", "01-preamble", Self.school, "--update"])
        #expect(update.status == 0, "\(update.stderr)")
        let merged = try #require(work.read(Self.amendment))
        #expect(merged.contains("Our school knows from experience") && merged.contains("This has proved"))
        #expect(!merged.contains("Yet this has proved") && !merged.contains("We now know"))
        #expect(work.read(Self.base) == work.read(Self.model), "the base moves on to the model's new text")

        let check = try work.run(["check", Self.school] + Self.today)
        #expect(!check.stderr.contains("has changed since"), "\(check.stderr)")
        let build = try work.run(["build", Self.school, "--output", "site"] + Self.today)
        #expect(build.status == 0, "\(build.stderr)")
        let page = try #require(work.read("site/social-networking.txt"))
        #expect(page.contains("Our school knows from") && page.contains("This has proved"))

        let again = try work.run(["amend", "social-networking", "01-preamble", Self.school, "--update"])
        #expect(again.status == 1)
        #expect(
            again.stderr.contains("has not changed since this amendment was based on it: there is nothing to update"))
    }

    @Test func aConflictStopsTheSchoolUntilAPersonSettlesIt() throws {
        let work = try Self.workspaceWithParagraphs()
        defer { work.remove() }
        #expect(try work.run(["amend", "social-networking", "01-preamble", Self.school]).status == 0)
        try work.edit(
            Self.amendment, replacing: "We now know from experience", with: "Our school knows from experience")
        try work.edit(Self.model, replacing: "We now know from experience", with: "We all know from experience")

        let update = try work.run(["amend", "social-networking", "01-preamble", Self.school, "--update"])
        #expect(update.status == 1)
        let conflicted = try #require(work.read(Self.amendment))
        let lines = conflicted.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0 == "<<<<<<< the school's wording" })
        #expect(lines[start + 1].hasPrefix("Our school knows from experience"))
        #expect(lines[start + 2] == "=======")
        #expect(lines[start + 3].hasPrefix("We all know from experience"))
        #expect(lines[start + 4] == ">>>>>>> the model's new wording")
        #expect(
            update.stderr.contains(
                "\(Self.amendment):\(start + 1):1: error: a conflict to settle (lines \(start + 1)–\(start + 5))"))

        let check = try work.run(["check", Self.school] + Self.today)
        #expect(check.status == 1)
        #expect(
            check.stderr.contains(
                "\(Self.amendment):\(start + 1):1: error: a conflict that 'amend --update' could not merge"))
        let build = try work.run(["build", Self.school, "--output", "site"] + Self.today)
        #expect(build.status == 1)
        #expect(!work.exists("site"), "nothing is published for a school with a conflict")

        // The clerk keeps the school's wording and deletes the rest.
        var settled = lines
        settled.removeSubrange((start + 2)...(start + 4))
        settled.remove(at: start)
        try work.write(Self.amendment, settled.joined(separator: "\n"))
        let resolved = try work.run(["build", Self.school, "--output", "site"] + Self.today)
        #expect(resolved.status == 0, "\(resolved.stderr)")
        #expect(work.read("site/social-networking.txt")?.contains("Our school knows from") == true)
    }

    @Test func refusalsWriteNothing() throws {
        let work = try Workspace()
        defer { work.remove() }
        #expect(try work.run(["amend", "social-networking", "02-scope", Self.school]).status == 0)
        let before = KillTests.contents(work.url(Self.school))
        let refusals: [([String], String)] = [
            (
                ["social-netwrking", "02-scope"],
                "'social-netwrking' is not a policy the school adopts (did you mean 'social-networking'?)"
            ),
            (
                ["social-networking", "02-scpe"],
                "'social-networking' has no section '02-scpe' (did you mean '02-scope'?)"
            ),
            (["social-networking", "02-scope"], "'02-scope' is already amended in"),
            (["social-networking", "02-scope", "--remove", "--reason", "No."], "'02-scope' is already amended in"),
            (
                ["social-networking", "01-preamble", "--update"],
                "'01-preamble' is not amended, so there is nothing to update"
            ),
            (["social-networking", "02-scope", "--update"], "has not changed since this amendment was based on it"),
            (["social-networking", "02-scope", "--add", "Scope"], "already has a section '02-scope'"),
            (
                ["social-networking", "09-local", "--add", "Local", "--after", "02-scpe"],
                "has no section '02-scpe' (did you mean '02-scope'?)"
            ),
            (["social-networking", "Local Notes", "--add", "Local"], "'Local Notes' cannot name a section file"),
        ]
        for (arguments, message) in refusals {
            let result = try work.run(["amend"] + arguments + [Self.school])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasSuffix("1 problem found; nothing was written.\n"), "\(result.stderr)")
            #expect(KillTests.contents(work.url(Self.school)) == before, "\(arguments) wrote something")
        }
        let usage = try work.run(["amend", "social-networking", "03-governors", Self.school, "--remove"])
        #expect(usage.status == 64)
        #expect(KillTests.contents(work.url(Self.school)) == before)
    }

    @Test func aRemovalAndAnAddedSectionBuildWhereTheySay() throws {
        let work = try Workspace()
        defer { work.remove() }
        let remove = try work.run([
            "amend", "social-networking", "03-governors", Self.school, "--remove", "--reason",
            "The headteacher takes this role.",
        ])
        #expect(remove.status == 0, "\(remove.stderr)")
        let add = try work.run([
            "amend", "social-networking", "02-local-contacts", Self.school, "--add", "Local contacts", "--after",
            "01-preamble",
        ])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(
            work.read("\(Self.school)/amendments/social-networking/02-local-contacts.md")
                == "---\ntitle: \"Local contacts\"\nafter: 01-preamble\n---\n")
        try work.write(
            "\(Self.school)/amendments/social-networking/02-local-contacts.md",
            "---\ntitle: \"Local contacts\"\nafter: 01-preamble\n---\nAsk the school office, {{ school.contact }}.\n")
        let build = try work.run(["build", Self.school, "--output", "site"] + Self.today)
        #expect(build.status == 0, "\(build.stderr)")
        let text = try #require(work.read("site/social-networking.txt"))
        let headings = text.split(separator: "\n").filter { $0.first?.isNumber == true && !$0.hasPrefix(" ") }
        #expect(headings == ["1. Preamble", "2. Local contacts", "3. Scope of the Policy"])
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Ask the school office, <office@oakfield-primary.example>."))
        #expect(
            work.read("Content/policies/social-networking/03-governors.md")?.contains(
                "are responsible for the approval of this Policy") == true)
        #expect(
            !words.contains("are responsible for the approval of this Policy"), "the section left out is not published")
    }
}
