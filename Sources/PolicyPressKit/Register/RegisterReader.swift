import Foundation

/// Reads a school's approval register (`register.yml`) and the approved texts kept beside it.
public struct RegisterReader: Sendable {
    /// Reads the files.
    public var files: SourceReader

    /// Makes a reader.
    public init(_ files: SourceReader) {
        self.files = files
    }

    /// Reads a school's register; a school with no register yet has an empty one.
    public func register(in schoolFolder: String) throws(DiagnosticList) -> Register {
        let file = Path.join(schoolFolder, RegisterFormat.fileName)
        guard files.fileSystem.kind(file) != nil else { return Register() }
        let (value, _) = try DiagnosticList.throwing { try files.yaml(at: file) }
        return try RegisterParser.register(from: value, file: files.display(file))
    }

    /// The text of an approved edition as kept when it was approved, checked against the register's hash.
    public func keptEdition(of record: ApprovalRecord, in schoolFolder: String) throws(Diagnostic) -> String {
        let relative = RegisterFormat.keptPath(policy: record.policy, edition: record.edition)
        let file = Path.join(schoolFolder, relative)
        guard files.fileSystem.isFile(file) else {
            throw Diagnostic(
                "the approved text of '\(record.policy)' (\(relative)) is missing; restore it from a backup or from git",
                at: record.location)
        }
        let text = try files.source(at: file).text
        guard EditionText.hash(of: text) == record.edition else {
            throw Diagnostic(
                "the approved text of '\(record.policy)' (\(relative)) no longer matches the register: it has been changed since it was approved; restore it from a backup or from git",
                at: record.location)
        }
        return text
    }

    /// The layers kept with an approved edition (see `LayersFormat`), or nil when its approval kept none, as
    /// approvals recorded before they were kept did.
    public func keptLayers(of record: ApprovalRecord, in schoolFolder: String) throws(Diagnostic) -> ApprovalLayers? {
        let relative = RegisterFormat.layersPath(policy: record.policy, edition: record.edition)
        let folder = Path.join(schoolFolder, relative)
        guard files.fileSystem.isDirectory(folder) else { return nil }
        let fileSystem = files.fileSystem
        let problem = { (what: String) in
            Diagnostic(
                "what the approval of '\(record.policy)' kept in \(relative) is incomplete (\(what)), so the changes since cannot be put down to their sources; restore it from a backup or from git",
                at: record.location)
        }
        guard let model = try keptModelFingerprint(of: record, in: schoolFolder) else {
            throw problem("no \(LayersFormat.model)")
        }
        guard let profile = try? fileSystem.read(Path.join(folder, LayersFormat.schoolProfile)) else {
            throw problem("no \(LayersFormat.schoolProfile)")
        }
        var layers = ApprovalLayers(
            school: ApprovalLayers.Layer(
                profile: profile, amendments: try amendments(in: Path.join(folder, LayersFormat.amendments))),
            trust: nil, model: model)
        let trust = Path.join(folder, LayersFormat.trustFolder)
        if fileSystem.isDirectory(trust) {
            guard let profile = try? fileSystem.read(Path.join(folder, LayersFormat.trustProfile)) else {
                throw problem("no \(LayersFormat.trustProfile)")
            }
            layers.trust = ApprovalLayers.Layer(
                profile: profile, amendments: try amendments(in: Path.join(trust, LayersFormat.amendments)))
        }
        return layers
    }

    /// The model policy's fingerprint kept with an approved edition, or nil when its approval kept no layers.
    public func keptModelFingerprint(of record: ApprovalRecord, in schoolFolder: String) throws(Diagnostic) -> String? {
        let relative = RegisterFormat.layersPath(policy: record.policy, edition: record.edition)
        let folder = Path.join(schoolFolder, relative)
        guard files.fileSystem.isDirectory(folder) else { return nil }
        guard let data = try? files.fileSystem.read(Path.join(folder, LayersFormat.model)),
            let model = LayersFormat.fingerprint(from: data)
        else {
            throw Diagnostic(
                "what the approval of '\(record.policy)' kept in \(relative) has no readable \(LayersFormat.model), so whether the model has changed since cannot be told; restore it from a backup or from git",
                at: record.location, severity: .warning)
        }
        return model
    }

    private func amendments(in folder: String) throws(Diagnostic) -> [String: Data] {
        var amendments: [String: Data] = [:]
        for name in try LayerReader.amendmentNames(in: folder, files: files) {
            do {
                amendments[name] = try files.fileSystem.read(Path.join(folder, name))
            } catch {
                throw Diagnostic(
                    "cannot read the file: \(error)", at: SourceLocation(file: files.display(Path.join(folder, name))))
            }
        }
        return amendments
    }
}
