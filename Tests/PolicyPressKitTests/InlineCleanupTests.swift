import Testing

@testable import PolicyPressKit

/// Blanks in square brackets, found in a paragraph's words.
@Suite struct InlineCleanupTests {
    @Test func aBlankAfterBracketsThatNeverCloseIsStillFound() {
        var cleanup = InlineCleanup()
        let inlines: [PandocInline] = [
            .str("[a"), .space, .str("[b"), .space, .emph([.str("x")]), .space, .str("[Telephone"), .space,
            .str("number]."), .space, .str("End"),
        ]
        #expect(cleanup.clean(inlines) == inlines)
        #expect(cleanup.found == [.blank("Telephone number")])
    }

    @Test func aParagraphOfManyBracketsThatNeverCloseIsKeptWhole() {
        var cleanup = InlineCleanup()
        let inlines = Array(repeating: [PandocInline.str("[x"), .space], count: 20_000).flatMap { $0 } + [.str("end")]
        #expect(cleanup.clean(inlines) == inlines)
        #expect(cleanup.found.isEmpty)
    }

    @Test func theSchoolsNameBlankBecomesItsVariable() {
        var cleanup = InlineCleanup()
        let inlines: [PandocInline] = [
            .str("[Add"), .space, .str("school"), .space, .str("name],"), .space, .str("then"),
        ]
        #expect(cleanup.clean(inlines) == [.markdown("{{ school.name }}"), .str(","), .space, .str("then")])
        #expect(cleanup.found.isEmpty)
    }
}
