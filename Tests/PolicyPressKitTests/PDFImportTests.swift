import Foundation
import Testing

@testable import PolicyPressKit

/// `import` of PDFs, through the command, on the fixtures of `scripts/make-pdf-fixtures.py`
/// (Fixtures/pdf): each printed PDF imports and then passes `check`; each hostile one is refused with its
/// reason, or (encrypted for its permissions alone) imports; none hangs. The reader, OpenDataLoader PDF,
/// is part of the suite (`scripts/setup.sh --tests` installs it): without it these tests fail, saying so.
@Suite(.serialized) struct PDFImportTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("pdf")
    static let printed = [
        "typst-social-networking.pdf", "chromium-online-safety.pdf", "libreoffice-safeguarding.pdf",
        "behaviour-2025.pdf", "behaviour-2026.pdf",
        "hostile/encrypted-permissions-only.pdf", "hostile/many-tiny-words.pdf",
    ]
    static let refused = [
        ("hostile/encrypted-user-password.pdf", "the PDF is protected by a password"),
        ("hostile/scanned.pdf", "the PDF has no text layer, only pictures of its pages (scanned: run OCR first"),
        ("hostile/not-a-pdf.pdf", "the file is named .pdf but is not a PDF (it does not start with %PDF-)"),
        ("hostile/truncated.pdf", "the PDF is cut short"),
        ("hostile/over-page-limit.pdf", "the PDF has 600 pages, more than a policy has (at most 500)"),
        ("hostile/enormous-page-count.pdf", "the PDF has 10000000 pages, more than a policy has (at most 500)"),
    ]

    /// The reader must be there; if not, the test says how to install it rather than passing by.
    static func requireReader() throws {
        try #require(
            PDFReader.installedJar != nil,
            "OpenDataLoader PDF is not installed: run 'bash scripts/setup.sh --import' (or --tests)")
    }

    /// The words of a text, as `ImportFidelityTests` compares them.
    static func words(_ text: String) -> [String] { ImportFidelityTests.words(text) }

    @Test(arguments: printed)
    func everyPrintedPDFImportsAndThenChecks(_ file: String) throws {
        try Self.requireReader()
        let work = try Workspace()
        defer { work.remove() }
        let started = Date()
        let imported = try work.run(["import", Self.folder.appendingPathComponent(file).path, "--id", "imported"])
        #expect(imported.status == 0, "\(file): \(imported.stdout) \(imported.stderr)")
        #expect(Date().timeIntervalSince(started) < 90, "\(file) took longer than the reader's time limit allows")
        try work.edit(
            "Content/schools/example/school.yml", replacing: "  - social-networking",
            with: "  - social-networking\n  - imported")
        let check = try work.run(["check"])
        #expect(check.status == 0, "\(file): \(check.stdout) \(check.stderr)")
        #expect(!check.stdout.contains("error:") && !check.stderr.contains("error:"), "\(file): \(check.stderr)")
    }

    @Test func hostilePDFsAreRefusedWithTheirReasonAndWriteNothing() throws {
        try Self.requireReader()
        let work = try Workspace()
        defer { work.remove() }
        let before = KillTests.contents(work.url("Content"))
        for (file, reason) in Self.refused {
            let result = try work.run(["import", Self.folder.appendingPathComponent(file).path])
            #expect(result.status == 1, "\(file)")
            #expect(result.stdout.contains(": refused: \(reason)"), "\(file): \(result.stdout)")
            #expect(KillTests.contents(work.url("Content")) == before, "\(file) wrote something")
        }
    }

    @Test func theTwoYearsOfAPolicyGiveTheSameSectionsWhateverTheirHeadingSizes() throws {
        try Self.requireReader()
        let work = try Workspace()
        defer { work.remove() }
        for year in ["2025", "2026"] {
            #expect(
                try work.run([
                    "import", Self.folder.appendingPathComponent("behaviour-\(year).pdf").path, "--id",
                    "behaviour-\(year)",
                ]).status == 0)
        }
        let titles = ImportTests.sectionTitles(work, "behaviour-2025")
        #expect(titles == ["Preamble"] + ImportTests.behaviour)
        #expect(ImportTests.sectionTitles(work, "behaviour-2026") == titles)
        let diff = try work.run([
            "diff", "--from", Self.folder.appendingPathComponent("behaviour-2025.pdf").path, "--to",
            Self.folder.appendingPathComponent("behaviour-2026.pdf").path,
        ])
        #expect(diff.stdout.contains("a positive [-note-] {+note, message+} or telephone call home."), "\(diff.stdout)")
    }

    @Test func thePDFASchoolPublishedIsABaselineThatDiffersFromTheSameDraftInNothing() throws {
        try Self.requireReader()
        let work = try Workspace()
        defer { work.remove() }
        let pdf = Self.folder.appendingPathComponent("typst-social-networking.pdf").path
        let approved = try work.run([
            "approve", "social-networking", "Content/schools/example", "--document", pdf, "--date", "2026-03-12",
            "--by", "Full Governing Body",
        ])
        #expect(approved.status == 0, "\(approved.stdout) \(approved.stderr)")
        let diff = try work.run(["diff", "social-networking", "Content/schools/example", "--today", "2026-11-24"])
        #expect(diff.status == 0 && diff.stdout.contains("No changes."), "\(diff.stdout)")
    }

    @Test func aMissingReaderOrJavaIsRefusedWithHowToInstallIt() throws {
        let file = Self.folder.appendingPathComponent("chromium-online-safety.pdf").path
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        let noReader = PolicyImporter(pdfReader: PDFReader(jar: nil))
        #expect(
            throws: ImportRefusal(
                "PDF import needs OpenDataLoader PDF, which is not installed: install it with 'bash scripts/setup.sh --import'"
            )
        ) {
            try noReader.policy(at: file, data: data)
        }
        try Self.requireReader()
        let noJava = PolicyImporter(pdfReader: PDFReader(java: "/nonexistent/java"))
        #expect(
            throws: ImportRefusal(
                "PDF import needs Java (11 or later) to run OpenDataLoader PDF, and it is not installed: install it with 'bash scripts/setup.sh --import'"
            )
        ) {
            try noJava.policy(at: file, data: data)
        }
    }

    @Test func aReadingPastItsTimeOrMemoryIsStopped() throws {
        try Self.requireReader()
        let file = Self.folder.appendingPathComponent("hostile/many-tiny-words.pdf").path
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        let started = Date()
        let slow = PolicyImporter(pdfReader: PDFReader(timeLimit: 2))
        #expect(
            throws: ImportRefusal(
                "reading the PDF took longer than 2 seconds, so it was stopped: import the document it was made from, or print it to a new PDF and import that"
            )
        ) {
            try slow.policy(at: file, data: data)
        }
        #expect(Date().timeIntervalSince(started) < 6, "the reader was not stopped at its time limit")
        let small = PolicyImporter(pdfReader: PDFReader(memoryLimit: "16m"))
        #expect(
            throws: ImportRefusal(
                "reading the PDF needed more memory than a policy can (16m), so it was stopped: import the document it was made from"
            )
        ) {
            try small.policy(at: file, data: data)
        }
    }
}

/// A PDF that PolicyPress printed (`build --pdf`) imports back with the sections of its text edition and,
/// from Typst, each section's words; from Chromium, whose page gathers the footnotes at its end, at least
/// 97 % of the words over the whole policy. Words are compared as a reader counts them (Markdown's marks,
/// the text page's table rules and the order of a table's wrapped cells aside).
@Suite(.serialized) struct PDFRoundTripTests {
    /// The text edition's sections: each title, and its words.
    static func sections(ofTextEdition text: String) -> [(title: String, words: [String])] {
        let expression = try! NSRegularExpression(pattern: #"\n\n\n\d+\. (.+)\n-+\n"#)
        let matches = expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
        return matches.enumerated().map { index, match in
            let end = index + 1 < matches.count ? Range(matches[index + 1].range, in: text)!.lowerBound : text.endIndex
            let body = text[Range(match.range, in: text)!.upperBound..<end]
            return (String(text[Range(match.range(at: 1), in: text)!]), PDFEditionTests.words(String(body)).sorted())
        }
    }

    /// The imported policy's sections: each title, and its words.
    static func sections(imported work: Workspace, _ id: String) throws -> [(title: String, words: [String])] {
        let folder = work.url("Content/policies/\(id)")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
            .map { name in
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                let parts = text.components(separatedBy: "---\n")
                let title =
                    parts[1].split(separator: "\n").first { $0.hasPrefix("title: ") }.map {
                        String($0.dropFirst(7)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                    } ?? ""
                return (title, PDFEditionTests.words(parts.dropFirst(2).joined(separator: "---\n")).sorted())
            }
    }

    @Test(arguments: ["typst", "chromium"])
    func aPolicyPressPDFImportsBackWithItsSectionsAndWords(_ engine: String) throws {
        try PDFImportTests.requireReader()
        let work = try Workspace()
        defer { work.remove() }
        // Three policies: the shipped one, and two with tables, footnotes and lists from the Word fixtures.
        for (file, id) in [("behaviour-styled.docx", "behaviour"), ("model-styled.docx", "safeguarding")] {
            #expect(
                try work.run(["import", ImportTests.word.appendingPathComponent(file).path, "--id", id]).status == 0)
        }
        try work.edit(
            "Content/schools/example/school.yml", replacing: "  - social-networking",
            with: "  - social-networking\n  - behaviour\n  - safeguarding")
        let built = try PDFEditionTests.build(
            ["Content/schools/example", "--output", "site"], engine: engine, in: work)
        #expect(built.status == 0, "\(built.stderr)")
        for id in ["social-networking", "behaviour", "safeguarding"] {
            let imported = try work.run(["import", work.url("site/\(id).pdf").path, "--id", "\(id)-back"])
            #expect(imported.status == 0, "\(engine) \(id): \(imported.stdout)")
            let text = try #require(work.read("site/\(id).txt"))
            let printed = Self.sections(ofTextEdition: text)
            let back = try Self.sections(imported: work, "\(id)-back")
            #expect(back.map(\.title) == printed.map(\.title), "\(engine) \(id): \(imported.stdout)")
            if engine == "typst" {
                for (old, new) in zip(printed, back) where old.words != new.words {
                    Issue.record(
                        "\(engine) \(id), '\(old.title)': the words differ: \(Set(old.words).symmetricDifference(new.words).sorted().prefix(20))"
                    )
                }
            } else {
                var left = Dictionary(back.flatMap(\.words).map { ($0, 1) }, uniquingKeysWith: +)
                let all = printed.flatMap(\.words)
                let kept = all.filter { word in
                    guard left[word, default: 0] > 0 else { return false }
                    left[word]! -= 1
                    return true
                }
                var missing = Dictionary(all.map { ($0, 1) }, uniquingKeysWith: +)
                for word in kept { missing[word]! -= 1 }
                #expect(
                    Double(kept.count) >= 0.97 * Double(all.count),
                    "\(engine) \(id): \(kept.count) of \(all.count) words kept; missing: \(missing.filter { $0.value > 0 }.keys.sorted())"
                )
            }
        }
    }
}
