import Foundation
import Testing

/// `render` prints what cmark-gfm prints, raw HTML left out, and says on standard error what it left out, at
/// the piece's line and column in the file (front matter and `:::` lines counted).
@Suite struct RenderWarningTests {
    static let body = """
        Intro paragraph.

        <div class="box">
        Boxed text.
        </div>

        Text with <span>x</span> inline.

        """

    /// Runs `test` in a new folder holding `files` (name to text), then removes the folder.
    func inFolder(with files: [String: String], _ test: (URL) throws -> Void) throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        try test(folder)
    }

    @Test func eachPieceOfRawHTMLIsReportedAtItsPlaceInTheFile() throws {
        try inFolder(with: ["notes.md": "---\ntitle: Notes\norder: 1\n---\n\(Self.body)", "body.md": Self.body]) {
            folder in
            let result = try CommandRunner.policypress(["render", "notes.md", "--to", "html"], in: folder)
            #expect(result.status == 0)
            #expect(result.stdout == (try CommandRunner.cmarkGFM("body.md", in: folder)).stdout)
            #expect(
                result.stderr == """
                    notes.md:7:1: warning: raw HTML '<div class="box">' left out
                    notes.md:11:11: warning: raw HTML '<span>' left out
                    notes.md:11:18: warning: raw HTML '</span>' left out

                    """)
        }
    }

    /// The `:::` block and its fences are gone from the text cmark-gfm reads, where the `<p>` is on line 3:
    /// counted from the body's first line alone it would be reported on line 6, not 9.
    @Test func linesLeftOutForTheSchoolStillCountInThePosition() throws {
        let text = "---\ntitle: Notes\n---\n::: only maintained\nThe governing body.\n:::\nKept.\n\n<p>Kept</p>\n"
        let school = TestPaths.packageRoot.appendingPathComponent("Content/schools/hillcrest-academy").path
        try inFolder(with: ["notes.md": text]) { folder in
            let result = try CommandRunner.policypress(
                ["render", "notes.md", "--school", school, "--to", "text"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "Kept.\n")
            #expect(result.stderr == "notes.md:9:1: warning: raw HTML '<p>' left out\n")
        }
    }

    @Test func longHTMLIsShownByTheStartOfItsFirstLine() throws {
        let html = "<table class=\"indicators-of-abuse\" summary=\"Signs\">\n<tr><td>Bruising</td></tr>\n</table>\n"
        try inFolder(with: ["table.md": html]) { folder in
            let result = try CommandRunner.policypress(["render", "table.md"], in: folder)
            #expect(result.status == 0)
            #expect(result.stdout == "<!-- raw HTML omitted -->\n")
            #expect(
                result.stderr
                    == "table.md:1:1: warning: raw HTML '<table class=\"indicators-of-abuse\" summ…' left out\n")
        }
    }
}
