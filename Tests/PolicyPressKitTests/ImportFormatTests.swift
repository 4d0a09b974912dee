import Foundation
import Testing

@testable import PolicyPressKit

/// Files the import refuses before pandoc sees them, each with what to do instead; and the ones it reads.
@Suite struct ImportFormatTests {
    static func refusal(_ name: String, _ data: Data) -> String? {
        if case .failure(let refusal) = ImportFormat.of(name: name, data: data) { return refusal.reason }
        return nil
    }

    @Test func formatsAreKnownByTheirExtension() throws {
        let docx = try PandocTreeTests.wordFile()
        defer { try? FileManager.default.removeItem(at: docx.deletingLastPathComponent()) }
        #expect(
            try ImportFormat.of(name: "Safeguarding Policy 2026.DOCX", data: Data(contentsOf: docx)) == .success(.docx))
        #expect(ImportFormat.of(name: "policy.md", data: Data("# Policy\n".utf8)) == .success(.markdown))
        #expect(ImportFormat.of(name: "policy.htm", data: Data("<p>x</p>".utf8)) == .success(.html))
    }

    @Test func everyRefusalSaysWhatToDo() {
        let word = Data("text".utf8)
        #expect(Self.refusal("policy.doc", word)?.contains("save it as a Word Document (.docx)") == true)
        #expect(Self.refusal("policy.pdf", word)?.hasPrefix("the file is named .pdf but is not a PDF") == true)
        #expect(Self.refusal("policy", word)?.contains("PolicyPress imports Word (.docx)") == true)
        #expect(Self.refusal("policy.docx", Data()) == "the file is empty (0 bytes)")
        #expect(Self.refusal("policy.docx", word)?.hasPrefix("the file is not a Word document inside") == true)
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        #expect(Self.refusal("policy.docx", ole)?.hasPrefix("the file is password-protected") == true)
        let large = Data(count: ImportFormat.largestFile + 1)
        #expect(Self.refusal("policy.docx", large)?.contains("compress its pictures") == true)
        #expect(Self.refusal("policy.pdf", large)?.contains("make the PDF again without its pictures") == true)
    }

    /// A zip made by Python's zipfile, with `entries` (name, size in bytes of zeros).
    static func zip(_ entries: [(String, Int)]) throws -> Data {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("made.zip")
        let script = """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                for name, size in zip(sys.argv[2::2], sys.argv[3::2]):
                    with z.open(name, "w", force_zip64=False) as f:
                        block = bytes(1 << 20)
                        left = int(size)
                        while left > 0:
                            f.write(block[:min(left, len(block))])
                            left -= len(block)
            """
        let arguments = ["python3", "-c", script, path.path] + entries.flatMap { [$0.0, String($0.1)] }
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"), arguments, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return try Data(contentsOf: path)
    }

    @Test func aZipThatWouldUnpackTooFarIsNeverOpened() throws {
        let bomb = try Self.zip([("word/document.xml", 300 << 20)])
        #expect(bomb.count < 1 << 20, "the bomb is small on disk: \(bomb.count) bytes")
        #expect(Self.refusal("policy.docx", bomb)?.contains("far more than any policy document") == true)
        let long = try Self.zip([("word/document.xml", 25 << 20)])
        #expect(
            Self.refusal("policy.docx", long)?.hasPrefix("its text alone would be 25.0 MB, far more than any policy")
                == true)
        let other = try Self.zip([("content.xml", 10)])
        #expect(Self.refusal("policy.docx", other)?.contains("it has no word/document.xml") == true)
        #expect(ImportFormat.of(name: "policy.odt", data: other) == .success(.odt))
        #expect(
            Self.refusal("policy.docx", bomb.prefix(bomb.count / 2))?.hasPrefix(
                "the file is not a Word document inside") == true)
    }
}
