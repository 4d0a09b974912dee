import Foundation
import Testing

/// A real full disk: a small tmpfs mounted for the test (the suite runs as root, as CI does).
@Suite(.serialized) struct FullDiskTests {
    /// Mounts a tmpfs of `size` at a new folder; nil (with an issue recorded) if the machine refuses.
    static func mountSmallDisk(size: String) throws -> URL? {
        let folder = try TestPaths.temporaryFolder()
        let mount = try CommandRunner.run(
            URL(fileURLWithPath: "/bin/mount"), ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path], in: folder)
        guard mount.status == 0 else {
            Issue.record("cannot mount a small tmpfs for the full-disk tests: \(mount.stderr)")
            return nil
        }
        return folder
    }

    static func unmount(_ folder: URL) {
        _ = try? CommandRunner.run(URL(fileURLWithPath: "/bin/umount"), [folder.path], in: URL(fileURLWithPath: "/"))
        try? FileManager.default.removeItem(at: folder)
    }

    /// Fills the disk, leaving about `free` bytes.
    static func fill(_ disk: URL, leaving free: Int) throws {
        let attributes = try FileManager.default.attributesOfFileSystem(forPath: disk.path)
        let available = (attributes[.systemFreeSize] as? NSNumber)?.intValue ?? 0
        try Data(count: max(0, available - free)).write(to: disk.appendingPathComponent("filler"))
    }

    @Test func aBuildOnAFullDiskSaysSoAndLeavesTheOldSite() throws {
        guard let disk = try Self.mountSmallDisk(size: "1m") else { return }
        defer { Self.unmount(disk) }
        let work = try Workspace(keepingRegisters: true)
        defer { work.remove() }
        let output = disk.appendingPathComponent("site").path
        #expect(try work.run(["build", "--output", output, "--today", "2026-11-24"]).status == 0)
        let before = KillTests.contents(URL(fileURLWithPath: output))
        try Self.fill(disk, leaving: 2_048)
        try work.edit("Content/schools/example/school.yml", replacing: "Ms Laura Bennett", with: "Mr Sam Patel")

        let result = try work.run(["build", "--output", output, "--today", "2026-11-24"])

        #expect(result.status == 1)
        #expect(result.stderr.contains("error: the site could not be written, and the previous site is unchanged"))
        #expect(result.stderr.contains("No space left on device"))
        #expect(KillTests.contents(URL(fileURLWithPath: output)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).sorted() == ["filler", "site"])
    }

    @Test func anApprovalOnAFullDiskSaysSoAndLeavesTheRegister() throws {
        guard let disk = try Self.mountSmallDisk(size: "1m") else { return }
        defer { Self.unmount(disk) }
        let work = try Workspace()
        defer { work.remove() }
        let school = disk.appendingPathComponent("school")
        try FileManager.default.createDirectory(at: school, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: work.url("Content/schools/example/school.yml"), to: school.appendingPathComponent("school.yml"))
        let library = ["--library", work.root.path]
        #expect(try work.run(ApprovalTests.approve + [school.path] + library).status == 0)
        let register = try Data(contentsOf: school.appendingPathComponent("register.yml"))
        try Self.fill(disk, leaving: 512)
        try String(contentsOf: school.appendingPathComponent("school.yml"), encoding: .utf8)
            .replacingOccurrences(of: "Ms Laura Bennett", with: "Mr Sam Patel")
            .write(to: school.appendingPathComponent("school.yml"), atomically: false, encoding: .utf8)

        let result = try work.run(
            [
                "approve", "social-networking", school.path, "--date", "2026-06-01", "--by", "FGB", "--today",
                "2026-11-24",
            ] + library)

        #expect(result.status == 1)
        #expect(result.stderr.contains("nothing was recorded, and the register is unchanged"))
        #expect(try Data(contentsOf: school.appendingPathComponent("register.yml")) == register)
        #expect(try work.run(["check", school.path] + library).status == 0)
    }
}
