import Foundation
import Testing

/// `policypress render` on plain CommonMark must print exactly what the `cmark` command prints.
@Suite struct CommonMarkParityTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("commonmark")

    static var examples: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
    }

    @Test func thereAreExamplesOfEveryKind() {
        #expect(Self.examples.count >= 60)
    }

    @Test(arguments: examples)
    func rendersAsCmarkDoes(_ name: String) throws {
        let ours = try CommandRunner.policypress(["render", name], in: Self.folder)
        let theirs = try CommandRunner.cmarkGFM(name, in: Self.folder)
        #expect(ours.status == 0)
        #expect(ours.stderr == "")
        #expect(ours.stdout == theirs.stdout)
    }
}
