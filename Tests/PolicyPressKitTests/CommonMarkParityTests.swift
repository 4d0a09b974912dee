import Foundation
import Testing

/// `policypress render` on plain CommonMark must print exactly what the `cmark-gfm` command prints.
@Suite struct CommonMarkParityTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("commonmark")

    static var examples: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".md") }
            .sorted()
    }

    @Test func thereAreExamplesOfEveryKind() {
        #expect(Self.examples.count >= 60)
    }

    /// The same bytes and exit status 0; standard error is empty exactly when there is no raw HTML, and
    /// otherwise holds one warning for each piece left out.
    @Test(arguments: examples)
    func rendersAsCmarkDoes(_ name: String) throws {
        let parity = try RenderParity(name, in: Self.folder)
        #expect(parity.problems == [])
    }
}
