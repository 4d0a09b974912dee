import Foundation
import Testing

@testable import PolicyPressKit

/// The files an approval keeps beside its text, how a school is read as it was (an overlay of them), and
/// the library's `library.yml`.
@Suite struct LayerFilesTests {
    static let layers = ApprovalLayers(
        school: ApprovalLayers.Layer(
            profile: Data("name: Old\n".utf8), amendments: ["02-scope.md": Data("old scope\n".utf8)]),
        trust: ApprovalLayers.Layer(profile: Data("name: Trust\n".utf8)), model: String(repeating: "d", count: 64))

    @Test func anOverlayShowsTheKeptFilesAndHidesWhatWasNotThere() throws {
        let disk = MemoryFileSystem([
            "/s/school.yml": "name: New\n", "/s/amendments/p/01-purpose.md": "new purpose\n",
            "/s/amendments/p/.base/01-purpose.md": "base\n",
            "/s/amendments/q/01-x.md": "other policy\n",
        ])
        let overlay = disk.fileSystem.overlaying(
            ["/s/school.yml": Data("name: Old\n".utf8), "/s/amendments/p/02-scope.md": Data("old scope\n".utf8)],
            replacing: ["/s/amendments/p"])
        #expect(String(decoding: try overlay.read("/s/school.yml"), as: UTF8.self) == "name: Old\n")
        #expect(try overlay.list("/s/amendments/p").sorted() == ["02-scope.md"])
        #expect(overlay.kind("/s/amendments/p/01-purpose.md") == nil && overlay.kind("/s/amendments/p/.base") == nil)
        #expect(throws: FileSystemError.self) { try overlay.read("/s/amendments/p/01-purpose.md") }
        // Folders not replaced are as they are.
        #expect(try overlay.list("/s/amendments").sorted() == ["p", "q"])
        #expect(overlay.isFile("/s/amendments/q/01-x.md"))
        // A replaced folder given no files is not there at all.
        let none = disk.fileSystem.overlaying([:], replacing: ["/s/amendments/p"])
        #expect(none.kind("/s/amendments/p") == nil)
        #expect(try none.list("/s/amendments") == ["q"])
        #expect(throws: FileSystemError.self) { try overlay.write("/s/school.yml", Data()) }
        #expect(disk.text("/s/school.yml") == "name: New\n")
    }

    @Test func theLayersAreKeptBesideTheTextAndReadBackAsTheyWere() throws {
        let disk = MemoryFileSystem()
        let writer = RegisterWriter(fileSystem: disk.fileSystem)
        try writer.append(
            RegisterWriterTests.record, text: "# P\n", layers: Self.layers, schoolFolder: "/s", schoolName: "S")
        let folder = "/s/" + RegisterFormat.layersPath(policy: "p", edition: RegisterWriterTests.record.edition)
        #expect(disk.text(folder + "/school.yml") == "name: Old\n")
        #expect(disk.text(folder + "/amendments/02-scope.md") == "old scope\n")
        #expect(disk.text(folder + "/trust/trust.yml") == "name: Trust\n")
        #expect(disk.text(folder + "/model.sha256") == String(repeating: "d", count: 64) + "\n")
        let reader = RegisterReader(SourceReader(fileSystem: disk.fileSystem, workingDirectory: "/"))
        #expect(try reader.keptLayers(of: RegisterWriterTests.record, in: "/s") == Self.layers)

        // Approving the same text again keeps the layers of that approval, and nothing else is left beside them.
        var again = Self.layers
        again.school.amendments = [:]
        again.trust = nil
        try writer.append(RegisterWriterTests.record, text: "# P\n", layers: again, schoolFolder: "/s", schoolName: "S")
        #expect(try reader.keptLayers(of: RegisterWriterTests.record, in: "/s") == again)
        #expect(
            disk.allPaths().filter { $0.hasPrefix("/s/approved/p/") && !$0.hasPrefix(folder) }.map { Path.name($0) }
                == [RegisterWriterTests.record.edition.hex + ".md"])
    }

    @Test func anApprovalThatKeptNoLayersReadsAsNoneAndADamagedOneSaysSo() throws {
        let disk = MemoryFileSystem()
        let reader = RegisterReader(SourceReader(fileSystem: disk.fileSystem, workingDirectory: "/"))
        #expect(try reader.keptLayers(of: RegisterWriterTests.record, in: "/s") == nil)
        #expect(try reader.keptModelFingerprint(of: RegisterWriterTests.record, in: "/s") == nil)
        let folder = "/s/" + RegisterFormat.layersPath(policy: "p", edition: RegisterWriterTests.record.edition)
        try disk.write(folder + "/school.yml", Data("name: Old\n".utf8))
        #expect(throws: Diagnostic.self) { try reader.keptLayers(of: RegisterWriterTests.record, in: "/s") }
        do {
            _ = try reader.keptModelFingerprint(of: RegisterWriterTests.record, in: "/s")
            Issue.record("a layers folder without its fingerprint was read")
        } catch {
            #expect(error.severity == .warning && error.message.contains("has no readable model.sha256"))
        }
    }

    /// A failed write of the layers records nothing, and leaves no half-made folder.
    @Test func aFailedWriteOfTheLayersWritesNoEntry() throws {
        let disk = MemoryFileSystem(["/s/register.yml": "# before\n"])
        disk.failWrites = "/s/approved/p/." + RegisterWriterTests.record.edition.hex + ".layers.new/trust"
        #expect(throws: FileSystemError.self) {
            try RegisterWriter(fileSystem: disk.fileSystem).append(
                RegisterWriterTests.record, text: "# P\n", layers: Self.layers, schoolFolder: "/s", schoolName: "S")
        }
        #expect(disk.text("/s/register.yml") == "# before\n")
        #expect(!disk.allPaths().contains { $0.hasPrefix("/s/approved/p/") })
    }

    @Test func libraryYmlNamesTheLibraryAndIsOptional() throws {
        let project = Project(root: "/lib")
        let files = LoaderTests.reader([
            "/lib/Content/library.yml":
                "name: Northshire Model Policies\npublisher: Northshire County Council\nversion: \"2026.10\"\ndate: 2026-09-01\n"
        ])
        let release = try LibraryReleaseReader(files).release(of: project)
        #expect(
            release
                == LibraryRelease(
                    name: "Northshire Model Policies", publisher: "Northshire County Council", version: "2026.10",
                    date: Day(iso: "2026-09-01")))
        #expect(release?.label == "Northshire Model Policies 2026.10")
        #expect(try LibraryReleaseReader(LoaderTests.reader([:])).release(of: project) == nil)
        #expect(throws: DiagnosticList.self) {
            try LibraryReleaseReader(LoaderTests.reader(["/lib/Content/library.yml": "version: 1\n"])).release(
                of: project)
        }
    }
}
