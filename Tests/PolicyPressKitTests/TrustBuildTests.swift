import Foundation
import Testing

/// Many schools in one run, and rebuilds that write only what changed.
@Suite struct TrustBuildTests {
    static let build = ["build", "Content/schools", "--output", "trust", "--today", "2026-11-24"]

    /// Each file's inode and modification time, to tell a file left alone from one written again.
    static func stamps(_ work: Workspace, _ folder: String) throws -> [String: [String]] {
        var stamps: [String: [String]] = [:]
        for path in TestPaths.files(under: work.url(folder)) {
            let attributes = try FileManager.default.attributesOfItem(atPath: work.url("\(folder)/\(path)").path)
            stamps[path] = ["\(attributes[.systemFileNumber] ?? "")", "\(attributes[.modificationDate] ?? "")"]
        }
        return stamps
    }

    @Test func buildsEverySchoolWithAnIndexOfThem() throws {
        let work = try Workspace(keepingRegisters: true)
        defer { work.remove() }
        let result = try work.run(Self.build)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Built 4 of 4 schools (4 policies) into trust/:"))
        let index = try #require(work.read("trust/index.html"))
        for school in ShippedSchoolsTests.schools {
            #expect(index.contains("<a href=\"\(school)/index.html\">"))
            #expect(work.exists("trust/\(school)/social-networking.html"))
        }
        #expect(work.exists("trust/hillcrest-academy/social-networking-changes.html"))
        // Each school's site is the same as when it is built alone.
        #expect(
            try work.run(["build", "Content/schools/st-marys", "--output", "alone", "--today", "2026-11-24"]).status
                == 0)
        #expect(work.read("alone/social-networking.html") == work.read("trust/st-marys/social-networking.html"))
    }

    @Test func aRebuildWithNothingChangedWritesNothing() throws {
        let work = try Workspace(keepingRegisters: true)
        defer { work.remove() }
        #expect(try work.run(Self.build).status == 0)
        let before = try Self.stamps(work, "trust")
        Thread.sleep(forTimeInterval: 0.02)
        let again = try work.run(Self.build)
        #expect(again.status == 0)
        #expect(again.stdout.hasSuffix(": nothing changed.\n"))
        #expect(try Self.stamps(work, "trust") == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: work.root.path).filter { $0.contains("building") }
                .isEmpty)
    }

    @Test func aRebuildAfterOneChangeWritesOnlyWhatChanged() throws {
        let work = try Workspace(keepingRegisters: true)
        defer { work.remove() }
        #expect(try work.run(Self.build).status == 0)
        let before = try Self.stamps(work, "trust")
        Thread.sleep(forTimeInterval: 0.02)
        try work.edit("Content/schools/riverside/school.yml", replacing: "Mr Peter Lindqvist", with: "Ms Ada Byrne")
        let again = try work.run(Self.build)
        #expect(again.status == 0, "\(again.stderr)")
        let after = try Self.stamps(work, "trust")
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(
            changed == ["riverside/social-networking.html", "riverside/social-networking.txt", ".policypress-site"])
        #expect(work.read("trust/riverside/social-networking.html")?.contains("Ms Ada Byrne") == true)
        #expect(again.stdout.contains("2 files written"))
    }

    /// Builds the trust, then gives Riverside a mistyped school type and Oakfield a new E-Safety Governor;
    /// returns the first build's file stamps.
    static func breakOneSchoolAndChangeAnother(_ work: Workspace) throws -> [String: [String]] {
        #expect(try work.run(build).status == 0)
        let before = try stamps(work, "trust")
        try work.edit("Content/schools/riverside/school.yml", replacing: "type: trust", with: "type: Trust")
        try work.edit("Content/schools/example/school.yml", replacing: "Ms Laura Bennett", with: "Mr Sam Patel")
        return before
    }

    @Test func aSchoolWithProblemsKeepsItsPagesAndDoesNotStopTheOthers() throws {
        let work = try Workspace(keepingRegisters: true)
        defer { work.remove() }
        let before = try Self.breakOneSchoolAndChangeAnother(work)
        let result = try work.run(Self.build)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "Content/schools/riverside/school.yml:2:7: error: unknown school type 'Trust' (did you mean 'trust'?)"))
        #expect(result.stderr.contains("1 school(s) with problems kept their last good pages: riverside."))
        let after = try Self.stamps(work, "trust")
        #expect(after.keys.filter { $0.hasPrefix("riverside/") }.allSatisfy { after[$0] == before[$0] })
        #expect(work.read("trust/example/social-networking.html")?.contains("Mr Sam Patel") == true)
        #expect(work.read("trust/index.html")?.contains("not rebuilt") == true)
    }

    @Test func failFastPublishesNothing() throws {
        let work = try Workspace(keepingRegisters: true)
        defer { work.remove() }
        let before = try Self.breakOneSchoolAndChangeAnother(work)
        let result = try work.run(Self.build + ["--fail-fast"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("with --fail-fast nothing was published"))
        #expect(try Self.stamps(work, "trust") == before)
    }
}
