import Testing

@testable import PolicyPressKit

/// Putting each change since an approval down to its source, on small editions: the approved one, the one
/// after each step (model, trust, school) and the draft (values).
@Suite struct ChangeTracerTests {
    static let approvedText = """
        # Complaints Policy

        ## Raising a concern

        Speak to the class teacher first.

        Then contact the Headteacher, Mrs Priya Shah, at the office.

        ## Formal complaints

        Write to the Chair of Governors.

        We reply within five school days.

        ## Reviewing the outcome

        A panel of three governors reviews it.

        """

    static let approved = edition()

    /// The approved edition with each of `edits` (a text and what replaces it) made in turn.
    static func edition(_ edits: (String, String)...) -> Edition {
        let text = edits.reduce(approvedText) { text, edit in
            precondition(text.contains(edit.0), "no '\(edit.0)' to replace")
            return text.replacingOccurrences(of: edit.0, with: edit.1)
        }
        return try! DiffTests.base.withText(text, file: "e.md")
    }

    static let threeDays = ("five school days", "three school days")
    static let newSection = (
        "reviews it.\n",
        "reviews it.\n\n## Unreasonable behaviour\n\nWe may limit contact with anyone who is abusive.\n"
    )
    static let schoolsReview = (
        "A panel of three governors reviews it.", "Three governors who were not involved meet you and decide."
    )
    static let newHead = ("Mrs Priya Shah", "Mr Daniel Okoro")

    /// The diff from the approved edition to the last of `chain`, traced through the others (model, trust, school).
    static func traced(_ chain: [Edition?]) -> EditionDiff {
        let draft = chain.last!!
        let diff = EditionDiffer().diff(from: approved, to: draft)
        let steps = zip(ChangeSource.allCases, chain).map { ChangeTracer.Step($0, $1) }
        return ChangeTracer().traced(diff, approved: approved, steps: steps)
    }

    static func sources(_ origin: ChangeOrigin?) -> [ChangeSource]? { origin?.sources }

    @Test func eachChangeGoesToTheStepThatMadeIt() {
        let model = Self.edition(Self.threeDays, Self.newSection)
        let school = Self.edition(Self.threeDays, Self.newSection, Self.schoolsReview)
        let draft = Self.edition(Self.threeDays, Self.newSection, Self.schoolsReview, Self.newHead)
        // No trust: its step leaves the model's edition as it is.
        let diff = Self.traced([model, model, school, draft])
        let changed = diff.sections.map { $0.blocks.filter { $0.status != .same }.map { Self.sources($0.origin) } }
        #expect(changed[0] == [[.values]])
        #expect(changed[1] == [[.model]])
        #expect(changed[2] == [[.school]])
        #expect(diff.sections[3].status == .added && Self.sources(diff.sections[3].origin) == [.model])
        let counts = diff.sourceCounts
        #expect(counts.total == diff.listedOrigins.count && counts.total == 4)
        #expect(counts.bySource == [.model: 2, .school: 1, .values: 1] && counts.several == 0 && counts.unknown == 0)
        #expect(
            counts.description
                == "2 changed in the model, 1 changed by the school, 1 because the school's details changed (4 changes in all)."
        )
    }

    /// A paragraph the model reworded and whose name the school's details changed is put down to both.
    @Test func twoStepsOnOneParagraphAreBothNamed() {
        let write = ("Then contact", "Then write to")
        let model = Self.edition(write)
        let draft = Self.edition(write, Self.newHead)
        let diff = Self.traced([model, model, model, draft])
        let change = diff.sections[0].blocks.first { $0.status != .same }
        #expect(Self.sources(change?.origin) == [.model, .values])
        #expect(change?.origin?.words == "changed in the model; the school's details changed")
        #expect(diff.sourceCounts.several == 1 && diff.sourceCounts.total == 1)
        // Shown with each of its sources alone, and with no other.
        #expect(!diff.only(.model).isEmpty && !diff.only(.values).isEmpty && diff.only(.school).isEmpty)
    }

    @Test func aRemovalGoesToTheStepThatRemovedIt() {
        let model = Self.edition(("Speak to the class teacher first.\n\n", ""))
        // The school leaves out the section on reviews.
        let school = Self.edition(
            ("Speak to the class teacher first.\n\n", ""),
            ("## Reviewing the outcome\n\nA panel of three governors reviews it.\n", ""))
        let diff = Self.traced([model, model, school, school])
        let removedBlock = diff.sections[0].blocks.first { $0.status == .removed }
        #expect(removedBlock?.block.text == "Speak to the class teacher first.")
        #expect(Self.sources(removedBlock?.origin) == [.model])
        let removedSection = diff.sections.first { $0.status == .removed }
        #expect(removedSection?.plainTitle(keeping: .removed) == "Reviewing the outcome")
        #expect(Self.sources(removedSection?.origin) == [.school])
        #expect(diff.sourceCounts.total == 2)
    }

    /// Where two alignments are equally good, a removed paragraph is read as the traced diff reads it. Here
    /// the diff to the draft strikes the lone "school", and the diff back from the draft would keep it and
    /// add "¶ school" to the next paragraph instead (the property test's counterexample).
    @Test func aRemovalIsReadAsTheTracedDiffAlignsIt() {
        typealias Section = DiffPropertyTests.Section
        let others = (2...4).map { Section(title: "Section \($0)", blocks: [(true, ["governors"])]) }
        let approved = DiffPropertyTests.edition(
            [
                Section(
                    title: "Section 1",
                    blocks: [
                        (false, ["governors"]), (false, ["school"]), (false, ["school", "governors", "governors"]),
                        (true, ["governors"]),
                    ])
            ] + others)
        let model = DiffPropertyTests.edition(
            [Section(title: "Section 1", blocks: [(false, ["policy"]), (false, ["school", "governors", "policy"])])]
                + others)
        let diff = EditionDiffer().diff(from: approved, to: model)
        let steps = zip(ChangeSource.allCases, [model, model, model, model]).map { ChangeTracer.Step($0, $1) }
        let traced = ChangeTracer().traced(diff, approved: approved, steps: steps)
        let changed = traced.sections[0].blocks.filter { $0.status != .same }
        #expect(changed.contains { $0.status == .removed && $0.block.text == "school" })
        for block in changed { #expect(Self.sources(block.origin) == [.model], "\(block.block.text)") }
        #expect(traced.sourceCounts.unknown == 0)
    }

    /// A step that could not be built hides only what may have happened at it.
    @Test func aStepThatCouldNotBeBuiltLeavesWhatItMayHaveMadeUnknown() {
        let model = Self.edition(Self.threeDays)
        let school = Self.edition(Self.threeDays, Self.schoolsReview)
        let draft = Self.edition(Self.threeDays, Self.schoolsReview, Self.newHead)
        // The trust's step could not be built: the school's change may have been the trust's.
        let diff = Self.traced([model, nil, school, draft])
        let origins = diff.sections.map { Self.sources($0.blocks.first { $0.status != .same }?.origin) }
        #expect(origins == [[.values], [.model], []])
        #expect(diff.sourceCounts.unknown == 1 && diff.sourceCounts.total == 3)
        #expect(diff.sections[2].blocks.first { $0.status != .same }?.origin?.words == "source not known")
        // A change whose source is not known may be any source's: every view of one source shows it.
        for source in ChangeSource.allCases {
            #expect(diff.only(source).sections[2].hasChanges)
        }
    }

    @Test func aMovedSectionAndAChangedHeadingGoToTheirSteps() {
        let concern =
            "## Raising a concern\n\nSpeak to the class teacher first.\n\nThen contact the Headteacher, Mrs Priya Shah, at the office.\n\n"
        let formal = "## Formal complaints\n\nWrite to the Chair of Governors.\n\nWe reply within five school days.\n\n"
        let swapped = (concern + formal, formal + concern)
        let trust = Self.edition(swapped)
        let school = Self.edition(swapped, ("## Reviewing the outcome", "## Asking for a review"))
        let diff = Self.traced([Self.approved, trust, school, school])
        let moved = diff.sections.first { if case .moved = $0.status { return true } else { return false } }
        #expect(moved != nil && Self.sources(moved?.origin) == [.trust])
        let retitled = diff.sections.first { $0.hasChangedTitle }
        #expect(retitled?.plainTitle(keeping: .added) == "Asking for a review")
        #expect(Self.sources(retitled?.titleOrigin) == [.school])
        #expect(diff.sourceCounts.total == diff.listedOrigins.count)
    }

    /// One source's view marks its changes alone, shows the others as the draft has them, and never says
    /// "No changes." while the texts differ.
    @Test func oneSourceAloneMarksItsChangesAndCountsTheRest() {
        let modelEdits = [("Write to the Chair of Governors.\n\n", ""), ("reviews it.", "reviews it within a month.")]
        let model = Self.edition(modelEdits[0], modelEdits[1])
        let draft = Self.edition(modelEdits[0], modelEdits[1], Self.newHead)
        let diff = Self.traced([model, model, model, draft])
        #expect(diff.listedOrigins.map { $0?.sources } == [[.values], [.model], [.model]])
        let values = diff.only(.values)
        #expect(values.listedOrigins.map { $0?.sources } == [[.values]])
        #expect(values.tracing?.leftOut == 2)
        // The model's removal is left out, its change shown unmarked as the draft has it.
        #expect(
            values.sections[1].status == .unchanged
                && values.sections[1].blocks.map(\.block.text) == ["We reply within five school days."])
        #expect(values.sections[2].status == .unchanged && values.sections[2].blocks.map(\.status) == [.same])
        #expect(values.sections[2].blocks.first?.block.text == "A panel of three governors reviews it within a month.")
        #expect(
            values.onlyLine
                == "Only the changes made in the school's details are marked (1 of the 3); the other 2 are shown as the draft has them."
        )
        let trust = diff.only(.trust)
        #expect(trust.isEmpty)
        #expect(trust.summaryLine == "None of the changes were made by the trust.")
        #expect(diff.summaryLine != trust.summaryLine)
    }

    @Test func thePolicysTitleIsTracedToo() {
        let model = Self.edition(("# Complaints Policy", "# Complaints Procedure"))
        let diff = Self.traced([model, model, model, model])
        #expect(Self.sources(diff.titleOrigin) == [.model])
        #expect(diff.listedOrigins.count == 1)
        #expect(
            DiffTextWriter().text(of: diff).hasPrefix(
                "Title: Complaints [-Policy-] {+Procedure+} (changed in the model)\n"))
    }
}
