import Foundation
import Testing

@testable import PolicyPressKit

/// How `import --update` pairs a new version's sections with the old ones: by heading, then by content,
/// one to one, best pairs first; and in time that grows with the text, measured on generated documents of
/// 200 and 2,000 sections.
@Suite struct SectionMatcherTests {
    typealias Section = SectionMatcher.Section

    static let scope =
        "This policy applies to every member of staff, every volunteer and every governor, in school and on visits."
    static let visits =
        "Pupils with medical conditions take part in trips and visits; teachers plan each visit with their needs in mind."
    static let complaints =
        "A parent who is unhappy with the support their child receives should speak to the class teacher first."

    @Test func headingsAreComparedWithoutCaseSpacingPunctuationOrNumbers() {
        #expect(SectionMatcher.heading("3.2 Roles and  Responsibilities:") == "roles and responsibilities")
        #expect(SectionMatcher.heading("Section 4 – Day-trips") == "day trips")
        #expect(SectionMatcher.heading("Pupils’ needs") == SectionMatcher.heading("Pupils' Needs"))
        let matching = SectionMatcher.match(
            old: [Section(title: "Roles and responsibilities", text: Self.scope)],
            new: [Section(title: "2. ROLES AND RESPONSIBILITIES", text: Self.complaints)])
        #expect(
            matching.pairs == [SectionMatcher.Pair(old: 0, new: 0, evidence: .heading)],
            "a heading pairs whatever the text")
    }

    @Test func aSectionRenamedAndMovedIsFoundByItsTextAndTheRestAreAddedOrRemoved() {
        let old = [
            Section(title: "Scope", text: Self.scope), Section(title: "Visits", text: Self.visits),
            Section(title: "Complaints", text: Self.complaints),
        ]
        let new = [
            Section(
                title: "Trips and residential visits",
                text: Self.visits.replacingOccurrences(of: "take part", with: "are encouraged to take part")),
            Section(title: "Scope", text: Self.scope),
            Section(
                title: "Unacceptable practice",
                text: "It is not acceptable to send a pupil who is unwell to the office alone."),
        ]
        let matching = SectionMatcher.match(old: old, new: new)
        #expect(matching.pairs.map { [$0.old, $0.new] } == [[1, 0], [0, 1]])
        #expect(matching.pairs[1].evidence == .heading)
        #expect(matching.pairs[0].similarity > 0.7 && matching.pairs[0].similarity < 1)
        #expect(matching.added == [2] && matching.removed == [2])
    }

    @Test func headingsPairOneToOneInOrderAndTheBestContentPairsComeFirst() {
        // Two old sections called "Notes": the first new "Notes" takes the first, the second the second.
        let twice = SectionMatcher.match(
            old: [Section(title: "Notes", text: "a"), Section(title: "Notes", text: "b")],
            new: [
                Section(title: "notes", text: "b"), Section(title: "Notes", text: "a"),
                Section(title: "Notes", text: "c"),
            ])
        #expect(twice.pairs.map { [$0.old, $0.new] } == [[0, 0], [1, 1]])
        #expect(twice.added == [2] && twice.removed.isEmpty)
        // Both new texts are like the old one; the closer takes it, the other is added.
        let close = Self.scope + " It is read with the staff code of conduct."
        let far =
            Self.scope + " It is read with the staff code of conduct, the safeguarding policy and the behaviour policy."
        let best = SectionMatcher.match(
            old: [Section(title: "Who it covers", text: Self.scope)],
            new: [Section(title: "A", text: far), Section(title: "B", text: close)])
        #expect(best.pairs.map { [$0.old, $0.new] } == [[0, 1]])
        #expect(best.added == [0])
    }

    @Test func textsSharingLessThanTheThresholdAreNotPaired() {
        let half =
            "Pupils with medical conditions take part in trips and visits; a named first aider goes on every visit and carries a phone."
        let kept = SectionMatcher.match(
            old: [Section(title: "Visits", text: Self.visits)], new: [Section(title: "Outings", text: half)])
        #expect(kept.pairs.isEmpty && kept.added == [0] && kept.removed == [0], "\(kept)")
        #expect(
            SectionMatcher.match(old: [Section(title: "A", text: "")], new: [Section(title: "B", text: "")]).pairs
                .isEmpty)
    }

    /// A generated document of `count` sections of 120 words, each with the same sentence of boilerplate,
    /// and its next version: a tenth of the sections renamed (with a sentence changed), a tenth moved, a
    /// twentieth removed and as many added.
    static func versions(_ count: Int) -> (old: [Section], new: [Section], renamed: Int) {
        var generator = SeededWords(state: UInt64(count))
        let boilerplate =
            "This section is read with the rest of the policy and the statutory guidance in force at the time."
        let old = (0..<count).map { index in
            Section(title: "Section on \(generator.words(3))", text: generator.words(120) + " " + boilerplate)
        }
        var new = old
        var renamed = 0
        for index in stride(from: 0, to: count, by: 10) {
            new[index].title = "Renamed \(index)"
            new[index].text = generator.words(12) + new[index].text.dropFirst(60)
            renamed += 1
        }
        for index in stride(from: 5, to: count - 3, by: 10) { new.swapAt(index, index + 3) }
        for index in stride(from: count - 7, to: 0, by: -20) {
            new[index] = Section(title: "New section \(index)", text: generator.words(100) + " " + boilerplate)
        }
        return (old, new, renamed)
    }

    @Test func matchingCostsTimeInProportionToTheText() {
        var measured: [(sections: Int, seconds: Double, work: Int)] = []
        for count in [200, 2_000] {
            let (old, new, renamed) = Self.versions(count)
            var best = Double.infinity
            var matching: SectionMatcher.Matching?
            for _ in 0..<3 {
                let started = Date()
                matching = SectionMatcher.match(old: old, new: new)
                best = min(best, Date().timeIntervalSince(started))
            }
            let result = matching!
            let byContent = result.pairs.filter { $0.evidence != .heading }.count
            #expect(byContent == renamed, "every renamed section is found by its text (\(count) sections)")
            #expect(result.added.count == result.removed.count && result.added.count == (count - 7 + 19) / 20)
            #expect(
                result.pairs.allSatisfy {
                    new[$0.new].title.hasPrefix("Renamed") || old[$0.old].title == new[$0.new].title
                })
            measured.append((count, best, result.work))
        }
        print(
            "section matcher: "
                + measured.map {
                    "\($0.sections) sections in \(String(format: "%.3f", $0.seconds)) s (work \($0.work))"
                }.joined(separator: "; "))
        // Ten times the text: ten times the work and about ten times the time (a quadratic matcher takes a hundred).
        #expect(Double(measured[1].work) < 12 * Double(measured[0].work))
        #expect(measured[1].seconds < 30 * measured[0].seconds + 0.05)
    }
}

/// Seeded pseudo-words ("w123"), so that every run generates the same documents.
struct SeededWords {
    var state: UInt64

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 11 ^ state
    }

    /// `count` words from a vocabulary of 5,000, the common ones far more often (as in prose).
    mutating func words(_ count: Int) -> String {
        (0..<count).map { _ in
            let a = next() % 5_000, b = next() % 5_000
            return "w\(min(a, b))"
        }.joined(separator: " ")
    }
}
