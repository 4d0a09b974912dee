import Foundation
import Testing

@testable import PolicyPressKit

/// The files `import --update` writes, worked out before anything is written (`PolicyUpdate`), on policies
/// held in memory: what a kept section's front matter keeps, a new section's name, what the report says,
/// and the folder replaced whole (`FolderWriter.replace`).
@Suite struct PolicyUpdateTests {
    static let old = [
        "/lib/Content/vocabulary.yml": LoaderTests.vocabulary,
        "/lib/p/policy.yml": "title: P\nreview_cycle: 1 year\napprover: Governors\n",
        "/lib/p/01-scope.md":
            "---\ntitle: \"Scope\"\norder: 1\n# kept by hand\napplies_to: [maintained]\nguidance: >-\n  Say who\n  it covers.\n---\nThe {{ term.setting }} policy covers every member of staff and every volunteer in school.\n",
        "/lib/p/02-visits.md":
            "---\ntitle: Visits\norder: 2\n---\nPupils take part in trips and visits, and teachers plan each visit with their needs in mind.\n",
        "/lib/p/03-review.md": "---\r\ntitle: \"Review\"\r\norder: 3\r\n---\r\nReviewed every year.\r\n",
    ]

    static func policy(_ files: [String: String]) throws -> ModelPolicy {
        let reader = LoaderTests.reader(files)
        return try LoaderTests.readPolicy(reader, in: "/lib/p", vocabulary: try LoaderTests.readVocabulary(reader))
    }

    static func section(_ title: String, _ markdown: String, notes: [String] = []) -> ImportedPolicy.Section {
        ImportedPolicy.Section(title: title, markdown: markdown, notes: notes)
    }

    static func update(to sections: [ImportedPolicy.Section], reserved: Set<String> = []) throws -> PolicyUpdate {
        let policy = try Self.policy(Self.old)
        var bytes: [String: Data] = [:]
        for section in policy.sections { bytes[Path.name(section.file)] = Data(Self.old["/lib/" + section.file]!.utf8) }
        let new = ImportedPolicy(title: "P", sections: sections, leadingNotes: [], report: [], tables: 0, footnotes: 0)
        return PolicyUpdate(old: policy.sections, bytes: bytes, new: new, reserved: reserved)
    }

    static func text(_ update: PolicyUpdate, _ name: String) -> String? {
        update.files[name].map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func aKeptSectionKeepsItsFileItsAuthorsLinesAndWhatDidNotChange() throws {
        let update = try Self.update(to: [
            Self.section("Review", "Reviewed every year.\n"),
            Self.section(
                "Who this policy covers",
                "The School policy covers every member of staff and every volunteer in school and on visits.\n",
                notes: ["Say who it covers."]),
            Self.section(
                "Visits",
                "Pupils take part in trips and visits, and teachers plan each visit with their needs in mind.\n",
                notes: ["Name the visits lead."]),
        ])
        #expect(update.files.keys.sorted() == ["01-scope.md", "02-visits.md", "03-review.md"])
        // Renamed and reordered; the comment, applies_to and the folded guidance (the same words) stay as written.
        #expect(
            Self.text(update, "01-scope.md")
                == "---\ntitle: \"Who this policy covers\"\norder: 2\n# kept by hand\napplies_to: [maintained]\nguidance: >-\n  Say who\n  it covers.\n---\nThe School policy covers every member of staff and every volunteer in school and on visits.\n"
        )
        #expect(
            Self.text(update, "02-visits.md")
                == "---\ntitle: Visits\norder: 3\nguidance: \"Name the visits lead.\"\n---\nPupils take part in trips and visits, and teachers plan each visit with their needs in mind.\n"
        )
        // Moved to the top, its words the same: only its order changes (and its line endings, once rewritten).
        #expect(Self.text(update, "03-review.md") == "---\ntitle: \"Review\"\norder: 1\n---\nReviewed every year.\n")
        #expect(update.sections.map(\.pairedWith?.moved) == [true, false, false])
        #expect(update.sections[1].lostVariables == ["{{ term.setting }}"])
        #expect(update.counts == "1 changed, 1 renamed, 1 moved")
        let lines = update.reportLines(folder: "Content/policies/p", amenders: [:])
        #expect(
            lines == [
                "Content/policies/p/03-review.md: 'Review' moved: order 3 → 1; its text is unchanged",
                "Content/policies/p/01-scope.md: 'Scope' → 'Who this policy covers' renamed (file kept; matched by its text, 69% alike): 5 words added, 4 removed",
                "Content/policies/p/02-visits.md: 'Visits' changed: guidance added from the document's drafting notes",
                "0 sections unchanged",
                "Content/policies/p/01-scope.md: the old text had {{ term.setting }}, which the new text does not: put it back where the new text needs it",
            ])
    }

    @Test func anUnchangedSectionKeepsItsBytesAndANewOneTakesAFreeName() throws {
        let update = try Self.update(
            to: [
                Self.section(
                    "Scope",
                    "The {{ term.setting }} policy covers every member of staff and every volunteer in school.\n",
                    notes: ["Say who it covers."]),
                Self.section("Trips", "Something else entirely, about coaches and minibuses.\n"),
                Self.section("Review", "Reviewed every year.\n"),
            ], reserved: ["02-trips"])
        #expect(update.files["01-scope.md"] == Data(Self.old["/lib/p/01-scope.md"]!.utf8))
        #expect(
            update.files["03-review.md"] == Data(Self.old["/lib/p/03-review.md"]!.utf8),
            "a file with CRLF endings and the same text keeps its bytes")
        #expect(
            update.files.keys.sorted() == ["01-scope.md", "02-trips-2.md", "03-review.md"],
            "02-trips is an amendment's name, 02-visits goes")
        #expect(update.removals == [PolicyUpdate.Removal(title: "Visits", file: "02-visits.md")])
        #expect(update.counts == "1 added, 1 removed, 2 unchanged")
        #expect(
            update.reportLines(folder: "p", amenders: ["02-visits": ["Content/schools/a", "Content/schools/b"]]) == [
                "p/02-trips-2.md: 'Trips' added, a new file (7 words)",
                "p/02-visits.md: 'Visits' removed: the new version has no such section, so its file goes; Content/schools/a, Content/schools/b amend it, and their amendments will have nothing under them",
                "2 sections unchanged",
            ])
        #expect(!update.changesNothing)
    }

    @Test func sectionsOnlyRenumberedAreSaidInOneLine() throws {
        let update = try Self.update(to: [
            Self.section("Introduction", "A new first section.\n"),
            Self.section(
                "Scope", "The {{ term.setting }} policy covers every member of staff and every volunteer in school.\n",
                notes: ["Say who it covers."]),
            Self.section(
                "Visits",
                "Pupils take part in trips and visits, and teachers plan each visit with their needs in mind.\n"),
            Self.section("Review", "Reviewed every year.\n"),
        ])
        #expect(update.counts == "1 added, 3 renumbered")
        #expect(
            update.reportLines(folder: "p", amenders: [:]).dropFirst() == [
                "3 sections were only renumbered, as sections before them came or went (01-scope.md, 02-visits.md, 03-review.md)",
                "0 sections unchanged",
            ])
        #expect(update.files.keys.contains("01-introduction.md"))
    }

    @Test func theSectionsThatDidNotMoveAreALongestRunInTheirOldOrder() {
        #expect(PolicyUpdate.inOrder([1, 5, 2, 3, 4, 6]) == [0, 2, 3, 4, 5])
        #expect(PolicyUpdate.inOrder([3, 2, 1]).count == 1)
        #expect(PolicyUpdate.inOrder([]) == [])
    }

    @Test func variablesAndFencesAreFoundAsWritten() {
        #expect(
            PolicyUpdate.variables(in: "{{school.name}} and {{ term.head }}, {{ school.name }}") == [
                "{{ school.name }}", "{{ term.head }}",
            ])
        #expect(
            PolicyUpdate.fences(in: "a\n::: only voluntary-aided\nb\n:::\n  ::: except academy\n:::note") == [
                "::: only voluntary-aided", "::: except academy",
            ])
    }

    /// The update's own work (reading the policy there, matching, planning the files, the report), without
    /// pandoc, on the generated documents of `SectionMatcherTests`: ten times the sections, about ten times
    /// the time.
    @Test func planningAnUpdateCostsTimeInProportionToTheText() throws {
        var seconds: [Double] = []
        for count in [200, 2_000] {
            let (old, new, _) = SectionMatcherTests.versions(count)
            var files = [
                "/lib/Content/vocabulary.yml": LoaderTests.vocabulary,
                "/lib/p/policy.yml": "title: P\nreview_cycle: 1 year\napprover: G\n",
            ]
            for (index, section) in old.enumerated() {
                files["/lib/p/\(PolicyScaffold.fileName(order: index + 1, title: section.title))"] =
                    "---\ntitle: \(YAMLText.quoted(section.title))\norder: \(index + 1)\n---\n\(section.text)\n"
            }
            let imported = ImportedPolicy(
                title: "P", sections: new.map { Self.section($0.title, $0.text + "\n") }, leadingNotes: [], report: [],
                tables: 0, footnotes: 0)
            var best = Double.infinity
            for _ in 0..<3 {
                let started = Date()
                let policy = try Self.policy(files)
                let update = PolicyUpdate(old: policy.sections, bytes: [:], new: imported, reserved: [])
                #expect(update.reportLines(folder: "p", amenders: [:]).count > count / 10)
                best = min(best, Date().timeIntervalSince(started))
            }
            seconds.append(best)
        }
        print(
            "update planned: 200 sections in \(String(format: "%.3f", seconds[0])) s, 2,000 in \(String(format: "%.3f", seconds[1])) s"
        )
        #expect(seconds[1] < 30 * seconds[0] + 0.1)
    }

    @Test func replacingAFolderKeepsWhatIsNamedAndNothingElse() throws {
        let disk = MemoryFileSystem([
            "/lib/p/policy.yml": "title: P\n", "/lib/p/01-a.md": "old a", "/lib/p/02-b.md": "old b",
            "/lib/p/images/logo.txt": "logo",
            "/lib/.p.partial/01-a.md": "left by a run that was stopped",
        ])
        try FolderWriter(fileSystem: disk.fileSystem).replace(
            "/lib/p", with: ["01-a.md": Data("new a".utf8), "03-c.md": Data("c".utf8)],
            keeping: ["policy.yml", "images"])
        #expect(
            disk.allPaths().filter { $0.hasPrefix("/lib/") } == [
                "/lib/p", "/lib/p/01-a.md", "/lib/p/03-c.md", "/lib/p/images", "/lib/p/images/logo.txt",
                "/lib/p/policy.yml",
            ])
        #expect(disk.text("/lib/p/01-a.md") == "new a" && disk.text("/lib/p/policy.yml") == "title: P\n")
        #expect(throws: FileSystemError.self) {
            try FolderWriter(fileSystem: disk.fileSystem).replace("/lib/q", with: [:], keeping: [])
        }
    }
}
