import Testing

@testable import PolicyPressKit

/// The merge's answers on small sections, written out in full.
@Suite struct ThreeWayMergeTests {
    static let base = """
        ---
        title: Scope
        order: 2
        ---
        Staff must report concerns to the headteacher.

        The policy applies to all staff.

        It is reviewed every year.

        """

    static func merge(_ ours: String, _ theirs: String) -> ThreeWayMerge.Result {
        ThreeWayMerge.merge(
            base: base, ours: ours, theirs: theirs, labels: ("the school's wording", "the model's new wording"))
    }

    @Test func changesToDifferentParagraphsAreBothKept() {
        let ours = Self.base.replacingOccurrences(of: "all staff.", with: "all staff and volunteers.")
        let theirs = Self.base.replacingOccurrences(of: "every year.", with: "every two years.")
        let merged = Self.merge(ours, theirs)
        #expect(merged.conflicts.isEmpty)
        #expect(merged.text.contains("all staff and volunteers."))
        #expect(merged.text.contains("every two years."))
        #expect(!merged.text.contains("every year."))
    }

    @Test func changesToTheSameSentenceAreAConflictShowingBoth() {
        let ours = Self.base.replacingOccurrences(of: "the headteacher.", with: "the designated safeguarding lead.")
        let theirs = Self.base.replacingOccurrences(of: "the headteacher.", with: "the headteacher without delay.")
        let merged = Self.merge(ours, theirs)
        #expect(merged.conflicts == [5...9])
        let lines = merged.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[4] == "<<<<<<< the school's wording")
        #expect(lines[5] == "Staff must report concerns to the designated safeguarding lead.")
        #expect(lines[6] == "=======")
        #expect(lines[7] == "Staff must report concerns to the headteacher without delay.")
        #expect(lines[8] == ">>>>>>> the model's new wording")
        #expect(lines[9] == "")
        #expect(lines[10] == "The policy applies to all staff.")
        #expect(ConflictMarkers.lines(in: merged.text) == [5, 9])
    }

    @Test func theSameChangeOnBothSidesIsMadeOnce() {
        let changed = Self.base.replacingOccurrences(of: "all staff.", with: "everyone.")
        let merged = Self.merge(changed, changed)
        #expect(merged == ThreeWayMerge.Result(text: changed, conflicts: []))
    }

    @Test func aParagraphDeletedOnOneSideAndChangedOnTheOtherIsAConflict() {
        let ours = Self.base.replacingOccurrences(of: "The policy applies to all staff.\n\n", with: "")
        let theirs = Self.base.replacingOccurrences(of: "all staff.", with: "all staff and governors.")
        let merged = Self.merge(ours, theirs)
        #expect(merged.conflicts.count == 1)
        #expect(
            merged.text.contains(
                "headteacher.\n\n<<<<<<< the school's wording\n=======\nThe policy applies to all staff and governors.\n>>>>>>>"
            ))
    }

    @Test func nothingChangedUnderneathGivesTheSchoolsText() {
        let ours = Self.base + "\nA paragraph of the school's own.\n"
        #expect(Self.merge(ours, Self.base) == ThreeWayMerge.Result(text: ours, conflicts: []))
        #expect(Self.merge(Self.base, ours) == ThreeWayMerge.Result(text: ours, conflicts: []))
    }

    @Test func conflictLinesAreCountedAfterEarlierMergedChanges() {
        // The model adds two lines before the conflict: the conflict's lines move down by them.
        let ours = Self.base.replacingOccurrences(of: "every year.", with: "every term.")
        let theirs = Self.base
            .replacingOccurrences(of: "headteacher.", with: "headteacher.\n\nA new paragraph.")
            .replacingOccurrences(of: "every year.", with: "every two years.")
        let merged = Self.merge(ours, theirs)
        #expect(merged.conflicts == [11...15])
        let lines = merged.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[10].hasPrefix("<<<<<<<"))
        #expect(lines[14].hasPrefix(">>>>>>>"))
    }
}
