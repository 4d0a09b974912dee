import Testing

@testable import PolicyPressKit

/// The school's own words made variables, each at its place in the text written.
@Suite struct SchoolWordsTests {
    let words = SchoolWords(
        values: ["name": "Oakfield Primary School", "short_name": "Oakfield", "roles.headteacher": "Jane Smith"],
        terms: ["school": "School", "head": "Headteacher", "lead": "Lead", "leader": "Lead"]
    )

    @Test func theLongestWordsAtAPlaceWinAndColumnsAreThoseOfTheTextWritten() {
        let (text, changes) = words.applied(
            to: "Oakfield Primary School and Oakfield.\nJane Smith, Headteacher", section: 2)
        #expect(
            text == "{{ school.name }} and {{ school.short_name }}.\n{{ school.roles.headteacher }}, {{ term.head }}")
        #expect(
            changes.map { "\($0.line):\($0.column) \($0.variable ?? "-")" } == [
                "1:1 school.name", "1:23 school.short_name", "2:1 school.roles.headteacher", "2:33 term.head",
            ])
        #expect(changes.allSatisfy { $0.section == 2 })
    }

    @Test func wordsInsideOtherWordsVariablesAndLinkAddressesStay() {
        let line = "Oakfields, {{ Oakfield }}, [site](https://example.org/Oakfield) and SchoolHouse"
        let (text, changes) = words.applied(to: line, section: 0)
        #expect(text == line)
        #expect(changes.isEmpty)
    }

    @Test func aLinksWordsAreReplacedButNotItsAddress() {
        let (text, _) = words.applied(to: "[Oakfield](https://example.org/Oakfield) Oakfield", section: 0)
        #expect(text == "[{{ school.short_name }}](https://example.org/Oakfield) {{ school.short_name }}")
    }

    @Test func wordsSeveralTermsShareAreListedWithThoseTermsAndLeft() {
        let (text, changes) = words.applied(to: "The Lead and the Lead.", section: 1)
        #expect(text == "The Lead and the Lead.")
        #expect(changes.map(\.column) == [5, 18])
        #expect(changes.allSatisfy { $0.variable == nil && $0.candidates == ["term.lead", "term.leader"] })
    }

    @Test func aVeryLongParagraphIsReplacedWhole() {
        let line = Array(repeating: "Oakfield Primary School and the Headteacher.", count: 20_000).joined(
            separator: " ")
        let (text, changes) = words.applied(to: line, section: 0)
        #expect(changes.count == 40_000)
        #expect(!text.contains("Oakfield") && !text.contains("Headteacher"))
        #expect(changes.last?.column == text.count - "{{ term.head }}.".count + 1)
    }
}
