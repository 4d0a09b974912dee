import Foundation
import Testing

/// Inputs too large or too deep to keep as fixtures, made when the test runs.
@Suite struct HostileInputTests {
    static func renderMatchesCmark(_ markdown: String, name: String) throws {
        let work = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try markdown.write(to: work.appendingPathComponent(name), atomically: false, encoding: .utf8)
        let ours = try CommandRunner.policypress(["render", name], in: work)
        #expect(ours.status == 0, "\(ours.stderr.prefix(500))")
        let theirs = try CommandRunner.cmarkGFM(name, in: work)
        #expect(ours.stdout.count == theirs.stdout.count)
        #expect(ours.stdout == theirs.stdout)
        let text = try CommandRunner.policypress(["render", name, "--to", "text"], in: work)
        #expect(text.status == 0)
        #expect(!text.stdout.isEmpty)
    }

    @Test(arguments: [("- ", "lists"), ("> ", "quotes"), ("1. ", "numbered")])
    func nestingTenThousandDeepRendersAsCmarkDoes(marker: String, name: String) throws {
        try Self.renderMatchesCmark(String(repeating: marker, count: 10_000) + "the bottom\n", name: "deep-\(name).md")
    }

    @Test func aFiftyMegabyteSectionRendersAsCmarkDoes() throws {
        var generator = SystemRandomNumberGenerator()
        let words = [
            "the", "school", "governors", "staff", "pupils", "policy", "review", "*safeguarding*", "`code`",
            "[link](x)",
        ]
        var lines: [String] = []
        var size = 0
        while size < 50_000_000 {
            let line = (0..<12).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
            lines.append(line)
            size += line.utf8.count + 1
            if lines.count % 5 == 0 { lines.append(lines.count % 15 == 0 ? "- an item" : "") }
        }
        try Self.renderMatchesCmark(lines.joined(separator: "\n") + "\n", name: "big.md")
    }
}
