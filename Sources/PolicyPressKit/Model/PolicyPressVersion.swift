/// The tool's version; a rebuild after an upgrade rebuilds every page, since the new version may write them differently.
public enum PolicyPressVersion {
    /// The version, as `--version` prints it.
    public static let current = "0.4.0"
}
