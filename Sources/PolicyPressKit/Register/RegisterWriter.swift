import Foundation

/// Adds approvals to a school's register: the only code that writes the register, the kept texts and the
/// layers kept with them.
///
/// Each file is replaced atomically, and the kept layers and text are written before the register entry
/// that points at them, so that a kill at any moment leaves the old register or the new one, and never an
/// entry without its text. The layers' folder is filled beside its place and swapped in whole.
public struct RegisterWriter: Sendable {
    /// Where to write.
    public var fileSystem: FileSystem

    /// Makes a writer.
    public init(fileSystem: FileSystem) {
        self.fileSystem = fileSystem
    }

    /// Keeps `text` (the approved edition) and the layers it was built from, and appends `record` to the
    /// register, after what is already there.
    public func append(
        _ record: ApprovalRecord, text: String, layers: ApprovalLayers? = nil, schoolFolder: String, schoolName: String
    ) throws {
        if let layers {
            try keep(
                layers,
                in: Path.join(schoolFolder, RegisterFormat.layersPath(policy: record.policy, edition: record.edition)))
        }
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

    // The layers are written into a folder beside their place and swapped in whole, so that a kill leaves
    // the layers of the edition's last approval or of this one, never a mixture. An approval of an edition
    // approved before replaces its layers: the text is the same, and the latest layers are those to compare with.
    private func keep(_ layers: ApprovalLayers, in folder: String) throws {
        let staging = Path.join(Path.parent(folder), "." + Path.name(folder) + ".new")
        // A run killed while filling it may have left one.
        try fileSystem.remove(staging)
        do {
            for (path, data) in LayersFormat.files(of: layers).sorted(by: { $0.key < $1.key }) {
                let file = Path.join(staging, path)
                try fileSystem.makeDirectory(Path.parent(file))
                try fileSystem.replaceAtomically(file, data)
            }
            try fileSystem.swap(staging, folder)
        } catch {
            try? fileSystem.remove(staging)
            throw error
        }
        // What is left there is the previous approval's layers; were it left, the next approval removes it.
        try? fileSystem.remove(staging)
    }
}
