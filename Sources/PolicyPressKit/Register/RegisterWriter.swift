import Foundation

/// Adds approvals to a school's register: the only code that writes the register and the kept texts.
///
/// Each file is replaced atomically, and the kept text is written before the register entry that points
/// at it, so that a kill at any moment leaves the old register or the new one, and never an entry
/// without its text.
public struct RegisterWriter: Sendable {
    /// Where to write.
    public var fileSystem: FileSystem

    /// Makes a writer.
    public init(fileSystem: FileSystem) {
        self.fileSystem = fileSystem
    }

    /// Keeps `text` (the approved edition) and appends `record` to the register, after what is already there.
    public func append(_ record: ApprovalRecord, text: String, schoolFolder: String, schoolName: String) throws {
        let kept = Path.join(schoolFolder, RegisterFormat.keptPath(policy: record.policy, edition: record.edition))
        if !fileSystem.isFile(kept) {
            try fileSystem.makeDirectory(Path.parent(kept))
            try fileSystem.replaceAtomically(kept, Data(text.utf8))
        }
        let registerFile = Path.join(schoolFolder, RegisterFormat.fileName)
        var register =
            fileSystem.isFile(registerFile)
            ? String(decoding: try fileSystem.read(registerFile), as: UTF8.self)
            : RegisterFormat.header(schoolName: schoolName)
        if !register.isEmpty, !register.hasSuffix("\n") { register += "\n" }
        try fileSystem.replaceAtomically(registerFile, Data((register + RegisterFormat.text(of: record)).utf8))
    }
}
