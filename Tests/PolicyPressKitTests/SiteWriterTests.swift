import Foundation
import Testing

@testable import PolicyPressKit

@Suite struct SiteWriterTests {
    let newSite = Site(files: ["index.html": Data("new".utf8), "a/b.txt": Data("deep".utf8)])

    /// Writes as a build does: what the output folder holds is read first, and handed to the writer.
    static func write(_ site: Site, to output: String, shown: String, on disk: MemoryFileSystem) throws {
        let existing = OutputFolderReader(fileSystem: disk.fileSystem).folder(at: output)
        try SiteWriter(fileSystem: disk.fileSystem).write(site, to: output, shown: shown, over: existing)
    }

    @Test func writesEveryFileAndTheMarker() throws {
        let disk = MemoryFileSystem()
        try Self.write(newSite, to: "/out/site", shown: "site", on: disk)
        #expect(disk.text("/out/site/index.html") == "new")
        #expect(disk.text("/out/site/a/b.txt") == "deep")
        #expect(disk.text("/out/site/\(SiteWriter.marker)") != nil)
        #expect(!disk.allPaths().contains { $0.contains(".building") })
    }

    @Test func replacesAPreviousSiteWhole() throws {
        let disk = MemoryFileSystem(["/out/site/old.html": "old", "/out/site/\(SiteWriter.marker)": ""])
        try Self.write(newSite, to: "/out/site", shown: "site", on: disk)
        #expect(disk.text("/out/site/old.html") == nil)
        #expect(disk.text("/out/site/index.html") == "new")
        #expect(!disk.allPaths().contains { $0.contains(".building") })
    }

    @Test func aFileDeletedFromThePublishedFolderIsWrittenAgain() throws {
        let disk = MemoryFileSystem()
        try Self.write(newSite, to: "/out/site", shown: "site", on: disk)
        try disk.fileSystem.remove("/out/site/a/b.txt")
        // The deleted file comes first, so that it is the first difference, where the staging folder is made.
        try Self.write(
            Site(files: ["a/b.txt": Data("deep".utf8), "index.html": Data("newer".utf8)]), to: "/out/site",
            shown: "site", on: disk)
        #expect(disk.text("/out/site/a/b.txt") == "deep")
        #expect(disk.text("/out/site/index.html") == "newer")
    }

    @Test func refusesAFolderItDidNotBuild() throws {
        let disk = MemoryFileSystem(["/home/clerk/Documents/minutes.docx": "precious"])
        #expect(throws: Diagnostic.self) {
            try Self.write(newSite, to: "/home/clerk/Documents", shown: "Documents", on: disk)
        }
        #expect(disk.text("/home/clerk/Documents/minutes.docx") == "precious")
        #expect(disk.text("/home/clerk/Documents/index.html") == nil)
    }

    @Test func aFailedWriteLeavesThePreviousSiteAsItWas() throws {
        let disk = MemoryFileSystem(["/out/site/index.html": "old", "/out/site/\(SiteWriter.marker)": ""])
        disk.failWrites = "/out/.site.building/a"
        let error = #expect(throws: Diagnostic.self) {
            try Self.write(newSite, to: "/out/site", shown: "site", on: disk)
        }
        #expect(error?.message.contains("no space left") == true)
        #expect(error?.message.contains("previous site is unchanged") == true)
        #expect(disk.text("/out/site/index.html") == "old")
        #expect(!disk.allPaths().contains { $0.contains(".building") })
    }

    @Test func refusesToWriteOverAFile() {
        let disk = MemoryFileSystem(["/out/site": "a file"])
        #expect(throws: Diagnostic.self) {
            try Self.write(newSite, to: "/out/site", shown: "site", on: disk)
        }
        #expect(disk.text("/out/site") == "a file")
    }
}
