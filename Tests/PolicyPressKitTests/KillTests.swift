import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `approve` killed with SIGKILL at random moments: the register is always exactly the old one or the new one.
@Suite struct KillTests {
    static let runs = 60

    @Test func killingApproveNeverLeavesABrokenRegister() throws {
        let work = try Workspace()
        defer { work.remove() }
        let register = "Content/schools/example/register.yml"
        let first = try work.run(ApprovalTests.approve)
        #expect(first.status == 0)
        let old = try #require(work.read(register))
        let second = ["approve", "social-networking", "--date", "2027-03-01", "--by", "Resources Committee", "--today", "2027-03-02"]

        // One run to the end gives the new register, and how long a run takes.
        let started = Date()
        #expect(try work.run(second).status == 0)
        let duration = Date().timeIntervalSince(started)
        let new = try #require(work.read(register))
        #expect(new != old && new.hasPrefix(old))

        var outcomes = (old: 0, new: 0)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<Self.runs {
            try work.write(register, old)
            let process = Process()
            process.executableURL = TestPaths.binary
            process.arguments = second
            process.currentDirectoryURL = work.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(Double.random(in: 0...(duration * 1.3), using: &generator) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let after = work.read(register)
            #expect(after == old || after == new, "the register is neither the old nor the new one:\n\(after ?? "<missing>")")
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
}
