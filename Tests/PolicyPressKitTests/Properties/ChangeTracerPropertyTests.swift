import PropertyBased
import Testing

@testable import PolicyPressKit

/// Random chains of editions in which each step (model, trust, school, values) edits only sections of its
/// own: every change must be put down to exactly the step that owns its section, and the counts must add up.
@Suite struct ChangeTracerPropertyTests {
    typealias Section = DiffPropertyTests.Section

    struct Chain: Sendable {
        var approved: [Section]
        var steps: [[Section]]
    }

    /// Words changed, blocks removed and blocks moved inside the sections a step owns (section `i` belongs to
    /// step `i % 4`); nothing is added, so no block can seem to move from one step's section to another's.
    static func edited(_ sections: [Section], by step: Int, _ program: inout ProgramReader) -> [Section] {
        var sections = sections
        let own = sections.indices.filter { $0 % 4 == step }
        while let operation = program.next(), !own.isEmpty {
            let s = own[program.choose(own.count)]
            guard !sections[s].blocks.isEmpty else { continue }
            let b = program.choose(sections[s].blocks.count)
            switch operation % 3 {
            case 0 where sections[s].blocks.count > 1: sections[s].blocks.remove(at: b)
            case 1:
                let moved = sections[s].blocks.remove(at: b)
                sections[s].blocks.insert(moved, at: program.choose(sections[s].blocks.count + 1))
            default:
                let w = program.choose(sections[s].blocks[b].words.count)
                sections[s].blocks[b].words[w] = program.pick(DiffPropertyTests.words)
            }
        }
        return sections
    }

    static func chains() -> Generator<Chain, some SendableSequenceType> {
        zip(Gen.int(in: 4...8), Generators.program(0...60), Generators.program(0...24)).map { count, shape, edits in
            var shapeProgram = ProgramReader(shape), editProgram = ProgramReader(edits)
            let approved = (1...count).map { DiffPropertyTests.section(&shapeProgram, number: $0) }
            var steps: [[Section]] = []
            var current = approved
            for step in 0..<4 {
                current = edited(current, by: step, &editProgram)
                steps.append(current)
            }
            return Chain(approved: approved, steps: steps)
        }
    }

    @Test func eachChangeGoesToTheStepThatOwnsItsSection() async {
        await propertyCheck(count: Generators.count(200), input: Self.chains()) { chain in
            let approved = DiffPropertyTests.edition(chain.approved)
            let editions = chain.steps.map(DiffPropertyTests.edition)
            let diff = EditionDiffer().diff(from: approved, to: editions[3])
            let steps = zip(ChangeSource.allCases, editions).map { ChangeTracer.Step($0, $1) }
            let traced = ChangeTracer().traced(diff, approved: approved, steps: steps)
            #expect(traced.listedOrigins.count == diff.listedOrigins.count)
            #expect(traced.sourceCounts.total == traced.listedOrigins.count)
            for section in traced.sections where section.status != .unchanged {
                // Titles are never edited, and a section's number is its place: it belongs to step (number - 1) % 4.
                let owner = ChangeSource.allCases[((section.newNumber ?? 1) - 1) % 4]
                for block in section.blocks where block.status != .same {
                    #expect(
                        block.origin?.sources == [owner], "\(section.plainTitle(keeping: .added)): \(block.block.text)")
                }
            }
        }
    }
}
