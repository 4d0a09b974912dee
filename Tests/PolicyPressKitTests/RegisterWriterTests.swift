import Foundation
import Testing

@testable import PolicyPressKit

@Suite struct RegisterWriterTests {
    static let record = ApprovalRecord(
        policy: "p", edition: EditionText.hash(of: "# P\n"), approved: Day(iso: "2026-03-12")!, approvedBy: "FGB",
        minute: nil, nextReview: Day(iso: "2027-03-12")!)

    @Test func keepsTheTextFirstThenAppendsAfterWhatIsThere() throws {
        let disk = MemoryFileSystem(["/s/register.yml": "# kept by hand\n- policy: old"])
        try RegisterWriter(fileSystem: disk.fileSystem).append(
            Self.record, text: "# P\n", schoolFolder: "/s", schoolName: "S")
        #expect(
            disk.text("/s/register.yml") == "# kept by hand\n- policy: old\n" + RegisterFormat.text(of: Self.record))
        #expect(disk.text("/s/approved/p/\(Self.record.edition.hex).md") == "# P\n")
    }

    /// Found by the property tests: YAML readers drop a byte order mark at the start of a quoted value, and
    /// keep C1 controls and Unicode line separators only when escaped.
    @Test(arguments: ["\u{FEFF}FGB/14", "FGB\u{0085}14", "a\u{2028}b\u{2029}c", "\u{FFFE}\u{1}\u{7F}"])
    func awkwardCharactersReadBackAsWritten(_ minute: String) throws {
        var record = Self.record
        record.minute = RegisterFormat.recordable(minute)
        let text = RegisterFormat.header(schoolName: "S") + RegisterFormat.text(of: record)
        let read = try RegisterParser.register(from: YAMLReader.read(text, file: "register.yml"), file: "register.yml")
        #expect(read.records.first?.minute == minute.replacingOccurrences(of: "\u{FEFF}", with: ""))
    }

    @Test func recordableTextLosesOnlyOuterSpacesAndByteOrderMarks() {
        #expect(RegisterFormat.recordable("  Full\u{FEFF} Governing Body \u{FEFF}") == "Full Governing Body")
        #expect(RegisterFormat.recordable("\u{FEFF}").isEmpty)
        #expect(RegisterFormat.recordable("a\u{00A0}b") == "a\u{00A0}b")
    }

    @Test func startsANewRegisterWithAHeader() throws {
        let disk = MemoryFileSystem()
        try RegisterWriter(fileSystem: disk.fileSystem).append(
            Self.record, text: "# P\n", schoolFolder: "/s", schoolName: "St Anne's")
        #expect(disk.text("/s/register.yml")?.hasPrefix("# Approval register of St Anne's.\n") == true)
    }

    @Test func aFailedWriteLeavesTheRegisterAsItWas() throws {
        let disk = MemoryFileSystem(["/s/register.yml": "# before\n"])
        disk.failWrites = "/s/register.yml"
        #expect(throws: FileSystemError.self) {
            try RegisterWriter(fileSystem: disk.fileSystem).append(
                Self.record, text: "# P\n", schoolFolder: "/s", schoolName: "S")
        }
        #expect(disk.text("/s/register.yml") == "# before\n")
    }

    @Test func aFailedKeptTextWritesNoEntry() throws {
        let disk = MemoryFileSystem(["/s/register.yml": "# before\n"])
        disk.failWrites = "/s/approved"
        #expect(throws: FileSystemError.self) {
            try RegisterWriter(fileSystem: disk.fileSystem).append(
                Self.record, text: "# P\n", schoolFolder: "/s", schoolName: "S")
        }
        #expect(disk.text("/s/register.yml") == "# before\n")
    }

    @Test func theRealAtomicReplaceLeavesNoTemporaryFile() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("register.yml").path
        try FileSystem.local.replaceAtomically(path, Data("one\n".utf8))
        try FileSystem.local.replaceAtomically(path, Data("two\n".utf8))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["register.yml"])
        #expect(throws: FileSystemError.self) {
            try FileSystem.local.replaceAtomically(folder.appendingPathComponent("no/such/folder/x").path, Data())
        }
    }
}
