/// What a site's output folder held when a build began, read beforehand (by `OutputFolderReader`, in
/// `Actions/`) and handed to the ``SiteWriter``, so that `Site/` writes a site without reading anything.
public struct OutputFolder: Sendable, Equatable {
    /// What is at the output path: nothing, a file, or a folder.
    public var kind: FileSystem.Kind?
    /// The names directly in the folder.
    public var names: [String]
    /// The manifest in the folder's marker file: the site PolicyPress last built there (empty if none).
    public var manifest: SiteManifest
    /// Every entry below the folder that is not a folder, but the marker, by path relative to the folder.
    public var paths: Set<String>
    /// Those of `paths` that are files.
    public var files: Set<String>

    /// Describes an output folder; by default, one that does not exist yet.
    public init(
        kind: FileSystem.Kind? = nil, names: [String] = [], manifest: SiteManifest = SiteManifest(),
        paths: Set<String> = [],
        files: Set<String> = []
    ) {
        self.kind = kind
        self.names = names
        self.manifest = manifest
        self.paths = paths
        self.files = files
    }
}
