/// The rule for a policy's id, written once: an id names the policy's folder and becomes a path and a file
/// name on the site, so it must be a plain name.
public enum PolicyID {
    /// Whether `id` can name a policy: lower-case ASCII letters, digits and hyphens only.
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// What is wrong with a name that is not a policy id.
    public static func problem(with id: String) -> String {
        "'\(id)' is not a policy id; expected lower case letters, digits and hyphens, like 'social-networking'"
    }
}
