import Foundation

/// Reads, as they are now, the layers of a school's edition of a policy that an approval keeps
/// (`ApprovalLayers`): the school's `school.yml` and amendments to the policy, and its trust's.
public struct LayerReader: Sendable {
    /// Reads the files.
    public var files: SourceReader

    /// Makes a reader.
    public init(_ files: SourceReader) {
        self.files = files
    }

    /// The layers of `policy` for `school` (of `trust`, if any), with the model's fingerprint.
    public func layers(
        of policy: String, school: SchoolProfile, trust: TrustProfile?, model: String
    ) throws(Diagnostic) -> ApprovalLayers {
        let schoolLayer = try layer(
            profile: Path.join(school.folder, "school.yml"), folder: school.folder, policy: policy)
        let trustLayer = try trust.map { trust throws(Diagnostic) in
            try layer(profile: Path.join(trust.folder, "trust.yml"), folder: trust.folder, policy: policy)
        }
        return ApprovalLayers(school: schoolLayer, trust: trustLayer, model: model)
    }

    private func layer(profile: String, folder: String, policy: String) throws(Diagnostic) -> ApprovalLayers.Layer {
        var layer = ApprovalLayers.Layer(profile: try bytes(profile))
        for name in try Self.amendmentNames(in: AmendmentReader.folder(of: policy, inSchool: folder), files: files) {
            layer.amendments[name] = try bytes(Path.join(AmendmentReader.folder(of: policy, inSchool: folder), name))
        }
        return layer
    }

    /// The names of the amendment files in a folder: the `.md` files AmendmentReader reads (not `.base/`
    /// or anything else that is not a section).
    static func amendmentNames(in folder: String, files: SourceReader) throws(Diagnostic) -> [String] {
        guard files.fileSystem.isDirectory(folder) else { return [] }
        return try files.sortedNames(in: folder).filter {
            $0.hasSuffix(".md") && files.fileSystem.isFile(Path.join(folder, $0))
        }
    }

    private func bytes(_ path: String) throws(Diagnostic) -> Data {
        do {
            return try files.fileSystem.read(path)
        } catch {
            throw Diagnostic(
                "cannot read the file to keep it with the approval: \(error)",
                at: SourceLocation(file: files.display(path)))
        }
    }
}
