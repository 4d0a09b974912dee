import Foundation
import Testing

/// Nothing from outside the library gets in, and nothing that runs gets out.
@Suite struct SafetyTests {
    @Test func aSectionThatLinksOutOfTheLibraryIsRefused() throws {
        let work = try Workspace()
        defer { work.remove() }
        try work.write("outside/secret.md", "---\ntitle: Secret\norder: 9\n---\nThe contents of a file elsewhere.\n")
        try FileManager.default.createSymbolicLink(
            atPath: work.url("Content/policies/social-networking/09-secret.md").path,
            withDestinationPath: work.url("outside/secret.md").path)
        let result = try work.run(["check"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "Content/policies/social-networking/09-secret.md: error: this file is a symbolic link; PolicyPress reads only files that are really in the library or school folder"
            ))
        #expect(try work.run(["build"]).status == 1)
        #expect(!work.exists("site"))
    }

    @Test func aPolicyFolderThatLinksOutIsRefused() throws {
        let work = try Workspace()
        defer { work.remove() }
        try TestPaths.copyContents(
            of: work.url("Content/policies/social-networking"),
            into: try {
                let url = work.url("elsewhere/linked")
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                return url
            }())
        try FileManager.default.createSymbolicLink(
            atPath: work.url("Content/policies/linked").path, withDestinationPath: work.url("elsewhere/linked").path)
        try work.edit(
            "Content/schools/example/school.yml", replacing: "  - social-networking",
            with: "  - social-networking\n  - linked")
        let result = try work.run(["check"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: the policy folder 'linked' is a symbolic link"))
    }

    /// Every page of every build case and shipped school: no script, no event handler, no javascript: link.
    @Test func noBuiltPageCarriesAnythingThatRuns() throws {
        var pages: [URL] = []
        for folder in [
            TestPaths.fixtures.appendingPathComponent("cases"), TestPaths.fixtures.appendingPathComponent("shipped"),
        ] {
            for path in TestPaths.files(under: folder) where path.hasSuffix(".html") || path.hasSuffix("/stdout") {
                pages.append(folder.appendingPathComponent(path))
            }
        }
        #expect(pages.count > 30)
        let handler = try NSRegularExpression(pattern: "<[^>]*\\son[a-z]+\\s*=", options: [.caseInsensitive])
        for page in pages {
            let text = try String(contentsOf: page, encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            #expect(!text.lowercased().contains("<script"), "\(page.path)")
            #expect(!text.lowercased().contains("href=\"javascript:"), "\(page.path)")
            #expect(!text.lowercased().contains("src=\"javascript:"), "\(page.path)")
            #expect(handler.firstMatch(in: text, range: range) == nil, "\(page.path)")
        }
    }
}

/// Command-line names that are not what they should be get a message that says so.
@Suite struct OddNamesTests {
    @Test func renderOfAFolderSaysItIsAFolder() throws {
        let result = try CommandRunner.policypress(
            ["render", "Content/policies/social-networking"], in: TestPaths.packageRoot)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Content/policies/social-networking: error: this is a folder, not a file"))
    }

    @Test(arguments: ["..", "../etc", "Social-Networking"])
    func diffAndApproveRefuseWhatIsNotAPolicyID(_ id: String) throws {
        for arguments in [["diff", id], ["approve", id, "--date", "2026-03-12", "--by", "FGB"]] {
            let result = try CommandRunner.policypress(
                arguments + ["--today", "2026-11-24"], in: TestPaths.packageRoot)
            #expect(result.stderr.contains("\(id): error: '\(id)' is not a policy id"), "\(arguments)")
        }
    }

    @Test func aLinkThatPointsNowhereIsALinkNotAMissingFile() throws {
        let work = try Workspace()
        defer { work.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: work.url("Content/policies/social-networking/09-nowhere.md").path,
            withDestinationPath: "no-such-file.md")
        let result = try work.run(["check"])
        #expect(result.stderr.contains("09-nowhere.md: error: this file is a symbolic link"))
    }
}
