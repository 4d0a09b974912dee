import Foundation
import Testing

/// The clerk's routine after a meeting: approve, look at the schedule, publish; and every refusal.
@Suite struct ApprovalTests {
    static let register = "Content/schools/example/register.yml"
    static let approve = [
        "approve", "social-networking", "--date", "2026-03-12", "--by", "Full Governing Body",
        "--minute", "FGB/2026/14", "--today", "2026-11-24",
    ]

    @Test func approveRecordsTheEditionAndKeepsItsText() throws {
        let work = try Workspace()
        defer { work.remove() }
        let result = try work.run(Self.approve)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                "Recorded: Social Networking Policy approved by Full Governing Body on 12 March 2026 (minute FGB/2026/14).\nNext review: 12 March 2027."
            ))
        let register = try #require(work.read(Self.register))
        #expect(
            register.contains(
                "  library: \"PolicyPress Example Library 2026.1\"\n  approved: 2026-03-12\n  by: \"Full Governing Body\"\n  minute: \"FGB/2026/14\"\n  next_review: 2027-03-12\n"
            ))
        let folder = "Content/schools/example/approved/social-networking"
        let kept = try FileManager.default.contentsOfDirectory(atPath: work.url(folder).path).sorted()
        #expect(kept.count == 2 && kept[0].hasSuffix(".layers") && kept[1] == kept[0].dropLast(".layers".count) + ".md")
        let text = try #require(work.read("\(folder)/\(kept[1])"))
        #expect(text.hasPrefix("# Social Networking Policy\n\n## Preamble\n\nThe almost overwhelming tide"))
        #expect(register.contains("edition: \(kept[1].dropLast(3))"))
        // What the text was built from besides the library: the profile as it was, and the model's fingerprint.
        #expect(work.read("\(folder)/\(kept[0])/school.yml") == work.read("Content/schools/example/school.yml"))
        #expect(work.read("\(folder)/\(kept[0])/model.sha256")?.count == 65)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: work.url("\(folder)/\(kept[0])").path).sorted() == [
                "model.sha256", "school.yml",
            ])
    }

    @Test func statusShowsTheScheduleTheClerkTakesToTheMeeting() throws {
        let work = try Workspace()
        defer { work.remove() }
        let before = try work.run(["status", "--today", "2026-11-24"])
        #expect(before.stdout.contains("\nSocial Networking Policy  never approved"))
        #expect(try work.run(Self.approve).status == 0)
        let table = try work.run(["status", "--today", "2026-11-24"])
        #expect(table.status == 0)
        #expect(
            table.stdout == """
                Review schedule of Oakfield Primary School on 24 November 2026 (1 policy)

                POLICY                    STATE     APPROVED ON    BY                   MINUTE       NEXT REVIEW    DAYS LEFT
                Social Networking Policy  approved  12 March 2026  Full Governing Body  FGB/2026/14  12 March 2027  108

                """)
        let csv = try work.run(["status", "--today", "2027-02-01", "--format", "csv"])
        #expect(
            csv.stdout.split(separator: "\r\n")[1].hasPrefix(
                "social-networking,Social Networking Policy,review due,2026-03-12,Full Governing Body,FGB/2026/14,2027-03-12,39,"
            ))
        let json = try work.run(["status", "--today", "2027-04-01", "--format", "json"])
        struct Schedule: Decodable {
            struct Policy: Decodable {
                var policy: String, title: String, states: [String]
                var daysLeft: Int
                enum CodingKeys: String, CodingKey { case policy, title, states, daysLeft = "days_left" }
            }
            var policies: [Policy]
        }
        let policy = try JSONDecoder().decode(Schedule.self, from: Data(json.stdout.utf8)).policies.first
        #expect(policy?.policy == "social-networking" && policy?.title == "Social Networking Policy")
        #expect(policy?.states == ["overdue"])
        #expect(policy?.daysLeft == -20)
    }

    @Test func failOnMakesStatusAGate() throws {
        let work = try Workspace()
        defer { work.remove() }
        #expect(try work.run(Self.approve).status == 0)
        #expect(try work.run(["status", "--today", "2026-11-24", "--fail-on", "overdue"]).status == 0)
        let overdue = try work.run(["status", "--today", "2027-04-01", "--fail-on", "overdue"])
        #expect(overdue.status == 1)
        #expect(overdue.stderr == "1 of 1 policies are overdue.\n")
        #expect(try work.run(["status", "--today", "2026-11-24", "--fail-on", "changed"]).status == 0)
        try work.edit("Content/schools/example/school.yml", replacing: "Ms Laura Bennett", with: "Mr Sam Patel")
        let changed = try work.run(["status", "--today", "2026-11-24", "--fail-on", "changed"])
        #expect(changed.status == 1)
        #expect(changed.stdout.contains("changed since approval"))
    }

    @Test func reapprovingAnUnchangedTextAddsARecordWithANewReviewDate() throws {
        let work = try Workspace()
        defer { work.remove() }
        #expect(try work.run(Self.approve).status == 0)
        let again = try work.run([
            "approve", "social-networking", "--date", "2027-03-01", "--by", "Full Governing Body", "--today",
            "2027-03-02",
        ])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("reviewed with no changes to the text"))
        #expect(again.stdout.contains("Next review: 1 March 2028."))
        let register = try #require(work.read(Self.register))
        #expect(register.components(separatedBy: "- policy: social-networking").count == 3)
        #expect(
            register.hasSuffix("  approved: 2027-03-01\n  by: \"Full Governing Body\"\n  next_review: 2028-03-01\n"))
        let kept = try FileManager.default.contentsOfDirectory(
            atPath: work.url("Content/schools/example/approved/social-networking").path)
        #expect(kept.filter { $0.hasSuffix(".md") }.count == 1 && kept.filter { $0.hasSuffix(".layers") }.count == 1)
        let status = try work.run(["status", "--today", "2027-03-02"])
        #expect(status.stdout.contains("Social Networking Policy  approved  1 March 2027"))
    }

    @Test func reviewByOverridesTheCycle() throws {
        let work = try Workspace()
        defer { work.remove() }
        #expect(try work.run(Self.approve + ["--review-by", "2026-09-01"]).status == 0)
        #expect(work.read(Self.register)?.contains("next_review: 2026-09-01") == true)
    }

    @Test(arguments: [
        (
            ["--date", "12/03/2026"],
            "--date: error: '12/03/2026' is not a real date; give the meeting's date as YYYY-MM-DD, such as 2026-03-12"
        ),
        (["--date", "2026-02-30"], "--date: error: '2026-02-30' is not a real date"),
        (
            ["--date", "2026-12-01"],
            "--date: error: '2026-12-01' is after today (2026-11-24); record an approval once the meeting has taken place"
        ),
        (["--by", "   "], "--by: error: say who approved the policy, such as --by \"Full Governing Body\""),
        (
            ["--review-by", "2026-01-01"],
            "--review-by: error: '--review-by 2026-01-01' must come after the approval date, 2026-03-12"
        ),
        (["--review-by", "soon"], "--review-by: error: 'soon' is not a real date; write it as YYYY-MM-DD"),
    ])
    func refusalsWriteNothing(change: [String], message: String) throws {
        let work = try Workspace()
        defer { work.remove() }
        let result = try work.run(Self.arguments(Self.approve, changing: change))
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("nothing was recorded.\n"))
        #expect(!work.exists(Self.register))
        #expect(!work.exists("Content/schools/example/approved"))
    }

    /// `arguments` with each option in `change` (pairs of an option and its value) given that value instead,
    /// or added.
    static func arguments(_ arguments: [String], changing change: [String]) -> [String] {
        var arguments = arguments
        for index in stride(from: 0, to: change.count, by: 2) {
            if let at = arguments.firstIndex(of: change[index]) {
                arguments[at + 1] = change[index + 1]
            } else {
                arguments += [change[index], change[index + 1]]
            }
        }
        return arguments
    }

    @Test func refusesAnUnknownPolicyAndADateBeforeTheLastApproval() throws {
        let work = try Workspace()
        defer { work.remove() }
        var unknown = Self.approve
        unknown[1] = "social-netwrking"
        let result = try work.run(unknown)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("social-netwrking: error: unknown policy (did you mean 'social-networking'?)"))
        #expect(!work.exists(Self.register))

        #expect(try work.run(Self.approve).status == 0)
        let before = try #require(work.read(Self.register))
        var earlier = Self.approve
        earlier[3] = "2026-01-15"
        let refused = try work.run(earlier)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "--date: error: '2026-01-15' is before this policy's last approval, on 12 March 2026"))
        #expect(work.read(Self.register) == before)
    }

    @Test func refusesAPolicyTheSchoolDoesNotAdopt() throws {
        let work = try Workspace()
        defer { work.remove() }
        try TestPaths.copyContents(
            of: work.url("Content/policies/social-networking"),
            into: try makeFolder(work.url("Content/policies/e-safety")))
        var arguments = Self.approve
        arguments[1] = "e-safety"
        let result = try work.run(arguments)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "e-safety: error: Oakfield Primary School does not adopt this policy; add it under 'policies' in Content/schools/example/school.yml first"
            ))
    }

    @Test func problemsElsewhereInTheSchoolDoNotStopAnApproval() throws {
        let work = try Workspace()
        defer { work.remove() }
        let profile = "Content/schools/example/school.yml"
        try TestPaths.copyContents(
            of: work.url("Content/policies/social-networking"),
            into: try makeFolder(work.url("Content/policies/e-safety")))
        try work.edit(
            "Content/policies/e-safety/01-preamble.md", replacing: "The almost", with: "{{ school.nmae }} The almost")
        try work.edit(
            profile, replacing: "  - social-networking", with: "  - social-networking\n  - e-safety\n  - anti-bullying")
        // Profile values this policy does not use, and the templates, which shape pages and not the text.
        try work.edit(profile, replacing: "last_checked: 2026-11-02", with: "last_checked: 2026-11-31")
        try work.edit(profile, replacing: "local_authority: Northshire County Council\n", with: "")
        try work.edit("Templates/index.mustache", replacing: "{{/policies}}", with: "")
        let elsewhere = ["school.nmae", "anti-bullying", "last_checked", "local_authority", "index.mustache"]
        let check = try work.run(["check"])
        #expect(check.status == 1)
        #expect(elsewhere.allSatisfy { check.stderr.contains($0) }, "\(check.stderr)")

        let approved = try work.run(Self.approve)
        #expect(approved.status == 0, "\(approved.stderr)")
        #expect(work.read(Self.register)?.contains("- policy: social-networking") == true)
        var other = Self.approve
        other[1] = "e-safety"
        let refused = try work.run(other)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.hasPrefix(
                "Content/policies/e-safety/01-preamble.md:5:1: error: unknown variable 'school.nmae'"),
            "\(refused.stderr)")
        #expect(elsewhere.dropFirst().allSatisfy { !refused.stderr.contains($0) }, "\(refused.stderr)")
    }

    // As check reports them: a value that is there but broken is never filled in, and its use is not
    // reported as unknown, since the value's own problem says what is wrong.
    @Test(arguments: [
        (
            "  esafety_governor: Ms Laura Bennett", "  esafety_governor: [Ms Laura Bennett, Mr Sam Patel]", nil,
            [
                "Content/policies/social-networking/03-governors.md:6:156: error: unknown variable 'school.roles.esafety_governor'",
                "Content/schools/example/school.yml:12:21: error: 'roles.esafety_governor' is a list",
            ]
        ),
        (
            "website: https://oakfield-primary.example", "website: www.oakfield-primary.example",
            "{{ school.website }}",
            [
                "Content/schools/example/school.yml:6:10: error: 'website' must be a web address such as https://school.example, but found 'www.oakfield-primary.example'"
            ]
        ),
        (
            "local_authority: Northshire County Council\n", "", "{{ school.local_authority }}",
            [
                "Content/policies/social-networking/01-preamble.md:5:1: error: unknown variable 'school.local_authority'",
                "Content/schools/example/school.yml:4:7: error: missing 'local_authority': a maintained school must give its local authority",
            ]
        ),
    ])
    func aBrokenProfileValueThePolicyUsesStillStopsIt(value: String, broken: String, use: String?, messages: [String])
        throws
    {
        let work = try Workspace()
        defer { work.remove() }
        try work.edit("Content/schools/example/school.yml", replacing: value, with: broken)
        if let use {
            try work.edit(
                "Content/policies/social-networking/01-preamble.md", replacing: "The almost", with: "\(use) The almost")
        }
        let result = try work.run(Self.approve)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == messages.count + 1, "\(result.stderr)")
        #expect(zip(lines, messages).allSatisfy { $0.hasPrefix($1) }, "\(result.stderr)")
        #expect(!work.exists(Self.register))
    }

    @Test func aHandEditedRegisterIsReportedAndNeverRewritten() throws {
        let work = try Workspace()
        defer { work.remove() }
        #expect(try work.run(Self.approve).status == 0)
        let broken = try #require(work.read(Self.register)).replacingOccurrences(
            of: "approved: 2026-03-12", with: "approved: 2026-03-32")
        try work.write(Self.register, broken)

        let check = try work.run(["check"])
        #expect(check.status == 1)
        #expect(
            check.stderr.contains(
                "Content/schools/example/register.yml:7:13: error: 'approved' must be a real date written YYYY-MM-DD, but found '2026-03-32'"
            ))
        let approve = try work.run(Self.approve)
        #expect(approve.status == 1)
        #expect(work.read(Self.register) == broken)
        #expect(try work.run(["status"]).status == 1)
        #expect(try work.run(["build"]).status == 1)
    }

    @Test func aKeptTextThatIsMissingOrChangedIsReported() throws {
        let work = try Workspace()
        defer { work.remove() }
        #expect(try work.run(Self.approve).status == 0)
        let folder = "Content/schools/example/approved/social-networking"
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: work.url(folder).path).first)
        try work.edit("\(folder)/\(name)", replacing: "Ms Laura Bennett", with: "Ms L Bennett")

        for verb in ["check", "status"] {
            let result = try work.run([verb])
            #expect(result.status == 1)
            #expect(
                result.stderr.contains(
                    "Content/schools/example/register.yml:4:3: error: the approved text of 'social-networking' (approved/social-networking/\(name)) no longer matches the register"
                ))
        }
        try FileManager.default.removeItem(at: work.url("\(folder)/\(name)"))
        let missing = try work.run(["check"])
        #expect(
            missing.stderr.contains(
                "error: the approved text of 'social-networking' (approved/social-networking/\(name)) is missing"))
    }

    @Test func approvedOnlyPublishesTheApprovedTextWhileTheDraftMovesOn() throws {
        let work = try Workspace()
        defer { work.remove() }
        try work.edit(
            "Content/schools/example/school.yml", replacing: "  - social-networking",
            with: "  - social-networking\n  - e-safety")
        try TestPaths.copyContents(
            of: work.url("Content/policies/social-networking"),
            into: try makeFolder(work.url("Content/policies/e-safety")))
        try work.edit(
            "Content/policies/e-safety/policy.yml", replacing: "title: Social Networking Policy",
            with: "title: E-Safety Policy")
        #expect(try work.run(Self.approve).status == 0)
        try work.edit("Content/schools/example/school.yml", replacing: "Ms Laura Bennett", with: "Mr Sam Patel")

        let published = try work.run(["build", "--approved-only", "--output", "publish", "--today", "2026-11-24"])
        #expect(published.status == 0, "\(published.stderr)")
        #expect(published.stdout == "Built 1 policy for Oakfield Primary School into publish/ (7 files).\n")
        let page = try #require(work.read("publish/social-networking.html"))
        let text = try #require(work.read("publish/social-networking.txt"))
        #expect(page.contains("Ms Laura Bennett") && !page.contains("Mr Sam Patel"))
        #expect(text.contains("Ms Laura\nBennett") || text.contains("Ms Laura Bennett"))
        #expect(!page.contains("draft-banner") && !text.contains("DRAFT"))
        #expect(
            page.contains(
                "Approved by Full Governing Body on <time datetime=\"2026-03-12\">12 March 2026</time> (minute FGB/2026/14). Next review: <time datetime=\"2027-03-12\">March 2027</time>."
            ))
        #expect(
            text.contains(
                "Approved by Full Governing Body on 12 March 2026 (minute FGB/2026/14).\nNext review: March 2027."))
        #expect(!work.exists("publish/e-safety.html"))
        #expect(work.read("publish/index.html")?.contains("e-safety") == false)

        let draft = try work.run(["build", "--output", "draft", "--today", "2026-11-24"])
        #expect(draft.status == 0)
        let draftPage = try #require(work.read("draft/social-networking.html"))
        #expect(draftPage.contains("Mr Sam Patel"))
        #expect(draftPage.contains("This text differs from the version approved on 12 March 2026"))
        #expect(work.read("draft/social-networking.txt")?.contains("DRAFT – NOT THE APPROVED POLICY.") == true)
        #expect(work.read("draft/e-safety.html")?.contains("This policy has not been approved yet.") == true)
        #expect(
            work.read("draft/index.html")?.contains("<strong class=\"flag\">Draft:</strong> changed since approval")
                == true)
    }

    private func makeFolder(_ url: URL) throws -> URL {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// `diff` as a clerk runs it at the annual review, and the changes page the site gains.
@Suite struct DiffCommandTests {
    @Test func exitsZeroWhenNothingChangedAndOneWhenSomethingDid() throws {
        let work = try Workspace()
        defer { work.remove() }
        #expect(try work.run(ApprovalTests.approve).status == 0)
        let same = try work.run(["diff", "social-networking", "--today", "2026-11-24"])
        #expect(same.status == 0)
        #expect(same.stdout.contains("\nNo changes.\n"))
        try work.edit("Content/schools/example/school.yml", replacing: "Ms Laura Bennett", with: "Mr Sam Patel")
        let changed = try work.run(["diff", "social-networking", "--today", "2026-11-24", "--output", "changes.txt"])
        #expect(changed.status == 1)
        #expect(changed.stdout == "1 section changed; 3 words added, 3 removed. Written to changes.txt.\n")
        #expect(
            work.read("changes.txt")?.replacingOccurrences(of: "\n", with: " ").contains(
                "[-Ms Laura Bennett,-] {+Mr Sam Patel,+}") == true)
        let never = try work.run(["diff", "social-networking", "Content/schools/riverside", "--today", "2026-11-24"])
        #expect(never.status == 2)
        #expect(never.stderr.contains("--from: error: 'social-networking' has never been approved"))
    }

    /// The title is part of the approved text: a model's new title is a change, and the approved page keeps the old one.
    @Test func aNewTitleInTheModelIsAChangeAndTheApprovedPageKeepsTheOldOne() throws {
        let work = try Workspace()
        defer { work.remove() }
        #expect(try work.run(ApprovalTests.approve).status == 0)
        try work.edit(
            "Content/policies/social-networking/policy.yml", replacing: "title: Social Networking Policy",
            with: "title: Social Media Policy")
        let diff = try work.run(["diff", "social-networking", "--today", "2026-11-24"])
        #expect(diff.status == 1)
        #expect(!diff.stdout.contains("No changes."))
        #expect(diff.stdout.contains("Title: Social [-Networking-] {+Media+} Policy"))
        #expect(try work.run(["build", "--approved-only", "--today", "2026-11-24", "-o", "pub"]).status == 0)
        #expect(work.read("pub/social-networking.html")?.contains("<h1>Social Networking Policy</h1>") == true)
    }

    @Test func comparesTwoApprovedEditionsAndFiles() throws {
        let work = try Workspace()
        defer { work.remove() }
        #expect(try work.run(ApprovalTests.approve).status == 0)
        try work.edit("Content/schools/example/school.yml", replacing: "Ms Laura Bennett", with: "Mr Sam Patel")
        #expect(
            try work.run([
                "approve", "social-networking", "--date", "2026-06-01", "--by", "FGB", "--today", "2026-11-24",
            ]).status == 0)
        let dates = try work.run([
            "diff", "social-networking", "--from", "2026-03-12", "--to", "2026-06-01", "--today", "2026-11-24",
        ])
        #expect(dates.status == 1)
        #expect(dates.stdout.contains("From: the edition approved on 12 March 2026"))
        #expect(dates.stdout.contains("To:   the edition approved on 1 June 2026"))
        let kept = try FileManager.default.contentsOfDirectory(
            atPath: work.url("Content/schools/example/approved/social-networking").path
        )
        .filter { $0.hasSuffix(".md") }.sorted()
        let file = "Content/schools/example/approved/social-networking/\(kept[0])"
        let files = try work.run(["diff", "social-networking", "--from", file, "--to", file, "--today", "2026-11-24"])
        #expect(files.status == 0)
        let missing = try work.run(["diff", "social-networking", "--from", "nothing.md", "--today", "2026-11-24"])
        #expect(missing.status == 2)
        #expect(
            missing.stderr.contains(
                "--from: error: expected 'approved', 'draft', a date (YYYY-MM-DD) or an edition file, but there is no file 'nothing.md'"
            ))
    }

    /// Last year's Word file (or PDF) beside a school's draft is read as import reads it; an old Word file gets
    /// the import's advice, not a complaint about its bytes.
    @Test func comparesADraftWithAWordDocument() throws {
        let work = try Workspace()
        defer { work.remove() }
        let word = ImportTests.word.appendingPathComponent("model-styled.docx").path
        let compared = try work.run(["diff", "social-networking", "--from", word, "--today", "2026-11-24"])
        #expect(compared.status == 1, "\(compared.stderr)")
        #expect(compared.stdout.contains("From: \(word)"))
        #expect(compared.stdout.contains("To:   the current draft"))
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).write(to: work.url("last-year.doc"))
        let old = try work.run(["diff", "social-networking", "--from", "last-year.doc", "--today", "2026-11-24"])
        #expect(old.status == 2)
        #expect(
            old.stderr.contains("--from: error: last-year.doc cannot be compared: it is an old Word document (.doc)"),
            "\(old.stderr)")
    }

    @Test func theSiteLinksAChangedPolicyToItsChanges() throws {
        let work = try Workspace(keepingRegisters: true)
        defer { work.remove() }
        #expect(try work.run(["build", "Content/schools/hillcrest-academy", "--today", "2026-11-24"]).status == 0)
        let changes = try #require(work.read("site/social-networking-changes.html"))
        #expect(changes.contains("<del><span class=\"visually-hidden\">[removed: </span>Mr David Kerr,"))
        #expect(changes.contains("<ins><span class=\"visually-hidden\">[added: </span>Mrs Helen Marsh,"))
        #expect(
            work.read("site/social-networking.html")?.contains(
                "<a href=\"social-networking-changes.html\">See what changed since approval</a>") == true)
        #expect(work.read("site/index.html")?.contains("href=\"social-networking-changes.html\"") == true)
        #expect(try work.run(["build", "Content/schools/example", "--today", "2026-11-24", "-o", "other"]).status == 0)
        #expect(!work.exists("other/social-networking-changes.html"))
        #expect(
            try work.run([
                "build", "Content/schools/hillcrest-academy", "--approved-only", "--today", "2026-11-24", "-o", "pub",
            ]).status == 0)
        #expect(!work.exists("pub/social-networking-changes.html"))
    }
}
