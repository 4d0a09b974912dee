import Testing

@testable import PolicyPressKit

@Suite struct SectionResolverTests {
    static let vocabulary = Vocabulary(
        types: ["maintained", "academy", "voluntary-aided", "trust"].map {
            SchoolType(id: $0, label: $0, terms: ["setting": $0 == "academy" ? "Academy" : "School"])
        })
    static let variables = VariableTable(values: [
        "school.name": "Oakfield Primary School", "term.setting": "School", "school.roles.head": "Mrs Shah",
    ])

    func resolve(_ text: String, type: String? = "maintained", variables: VariableTable = variables)
        throws(DiagnosticList) -> String
    {
        try SectionResolver(schoolType: type, vocabulary: Self.vocabulary, variables: variables)
            .resolve(text, file: "s.md", firstLine: 5).text
    }

    func problems(_ text: String, type: String? = "maintained") -> [String] {
        do {
            _ = try resolve(text, type: type)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func fillsInVariablesWithOrWithoutSpaces() throws {
        #expect(try resolve("{{ school.name }} and {{school.roles.head}}") == "Oakfield Primary School and Mrs Shah")
    }

    @Test(arguments: [
        ("::: only maintained\nkept\n:::", "kept"),
        ("::: only academy\ndropped\n:::", ""),
        ("::: except academy, trust\nkept\n:::", "kept"),
        ("::: except maintained\ndropped\n:::", ""),
        ("::: only maintained academy\nkept\n:::", "kept"),
    ])
    func keepsOrDropsBlocksByType(input: String, expected: String) throws {
        #expect(try resolve(input) == expected)
    }

    @Test func nestedBlocksNeedEveryLevelToKeep() throws {
        let text = """
            before
            ::: except academy
            outer
            ::: only voluntary-aided
            inner
            :::
            after inner
            :::
            end
            """
        #expect(try resolve(text, type: "maintained") == "before\nouter\nafter inner\nend")
        #expect(try resolve(text, type: "voluntary-aided") == "before\nouter\ninner\nafter inner\nend")
        #expect(try resolve(text, type: "academy") == "before\nend")
    }

    @Test func aBlockInsideAListItemKeepsTheItemsIndentation() throws {
        let text = "- one\n  ::: only maintained\n  more about one\n  :::\n- two"
        #expect(try resolve(text) == "- one\n  more about one\n- two")
    }

    @Test func linesMapBackToTheSourceFile() throws {
        let resolved = try SectionResolver(
            schoolType: "maintained", vocabulary: Self.vocabulary, variables: Self.variables
        )
        .resolve("a\n::: only academy\nb\n:::\nc", file: "s.md", firstLine: 5)
        #expect(resolved.text == "a\nc")
        #expect(resolved.sourceLines == [5, 9])
    }

    @Test func codeIsLeftAsWritten() throws {
        #expect(
            try resolve("```\n{{ school.name }}\n::: only academy\n```")
                == "```\n{{ school.name }}\n::: only academy\n```")
        #expect(
            try resolve("Write `{{ school.name }}` for {{ school.name }}.")
                == "Write `{{ school.name }}` for Oakfield Primary School.")
        #expect(try resolve("\\{{ school.name }}") == "\\{{ school.name }}")
    }

    @Test func valuesAreEscapedForMarkdown() throws {
        let values = VariableTable(values: ["school.name": "<b>*St* Mary's_</b>", "school.start": "1. First"])
        #expect(try resolve("At {{ school.name }}.", variables: values) == "At \\<b\\>\\*St\\* Mary\\'s\\_\\</b\\>.")
        #expect(try resolve("{{ school.start }}", variables: values) == "1\\. First")
    }

    @Test func reportsEveryProblemWithItsPosition() {
        let text = """
            Hello {{ school.nmae }}.
            ::: only acadmy
            {{ not a name }} and {{ school.name
            :::
            :::
            ::: maybe academy
            ::: only
            """
        #expect(
            problems(text) == [
                "s.md:5:7: error: unknown variable 'school.nmae' (did you mean 'school.name'?)",
                "s.md:6:10: error: unknown school type 'acadmy' (did you mean 'academy'?)",
                "s.md:7:1: error: '{{ not a name }}' is not a variable name; expected a dotted name such as 'school.name'",
                "s.md:7:22: error: '{{' is not closed on this line; write a variable as {{ school.name }}",
                "s.md:9:1: error: this ':::' closes no block; open one with '::: only TYPE' or '::: except TYPE'",
                "s.md:10:1: error: expected '::: only TYPE, …', '::: except TYPE, …' or ':::' to close a block, but found '::: maybe academy'",
                "s.md:11:1: error: '::: only' names no school type; expected '::: only TYPE, …'",
            ])
    }

    @Test func countsTypeColumnsInCharactersAfterAccentedNames() {
        // "é" is two bytes and one character; "e\u{301}" two scalars and one character.
        #expect(
            problems("::: only écola,\tacadmy, e\u{301}cole\n:::") == [
                "s.md:5:10: error: unknown school type 'écola'; expected one of: maintained, academy, voluntary-aided, trust",
                "s.md:5:17: error: unknown school type 'acadmy' (did you mean 'academy'?)",
                "s.md:5:25: error: unknown school type 'e\u{301}cole'; expected one of: maintained, academy, voluntary-aided, trust",
            ])
    }

    @Test func reportsVariablesInsideAKeptBlock() {
        #expect(
            problems("::: only maintained\n{{ bad name }} {{ school.name\n:::") == [
                "s.md:6:1: error: '{{ bad name }}' is not a variable name; expected a dotted name such as 'school.name'",
                "s.md:6:16: error: '{{' is not closed on this line; write a variable as {{ school.name }}",
            ])
    }

    @Test func checksTextTheSchoolDoesNotSeeExceptForSchoolValues() {
        #expect(
            problems("::: only academy\n{{ term.setting }} {{ term.stting }} {{ school.trust }} {{ bad name }}\n:::")
                == [
                    "s.md:6:20: error: unknown variable 'term.stting' (did you mean 'term.setting'?)",
                    "s.md:6:57: error: '{{ bad name }}' is not a variable name; expected a dotted name such as 'school.name'",
                ])
    }

    @Test func acceptsTrustValuesInTextTheSchoolDoesNotSee() {
        // Another school, in a trust, may see this block; this one names no trust, and a kept use is an error.
        #expect(
            problems("::: only academy\n{{ trust.name }}\n:::\n{{ trust.name }}") == [
                "s.md:8:1: error: unknown variable 'trust.name': the school belongs to no trust folder; name it with 'trust_folder: PATH' in school.yml"
            ])
    }

    @Test func reportsABlockNeverClosed() {
        #expect(
            problems("text\n::: only academy\nmore") == [
                "s.md:6:1: error: the block '::: only academy' opened here is never closed; end it with a line ':::'"
            ])
    }

    @Test func unknownNamespaceSaysWhereVariablesComeFrom() {
        #expect(
            problems("{{ foo.bar }}") == [
                "s.md:5:1: error: unknown variable 'foo.bar'; variables start with 'school.', 'term.', 'trust.' or 'policy.'"
            ])
    }

    @Test func withoutASchoolABlockIsAnError() {
        #expect(
            problems("::: only academy\nx\n:::", type: nil) == [
                "s.md:5:1: error: this block depends on the school type, and no school is given; name one with --school DIR"
            ])
    }
}
