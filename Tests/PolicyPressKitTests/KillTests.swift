import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Commands killed with SIGKILL at random moments: the register, the amendments, an updated policy and the
/// site are always exactly the old ones or the new ones.
@Suite struct KillTests {
    static let runs = 60

    /// The second approval is of the edition approved already, or of a document, whose new text is written
    /// before the entry that points at it.
    @Test(arguments: [false, true])
    func killingApproveNeverLeavesABrokenRegister(ofADocument document: Bool) throws {
        let work = try Workspace()
        defer { work.remove() }
        let register = "Content/schools/example/register.yml"
        let first = try work.run(ApprovalTests.approve)
        #expect(first.status == 0)
        let old = try #require(work.read(register))
        var second = [
            "approve", "social-networking", "--date", "2027-03-01", "--by", "Resources Committee", "--today",
            "2027-03-02",
        ]
        if document {
            try work.write(
                "last-year.md", "# Social Networking Policy 2027\n\n## Preamble\n\nThe words the governors approved.\n")
            second += ["--document", "last-year.md"]
        }

        // One run to the end gives the new register, and how long a run takes.
        let started = Date()
        #expect(try work.run(second).status == 0)
        let duration = Date().timeIntervalSince(started)
        let new = try #require(work.read(register))
        #expect(new != old && new.hasPrefix(old))
        let edition = try #require(
            new.split(separator: "\n").last { $0.hasPrefix("  edition: ") }?.dropFirst("  edition: ".count))
        let keptText = "Content/schools/example/approved/social-networking/\(edition).md"

        var outcomes = (old: 0, new: 0)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<Self.runs {
            try work.write(register, old)
            // The document's text is new each time, so that a kill between the text and the entry can be seen.
            if document { try? FileManager.default.removeItem(at: work.url(keptText)) }
            try Self.runAndKill(second, in: work, within: duration * 1.3, using: &generator)

            let after = work.read(register)
            #expect(
                after == old || after == new,
                "the register is neither the old nor the new one:\n\(after ?? "<missing>")")
            #expect(
                after != new || work.exists(keptText), "the register's new entry points at a text that was not kept")
            if after == old { outcomes.old += 1 } else if after == new { outcomes.new += 1 }
        }
        print("kill test: \(outcomes.old) runs left the old register, \(outcomes.new) the new one")
        // Kill moments spread over the whole run, so both outcomes must have happened.
        #expect(outcomes.old > 0)
        #expect(outcomes.new > 0)
        #expect(outcomes.old + outcomes.new == Self.runs)
        let check = try work.run(["check", "--today", "2027-03-02"])
        #expect(check.status == 0, "\(check.stderr)")
    }

    /// Starts `policypress` with `arguments` and kills it with SIGKILL at a random moment within `limit` seconds.
    static func runAndKill(
        _ arguments: [String], in work: Workspace, within limit: Double,
        using generator: inout SystemRandomNumberGenerator
    ) throws {
        let process = try CommandRunner.launch(TestPaths.binary, arguments, in: work.root)
        usleep(UInt32(Double.random(in: 0...limit, using: &generator) * 1_000_000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Every file of a folder with its bytes.
    static func contents(_ folder: URL) -> [String: Data] {
        var contents: [String: Data] = [:]
        for path in TestPaths.files(under: folder) {
            contents[path] = try? Data(contentsOf: folder.appendingPathComponent(path))
        }
        return contents
    }

    /// `amend --update` writes the merged amendment and its new base together: killed at any moment, the
    /// school folder holds both old files or both new ones (and at most a hidden half-made copy, which
    /// readers pass over and the next `amend` removes).
    @Test func killingAmendLeavesTheAmendmentsAsTheyWereOrComplete() throws {
        let work = try AmendTests.workspaceWithParagraphs()
        defer { work.remove() }
        let update = ["amend", "social-networking", "01-preamble", AmendTests.school, "--update"]
        #expect(try work.run(["amend", "social-networking", "01-preamble", AmendTests.school]).status == 0)
        try work.edit(
            AmendTests.amendment, replacing: "We now know from experience", with: "Our school knows from experience")
        try work.edit(AmendTests.model, replacing: "Yet this has proved", with: "This has proved")
        let folder = work.url(AmendTests.school)
        let old = Self.contents(folder)
        let started = Date()
        #expect(try work.run(update).status == 0)
        let duration = Date().timeIntervalSince(started)
        let new = Self.contents(folder)
        #expect(new != old)
        let staging = "amendments/.social-networking.partial/"

        func restore(_ files: [String: Data]) throws {
            try FileManager.default.removeItem(at: folder)
            for (path, data) in files {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
        }
        try restore(old)
        var outcomes = (old: 0, new: 0)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<Self.runs {
            try Self.runAndKill(update, in: work, within: duration * 1.3, using: &generator)
            let after = Self.contents(folder).filter { !$0.key.hasPrefix(staging) }
            #expect(
                after == old || after == new,
                "the amendments are neither the old ones nor the new ones: \(after.keys.sorted())")
            if after == old { outcomes.old += 1 } else if after == new { outcomes.new += 1 }
            try restore(old.merging(Self.contents(folder).filter { $0.key.hasPrefix(staging) }) { $1 })
        }
        print("kill test (amend): \(outcomes.old) runs left the old amendments, \(outcomes.new) the new ones")
        #expect(outcomes.old > 0)
        #expect(outcomes.new > 0)
        // Whatever a killed run left, the next one finishes the work and leaves no half-made copy.
        #expect(try work.run(update).status == 0)
        #expect(Self.contents(folder) == new)
    }

    /// `import --update` replaces the policy folder whole: killed at any moment (while pandoc reads the
    /// document, while the new folder is made, as it is swapped in), the folder is the old policy or the new
    /// one, never a mixture (a hidden half-made copy beside it is passed over, and removed by the next run).
    @Test func killingImportUpdateLeavesTheOldPolicyOrTheNew() throws {
        let work = try ImportUpdateTests.workspaceWithTheFirstYear()
        defer { work.remove() }
        let folder = work.url(ImportUpdateTests.policy)
        let old = Self.contents(folder)
        let started = Date()
        #expect(try work.run(ImportUpdateTests.update).status == 0)
        let duration = Date().timeIntervalSince(started)
        let new = Self.contents(folder)
        #expect(
            new != old && new.keys.contains("07-unacceptable-practice.md") && !new.keys.contains("07-complaints.md"))

        func restore() throws {
            try FileManager.default.removeItem(at: folder)
            for (path, data) in old {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try data.write(to: folder.appendingPathComponent(path))
            }
        }
        try restore()
        var outcomes = (old: 0, new: 0)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<Self.runs {
            try Self.runAndKill(ImportUpdateTests.update, in: work, within: duration * 1.3, using: &generator)
            let after = Self.contents(folder)
            #expect(
                after == old || after == new,
                "the policy is neither the old one nor the new one: \(after.keys.sorted())")
            if after == old { outcomes.old += 1 } else if after == new { outcomes.new += 1 }
            if after != old { try restore() }
        }
        print("kill test (import --update): \(outcomes.old) runs left the old policy, \(outcomes.new) the new one")
        #expect(outcomes.old > 0)
        #expect(outcomes.new > 0)
        let check = try work.run(["check", ImportUpdateTests.school, "--today", "2026-12-01"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(try work.run(ImportUpdateTests.update).status == 0)
        #expect(Self.contents(folder) == new)
        #expect(
            !work.exists("Content/policies/.medical-conditions.partial"), "the next run removes what a stopped one left"
        )
    }

    @Test func killingBuildNeverLeavesAHalfWrittenSite() throws {
        let work = try Workspace(keepingRegisters: true)
        defer { work.remove() }
        let build = ["build", "Content/schools", "--output", "site", "--today", "2026-11-24"]
        #expect(try work.run(build).status == 0)
        let old = Self.contents(work.url("site"))
        for school in ShippedSchoolsTests.schools {
            try work.edit("Content/schools/\(school)/school.yml", replacing: "name: ", with: "name: The New ")
        }
        let reference = build.map { $0 == "site" ? "reference" : $0 }
        let started = Date()
        #expect(try work.run(reference).status == 0)
        let duration = Date().timeIntervalSince(started)
        let new = Self.contents(work.url("reference"))
        #expect(new != old && new.count > 20)

        var outcomes = (old: 0, new: 0)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<Self.runs {
            try Self.runAndKill(build, in: work, within: duration * 1.3, using: &generator)

            let site = Self.contents(work.url("site"))
            #expect(site == old || site == new, "the site is neither the old one nor the new one")
            if site == old { outcomes.old += 1 } else if site == new { outcomes.new += 1 }
            if site == new {
                // Start the next round from the old site again.
                try FileManager.default.removeItem(at: work.url("site"))
                for (path, data) in old {
                    let url = work.url("site/\(path)")
                    try FileManager.default.createDirectory(
                        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try data.write(to: url)
                }
            }
        }
        print("kill test (build): \(outcomes.old) runs left the old site, \(outcomes.new) the new one")
        #expect(outcomes.old > 0)
        #expect(outcomes.new > 0)
        // A build after all that publishes the new site whole.
        #expect(try work.run(build).status == 0)
        #expect(Self.contents(work.url("site")) == new)
    }
}
