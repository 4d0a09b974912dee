import Testing

@testable import PolicyPressKit

/// The readers of the Load stage on files held in memory: positions, tolerance, and what each kind of mistake says.
@Suite struct LoaderTests {
    static let vocabulary = """
        maintained:
          label: maintained school
          requires: [local_authority]
          terms: {setting: School}
        academy:
          label: academy
          terms: {setting: Academy}
        """

    static func reader(_ files: [String: String]) -> SourceReader {
        SourceReader(fileSystem: MemoryFileSystem(files).fileSystem, workingDirectory: "/lib")
    }

    static func readVocabulary(_ files: SourceReader, at file: String = "/lib/Content/vocabulary.yml") throws
        -> Vocabulary
    {
        try VocabularyReader(files).vocabulary(at: file)
    }

    static func readPolicy(_ files: SourceReader, in folder: String, vocabulary: Vocabulary) throws -> ModelPolicy {
        try DiagnosticCollector.checked {
            PolicyReader(files).policy(in: folder, vocabulary: vocabulary, diagnostics: &$0)
        }
    }

    static func readSchool(_ files: SourceReader, in folder: String, vocabulary: Vocabulary) throws -> SchoolProfile {
        try DiagnosticCollector.checked {
            ProfileReader(files).profile(in: folder, vocabulary: vocabulary, diagnostics: &$0)
        }
    }

    static func problems(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func quotedAndFoldedValuesPointAtTheirText() throws {
        let files = [
            "/lib/Content/vocabulary.yml": Self.vocabulary,
            "/lib/p/policy.yml": "title: P\nreview_cycle: 1 year\napprover: \"{{ term.setting }} board\"\n",
            "/lib/p/01.md":
                "---\ntitle: \"About {{ school.nmae }}\"\norder: 1\nguidance: >-\n  folded\n  {{ x.y }}\n---\nbody\n",
            "/lib/s/school.yml": "name: N\ntype: maintained\nlocal_authority: L\npolicies: [p]\n",
        ]
        let reader = Self.reader(files)
        let vocabulary = try Self.readVocabulary(reader)
        let policy = try Self.readPolicy(reader, in: "/lib/p", vocabulary: vocabulary)
        #expect(policy.sections[0].title.location.description == "p/01.md:2:9")
        #expect(policy.metadata.approver.location.description == "p/policy.yml:3:12")
        let school = try Self.readSchool(reader, in: "/lib/s", vocabulary: vocabulary)
        #expect(
            Self.problems { _ = try EditionResolver(vocabulary: vocabulary).resolve(policy, for: school) } == [
                "p/01.md:2:15: error: unknown variable 'school.nmae' (did you mean 'school.name'?)"
            ])
    }

    @Test func aYAMLMistakeIsReportedWhereTheBadValueStarts() {
        let reader = Self.reader(["/lib/a.md": "---\ntitle: [unclosed\norder: 1\n---\nx"])
        let problems = Self.problems {
            _ = try SectionReader(reader).section(at: "/lib/a.md", vocabulary: Vocabulary(types: []))
        }
        #expect(problems.count == 1)
        #expect(
            problems.first?.hasPrefix(
                "a.md:2:8: error: the YAML is not valid: while parsing a flow sequence that starts here") == true)
        #expect(problems.first?.contains("in quotes") == true)
    }

    @Test(arguments: [
        (
            "applies_to: [all, academy]",
            "a.md:4:14: error: 'all' stands alone: write 'applies_to: all', or list the types without it"
        ),
        (
            "applies_to: []",
            "a.md:4:13: error: 'applies_to' names no school type; leave it out (or write 'all') for every type, or list the types"
        ),
        ("applies_to: [Academy]", "a.md:4:14: error: unknown school type 'Academy' (did you mean 'academy'?)"),
        ("titel: x", "a.md:4:1: error: unknown key 'titel' (did you mean 'title'?)"),
    ])
    func frontMatterMistakes(line: String, expected: String) throws {
        let reader = Self.reader([
            "/lib/Content/vocabulary.yml": Self.vocabulary, "/lib/a.md": "---\ntitle: T\norder: 1\n\(line)\n---\nx",
        ])
        let vocabulary = try Self.readVocabulary(reader)
        #expect(
            Self.problems { _ = try SectionReader(reader).section(at: "/lib/a.md", vocabulary: vocabulary) } == [
                expected
            ])
    }

    @Test func aProfileMustNameAWebAddressAndItsTypesFields() throws {
        let reader = Self.reader([
            "/lib/Content/vocabulary.yml": Self.vocabulary,
            "/lib/s/school.yml": "name: N\ntype: maintained\nwebsite: javascript:alert(1)\npolicies: [p]\n",
        ])
        let vocabulary = try Self.readVocabulary(reader)
        #expect(
            Self.problems { _ = try Self.readSchool(reader, in: "/lib/s", vocabulary: vocabulary) } == [
                "s/school.yml:2:7: error: missing 'local_authority': a maintained school must give its local authority; add a line 'local_authority: …'",
                "s/school.yml:3:1: warning: no site_url, so pages have no canonical links and there is no sitemap.xml; add 'site_url: https://…/policies/' (the address the policies will be uploaded to)",
                "s/school.yml:3:10: error: 'website' must be a web address such as https://school.example, but found 'javascript:alert(1)'",
            ])
    }

    @Test func aVocabularyTypeWithoutATermIsReported() {
        let reader = Self.reader(["/lib/v.yml": Self.vocabulary + "\ntrust:\n  label: trust\n  terms: {other: x}\n"])
        #expect(
            Self.problems { _ = try Self.readVocabulary(reader, at: "/lib/v.yml") } == [
                "v.yml:1:1: error: the school type 'maintained' has no term 'other' (trust has it); every type needs the same terms",
                "v.yml:5:1: error: the school type 'academy' has no term 'other' (trust has it); every type needs the same terms",
                "v.yml:8:1: error: the school type 'trust' has no term 'setting' (maintained, academy have it); every type needs the same terms",
            ])
    }

    @Test func anEscapedBraceInATitleLosesItsBackslash() throws {
        let files = [
            "/lib/Content/vocabulary.yml": Self.vocabulary,
            "/lib/p/policy.yml": "title: P\nreview_cycle: 1 year\napprover: Board\n",
            "/lib/p/01.md": "---\ntitle: Use \\{{ school.name }} here\norder: 1\n---\n### Fine\n\n- ## Not fine\n",
            "/lib/s/school.yml": "name: N\ntype: academy\npolicies: [p]\n",
        ]
        let reader = Self.reader(files)
        let vocabulary = try Self.readVocabulary(reader)
        var policy = try Self.readPolicy(reader, in: "/lib/p", vocabulary: vocabulary)
        let school = try Self.readSchool(reader, in: "/lib/s", vocabulary: vocabulary)
        #expect(
            SectionSourceCheck.problems(in: policy.sections[0]).map(\.description) == [
                "p/01.md:7:3: error: a heading inside a section must be level 3 or deeper (start it with '###'): the section's title is level 2"
            ])
        policy.sections[0].body = "### Fine\n"
        let edition = try EditionResolver(vocabulary: vocabulary).resolve(policy, for: school)
        #expect(edition.sections[0].title == "Use {{ school.name }} here")
    }
}
