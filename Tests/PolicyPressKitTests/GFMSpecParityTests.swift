import Foundation
import Testing

/// Every example of the CommonMark spec and of the GFM extensions spec, as cmark-gfm ships them, must render
/// through `policypress render` exactly as the `cmark-gfm` command renders it (see Fixtures/gfm-spec/README.md).
///
/// The reference is the command, not the HTML written in the specs: in safe mode cmark-gfm leaves raw HTML
/// out where the specs show it.
@Suite struct GFMSpecParityTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("gfm-spec")
    static let specs = ["spec.txt", "extensions.txt"]

    /// The examples compared from each file, for the specs of cmark-gfm 0.29.0.gfm.6: every example but
    /// two disabled ones (spec.txt examples 279 and 280) and two that open with a `---` line (66 and 68).
    static let expectedCounts = ["spec.txt": 669, "extensions.txt": 30]

    static func examples(in spec: String) throws -> [SpecExample] {
        let text = try String(contentsOf: folder.appendingPathComponent(spec), encoding: .utf8)
        return SpecExample.examples(in: text, file: spec)
    }

    /// The examples compared. cmark-gfm's own runner (test/spec_tests.py) skips an example marked
    /// `disabled` while still giving it a number: the two in spec.txt are task lists whose HTML in the spec
    /// puts the attributes in another order than cmark-gfm writes them. We skip them too. An example that
    /// opens with a `---` line is front matter to PolicyPress, which `render` skips by design.
    static func comparedExamples() throws -> [SpecExample] {
        try specs.flatMap { try examples(in: $0) }.filter { !$0.isDisabled && !$0.opensFrontMatter }
    }

    @Test func theExamplesAreReadAsCmarkGFMsRunnerReadsThem() throws {
        let spec = try Self.examples(in: "spec.txt")
        #expect(spec.count == 673)
        #expect(spec.first?.markdown == "\tfoo\tbaz\t\tbim\n")
        #expect(spec.first?.section == "Tabs")
        #expect(spec.filter(\.isDisabled).map(\.number) == [279, 280])
        #expect(spec.filter(\.opensFrontMatter).map(\.number) == [66, 68])
        #expect(spec.contains { $0.words == ["table"] })
    }

    @Test func everyExampleRendersAsCmarkGFMDoes() throws {
        let examples = try Self.comparedExamples()
        let counts = Dictionary(grouping: examples, by: \.file).mapValues(\.count)
        let perFile = Self.specs.map { "\(counts[$0] ?? 0) of \($0)" }.joined(separator: ", ")
        print("GFM spec parity: comparing \(examples.count) examples (\(perFile))")
        #expect(counts == Self.expectedCounts)

        let work = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        for example in examples {
            try Data(example.markdown.utf8).write(to: work.appendingPathComponent(example.fileName))
        }
        let results = RenderParity.compare(examples.map(\.fileName), in: work)
        try #require(results.count == examples.count)
        for (example, result) in zip(examples, results) {
            switch result {
            case .success(let parity):
                for problem in parity.problems { Issue.record("\(example): \(problem)") }
            case .failure(let error):
                Issue.record("\(example): could not run the commands: \(error)")
            }
        }
    }
}
