import Foundation
import Testing

@testable import PolicyPressKit

/// A school's pages depend on its trust folder, which lies outside the school folder: a rebuild must see a
/// change there.
@Suite struct TrustFingerprintTests {
    static func fingerprint(_ disk: MemoryFileSystem) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add(folder: "/c/schools/oak", fileSystem: disk.fileSystem)
        fingerprint.add(trustOfSchoolIn: "/c/schools/oak", fileSystem: disk.fileSystem)
        return fingerprint.finish()
    }

    @Test func aChangeInTheTrustFolderChangesTheSchoolsFingerprint() throws {
        let disk = MemoryFileSystem([
            "/c/schools/oak/school.yml": "name: Oak\ntrust_folder: ../../trusts/north\n",
            "/c/trusts/north/trust.yml": "name: North Trust\n",
            "/c/trusts/north/amendments/p/01-a.md": "---\ntitle: A\norder: 1\n---\nText.\n",
        ])
        let before = Self.fingerprint(disk)
        #expect(Self.fingerprint(disk) == before)
        try disk.write("/c/trusts/north/amendments/p/01-a.md", Data("---\ntitle: A\norder: 1\n---\nNew text.\n".utf8))
        let afterAmendment = Self.fingerprint(disk)
        #expect(afterAmendment != before)
        try disk.write("/c/trusts/north/trust.yml", Data("name: North Learning Trust\n".utf8))
        #expect(Self.fingerprint(disk) != afterAmendment)
    }

    @Test func aSchoolWithoutATrustIsFingerprintedByItsFolderAlone() {
        let disk = MemoryFileSystem([
            "/c/schools/oak/school.yml": "name: Oak\n", "/c/trusts/north/trust.yml": "name: North\n",
        ])
        var folderOnly = Fingerprint()
        folderOnly.add(folder: "/c/schools/oak", fileSystem: disk.fileSystem)
        #expect(Self.fingerprint(disk) == folderOnly.finish())
    }
}
