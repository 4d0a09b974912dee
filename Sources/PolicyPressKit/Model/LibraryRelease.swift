/// What a policy library's `library.yml` says of it: its name, publisher, version and date, so that each
/// approval can record which version of the library its edition was built from.
public struct LibraryRelease: Sendable, Hashable {
    /// The library's name ("PolicyPress Example Library").
    public var name: String
    /// Who publishes it (a local authority, a diocese, a trust), when given.
    public var publisher: String?
    /// Its version ("2026.2").
    public var version: String
    /// The day this version was published, when given.
    public var date: Day?

    /// Makes a release.
    public init(name: String, publisher: String? = nil, version: String, date: Day? = nil) {
        self.name = name
        self.publisher = publisher
        self.version = version
        self.date = date
    }

    /// How the register and the changes page name it: "PolicyPress Example Library 2026.2".
    public var label: String { "\(name) \(version)" }
}
