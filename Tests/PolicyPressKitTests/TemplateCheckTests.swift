import Foundation
import Mustache
import Testing

@testable import PolicyPressKit

/// `check` reads each template against the page values, as it reads a policy against the profile.
@Suite struct TemplateCheckTests {
    static let school = SchoolProfile(
        id: "oakfield", folder: "oakfield", file: "school.yml", name: "Oakfield", type: "maintained",
        values: ["roles.headteacher": "Mrs Shah", "website": "https://o.example"], policies: [])

    static func problems(_ templates: [String: String], school: SchoolProfile = school) -> [String] {
        let sources = Dictionary(
            uniqueKeysWithValues: templates.map { ($0, SourceText(path: "Templates/\($0).mustache", text: $1)) })
        let set = TemplateSet(library: MustacheLibrary(), stylesheet: Data(), sources: sources)
        let schemas = PageValue.schemas(school: SchoolValue(school, type: nil)).filter { templates[$0.key] != nil }
        return TemplateCheck(templates: set, schemas: schemas).problems().map { "\($0.location): \($0.message)" }
    }

    @Test func everyProfileValueAndPageValueIsKnown() {
        #expect(
            Self.problems([
                "index":
                    "{{school.roles.headteacher}} {{#policies}}{{title}} {{school.name}}{{/policies}} {{{school.website}}}{{! a note }}",
                "policy":
                    "{{#policy}}{{title}}{{#approval}}{{by}}{{/approval}}{{/policy}}{{#sections}}{{number}} {{{html}}}{{/sections}}",
            ]).isEmpty)
    }

    @Test func schoolsShareAReadingOnlyWhenTheirProfilesNameTheSameValues() {
        let source = SourceText(path: "Templates/index.mustache", text: "{{school.roles.headteacher}}")
        let set = TemplateSet(library: MustacheLibrary(), stylesheet: Data(), sources: ["index": source])
        let bare = SchoolProfile(
            id: "b", folder: "b", file: "school.yml", name: "B", type: "maintained", values: [:], policies: [])
        let readings = [Self.school, bare, Self.school, bare].map { school in
            TemplateCheck.problems(in: set, for: SchoolValue(school, type: nil)).filter {
                $0.location.file.hasSuffix("index.mustache")
            }.count
        }
        #expect(readings == [0, 1, 0, 1])
    }

    @Test func aMisspeltNameIsReportedWhereItStands() {
        #expect(
            Self.problems(["index": "<p>\n  {{school.roles.headteachr}}</p>"]) == [
                "Templates/index.mustache:2:3: the template names 'school.roles.headteachr', which no page value has (did you mean 'school.roles.headteacher'?)"
            ])
        // A name of another page's values, or one a section's value does not have.
        #expect(
            Self.problems(["accessibility": "{{policy.title}}", "index": "{{#policies}}{{html}}{{/policies}}{{html}}"])
                .count == 2)
    }

    @Test func aSchoolMayLackAValueASectionTestsFor() {
        let bare = SchoolProfile(
            id: "b", folder: "b", file: "school.yml", name: "B", type: "maintained", values: [:], policies: [])
        #expect(
            Self.problems(
                [
                    "index":
                        "{{#school.twitter}}{{school.twitter}}{{/school.twitter}}{{#school.website}}{{school.website}}{{/school.website}}"
                ], school: bare
            ).isEmpty)
        #expect(Self.problems(["index": "{{school.twitter}}"], school: bare).count == 1)
    }

    /// A partial is read with each page that includes it; a name only some of those pages have is fine.
    @Test func aPartialIsReadWithEveryPageThatIncludesIt() {
        let partial = "{{#policy}}{{policy.title}}{{/policy}}{{polcy}}"
        let problems = Self.problems(["index": "{{> footer}}", "policy": "{{> footer}}", "footer": partial])
        #expect(
            problems == [
                "Templates/footer.mustache:1:39: the template names 'polcy', which no page value has (did you mean 'policy'?)"
            ])
    }

    @Test func transformsAndTripleBracesNameWhatTheyShow() {
        let tags = TemplateTag.tags(
            in: SourceText(path: "t", text: "{{ uppercased(title) }}{{{ body }}}{{#a}}{{/a}}{{> p }}"))
        #expect(tags.map(\.name) == ["title", "body", "a", "a", "p"])
        #expect(tags.map { $0.sigil.map(String.init) ?? "" } == ["", "&", "#", "/", ">"])
    }
}

/// The page values render as the strings and numbers they hold: escaped or not, in sections, and through
/// Mustache's transforms.
@Suite struct TemplateValueRenderingTests {
    @Test func textsRenderLikeStrings() throws {
        var library = MustacheLibrary()
        try library.register(
            "{{school.name}}|{{{school.name}}}|{{uppercased(school.name)}}|{{#school.website}}[{{school.name}}]{{/school.website}}"
                + "|{{^school.missing}}none{{/school.missing}}|{{#school.roles}}{{headteacher}}{{/school.roles}}",
            named: "page")
        let school = SchoolProfile(
            id: "o", folder: "o", file: "school.yml", name: "Oak & <Ash>", type: "maintained",
            values: ["roles.headteacher": "Mrs Shah", "website": "https://o.example"], policies: [])
        let page = PageValue("index.html", school: SchoolValue(school, type: nil))
        #expect(
            library.render(page, withTemplate: "page")
                == "Oak &amp; &lt;Ash&gt;|Oak & <Ash>|OAK &amp; &lt;ASH&gt;|[Oak &amp; &lt;Ash&gt;]|none|Mrs Shah")
    }
}
