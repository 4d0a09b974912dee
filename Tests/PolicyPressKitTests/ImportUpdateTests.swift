import Foundation
import Testing

/// `import FILE --update POLICY` through the command, on two years of a model (Fixtures/word:
/// medical-conditions-v1.docx and -v2.docx, made by scripts/make-word-fixtures.py from sources/*.md; v2
/// rewords paragraphs, renames 'Managing medicines on school premises', moves 'Emergency procedures' up,
/// removes 'Complaints' and adds 'Unacceptable practice'): the whole year as a user runs it, and every
/// refusal writing nothing.
@Suite struct ImportUpdateTests {
    static let v1 = ImportTests.word.appendingPathComponent("medical-conditions-v1.docx").path
    static let v2 = ImportTests.word.appendingPathComponent("medical-conditions-v2.docx").path
    static let school = "Content/schools/example"
    static let policy = "Content/policies/medical-conditions"
    static let amendments = "Content/schools/example/amendments/medical-conditions"
    static let update = ["import", v2, "--update", "medical-conditions"]

    /// A copy of the library with v1 imported as `medical-conditions`, adopted by the example school.
    static func workspaceWithTheFirstYear() throws -> Workspace {
        let work = try Workspace()
        let imported = try work.run(["import", v1, "--id", "medical-conditions"])
        #expect(imported.status == 0, "\(imported.stderr)")
        try work.edit(
            "\(school)/school.yml", replacing: "  - social-networking",
            with: "  - social-networking\n  - medical-conditions")
        return work
    }

    /// Runs a command that should succeed, and gives what it printed.
    static func run(_ work: Workspace, _ arguments: [String], status: Int32 = 0) throws -> CommandResult {
        let result = try work.run(arguments)
        #expect(result.status == status, "\(arguments.joined(separator: " ")): \(result.stdout)\(result.stderr)")
        return result
    }

    @Test func theWholeYearAsAUserRunsIt() throws {
        let work = try Self.workspaceWithTheFirstYear()
        defer { work.remove() }
        let today = ["--today", "2026-03-20"]
        // The school makes three sections its own: one the model leaves alone but moves, one whose other
        // paragraphs the model rewords, and one where both reword the same paragraph.
        for section in [
            "02-roles-and-responsibilities", "05-emergency-procedures", "04-managing-medicines-on-school-premises",
        ] {
            _ = try Self.run(work, ["amend", "medical-conditions", section, Self.school])
        }
        try work.edit(
            "\(Self.amendments)/02-roles-and-responsibilities.md", replacing: "Parents and carers give the school",
            with: "Parents and carers give the school office")
        try work.edit(
            "\(Self.amendments)/05-emergency-procedures.md", replacing: "Every member of staff knows",
            with: "Every member of staff, including lunchtime supervisors, knows")
        try work.edit(
            "\(Self.amendments)/04-managing-medicines-on-school-premises.md",
            replacing: "stored safely in the school office", with: "stored safely in the medical room")
        let first = try Self.run(work, ["check", Self.school] + today)
        #expect(first.stderr.isEmpty, "\(first.stderr)")
        _ = try Self.run(work, ["build", Self.school, "--output", "site"] + today)
        _ = try Self.run(
            work,
            ["approve", "medical-conditions", Self.school, "--date", "2026-03-12", "--by", "Full Governing Body"]
                + today)

        // The next year's model comes in over the old one.
        let imported = try Self.run(work, Self.update)
        for line in [
            "→ Content/policies/medical-conditions (updated: 3 changed, 2 renamed, 1 moved, 1 added, 1 removed, 1 unchanged)",
            "\(Self.policy)/04-managing-medicines-on-school-premises.md: 'Managing medicines on school premises' → 'Managing medicines' renamed (file kept; matched by its text, 88% alike): 19 words added, 1 removed",
            "\(Self.policy)/05-emergency-procedures.md: 'Emergency procedures' moved: order 5 → 2; its text is unchanged",
            "\(Self.policy)/07-unacceptable-practice.md: 'Unacceptable practice' added, a new file (69 words)",
            "\(Self.policy)/07-complaints.md: 'Complaints' removed: the new version has no such section, so its file goes",
            "1 section unchanged",
            "\(Self.policy)/08-monitoring-and-review.md:5:30: 'every two years': the new text gives a review cycle of 2 years, and \(Self.policy)/policy.yml says 12 months, which is kept",
        ] {
            #expect(imported.stdout.contains(line), "\(line)\n\(imported.stdout)")
        }
        #expect(
            !work.exists("\(Self.policy)/07-complaints.md") && work.exists("\(Self.policy)/07-unacceptable-practice.md")
        )
        #expect(
            work.read("\(Self.policy)/04-managing-medicines-on-school-premises.md")?.hasPrefix(
                "---\ntitle: \"Managing medicines\"\norder: 5\n---\n") == true)
        #expect(
            work.read("\(Self.policy)/policy.yml")?.contains("review_cycle: 12 months") == true, "policy.yml is kept")
        #expect(!work.exists("Content/policies/.medical-conditions.partial"))

        // check: each amendment based on the old text is out of date, a warning, not an error; one whose
        // section only moved (its text unchanged) is not.
        let stale = try Self.run(work, ["check", Self.school] + today)
        #expect(!stale.stderr.contains("error:"), "\(stale.stderr)")
        for section in ["02-roles-and-responsibilities", "04-managing-medicines-on-school-premises"] {
            #expect(
                stale.stderr.contains(
                    "\(Self.amendments)/\(section).md:1:1: warning: the model's text of this section has changed since this amendment was based on it; to merge the change into the school's wording, run: policypress amend medical-conditions \(section) \(Self.school) --update"
                ))
        }
        #expect(!stale.stderr.contains("05-emergency-procedures.md:1:1: warning"), "\(stale.stderr)")

        // amend --update merges two, and leaves the third's conflict for the clerk to settle.
        _ = try Self.run(
            work, ["amend", "medical-conditions", "02-roles-and-responsibilities", Self.school, "--update"])
        let roles = try #require(work.read("\(Self.amendments)/02-roles-and-responsibilities.md"))
        #expect(
            roles.contains("give the school office") && roles.contains("suitably trained")
                && roles.contains("title: \"Roles and Responsibilities\""))
        let conflict = try Self.run(
            work, ["amend", "medical-conditions", "04-managing-medicines-on-school-premises", Self.school, "--update"],
            status: 1)
        #expect(conflict.stdout.contains("1 conflict to settle before the school can be built"), "\(conflict.stdout)")
        #expect(
            try Self.run(work, ["check", Self.school] + today, status: 1).stderr.contains(
                "a conflict that 'amend --update' could not merge"))
        let medicines = "\(Self.amendments)/04-managing-medicines-on-school-premises.md"
        let settled = try #require(work.read(medicines)).replacingOccurrences(
            of: #"<<<<<<< [^\n]*\n[\s\S]*?=======\n([\s\S]*?)>>>>>>> [^\n]*\n"#, with: "$1", options: .regularExpression
        )
        try work.write(
            medicines,
            settled.replacingOccurrences(
                of: "locked cupboard in the school office", with: "locked cupboard in the medical room"))
        let clean = try Self.run(work, ["check", Self.school] + today)
        #expect(!clean.stderr.contains("warning: the model's text"), "\(clean.stderr)")

        // diff: what the model changed and what the school changed since the approval.
        try work.edit(
            "\(Self.amendments)/05-emergency-procedures.md", replacing: "arrives.",
            with: "arrives, and the office telephones the parent.")
        let diff = try Self.run(work, ["diff", "medical-conditions", Self.school] + today, status: 1)
        let text = diff.stdout.replacingOccurrences(of: "\n", with: " ")
        for phrase in [
            "[-healthy-] {+safe+} and {+well, and+} to achieve their potential. (changed in the model)",
            // The section that took the removed one's place, word by word as wdiff marks it.
            "7. [-Complaints-] {+Unacceptable practice+} (changed; heading: changed in the model)",
            // A section only retitled keeps its text; one that moved says so.
            "5. Managing medicines [-on school premises-] (changed",
            "2. Emergency procedures (moved from section 5 to section 2",
            "telephones the parent.+} (changed by the school)",
            "reviewed [-annually-] {+every two years.",
        ] {
            #expect(text.contains(phrase), "\(phrase)\n\(diff.stdout)")
        }
        let status = try Self.run(work, ["status", Self.school, "--format", "csv"] + today)
        #expect(
            status.stdout.contains(",changed since approval; model updated since approval; amended,"),
            "\(status.stdout)")

        _ = try Self.run(
            work,
            ["approve", "medical-conditions", Self.school, "--date", "2026-03-19", "--by", "Full Governing Body"]
                + today)
        let after = try Self.run(work, ["status", Self.school, "--format", "csv"] + today)
        #expect(after.stdout.contains(",approved; amended,"), "\(after.stdout)")
    }

    @Test func aDryRunPrintsTheSameReportAndTheSameDocumentTwiceChangesNothing() throws {
        let work = try Self.workspaceWithTheFirstYear()
        defer { work.remove() }
        // The school's trust and the school itself both amend the section v2 removes.
        try AnnualReviewTests.joinTrust(work)
        let complaints = "---\ntitle: Complaints\norder: 7\n---\nSpeak to the office first.\n"
        try work.write("Content/trusts/northbridge/amendments/medical-conditions/07-complaints.md", complaints)
        try work.write("\(Self.amendments)/07-complaints.md", complaints)
        let before = KillTests.contents(work.url("Content"))
        let dry = try Self.run(work, Self.update + ["--dry-run"])
        #expect(
            dry.stdout.contains(
                "\(Self.policy)/07-complaints.md: 'Complaints' removed: the new version has no such section, so its file goes; Content/schools/example, Content/trusts/northbridge amend it, and their amendments will have nothing under them"
            ),
            "\(dry.stdout)")
        #expect(KillTests.contents(work.url("Content")) == before, "a dry run writes nothing")
        let real = try Self.run(work, Self.update)
        #expect(dry.stdout == real.stdout + "\nNothing was written (--dry-run).\n")
        #expect(KillTests.contents(work.url("Content")) != before)

        let updated = KillTests.contents(work.url(Self.policy))
        let again = try Self.run(work, Self.update)
        #expect(again.stdout.contains("(updated: 8 unchanged)"), "\(again.stdout)")
        #expect(KillTests.contents(work.url(Self.policy)) == updated)
    }

    @Test func refusalsWriteNothing() throws {
        let work = try Self.workspaceWithTheFirstYear()
        defer { work.remove() }
        let before = KillTests.contents(work.url("Content"))
        let unknown = try Self.run(work, ["import", Self.v2, "--update", "medical-condition"], status: 1)
        #expect(
            unknown.stderr.contains(
                "--update: error: the library has no policy 'medical-condition' to update (did you mean 'medical-conditions'?); to bring the document in as a new policy, leave out --update"
            ))
        let usage: [([String], String)] = [
            (
                ["import", Self.v2, Self.v1, "--update", "medical-conditions"],
                "--update takes one document, the next version of the policy: name one file"
            ),
            (
                Self.update + ["--id", "medical-conditions-2026"],
                "--update names the policy the document updates, and --id a new policy: give one or the other"
            ),
            (Self.update + ["--title", "Medical Conditions"], "--title cannot be used with --update"),
        ]
        for (arguments, message) in usage {
            #expect(try Self.run(work, arguments, status: 64).stderr.contains(message))
        }
        let empty = try Self.run(
            work,
            [
                "import", ImportTests.word.appendingPathComponent("hostile/empty.docx").path, "--update",
                "medical-conditions",
            ], status: 1)
        #expect(empty.stdout.contains("empty.docx: refused: the file is empty (0 bytes)"))
        #expect(
            try Self.run(work, ["import", "no-such.docx", "--update", "medical-conditions"], status: 1).stdout.contains(
                "no-such.docx: refused: there is no such file"))
        #expect(KillTests.contents(work.url("Content")) == before)
    }
}
