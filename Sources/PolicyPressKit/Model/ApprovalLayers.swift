import Foundation

/// What a school's edition of a policy was built from besides the library, as it was when the edition was
/// approved: the school's `school.yml` and its amendments to the policy, its trust's `trust.yml` and
/// amendments, and a fingerprint of the model policy. Kept beside the approved text, so that each change
/// since can be put down to the layer that made it, and a later change of the model can be told.
public struct ApprovalLayers: Sendable, Hashable {
    /// One folder's layer: its profile (`school.yml` or `trust.yml`) and its `amendments/POLICY/*.md`, by file name.
    public struct Layer: Sendable, Hashable {
        /// The profile's bytes.
        public var profile: Data
        /// Each amendment's bytes, by file name (`02-scope.md`).
        public var amendments: [String: Data]

        /// Makes a layer.
        public init(profile: Data, amendments: [String: Data] = [:]) {
            self.profile = profile
            self.amendments = amendments
        }
    }

    /// The school's `school.yml` and amendments.
    public var school: Layer
    /// The trust's `trust.yml` and amendments, when the school named a trust folder.
    public var trust: Layer?
    /// The model policy's fingerprint in the library (its folder's names and bytes).
    public var model: String

    /// Makes the layers.
    public init(school: Layer, trust: Layer?, model: String) {
        self.school = school
        self.trust = trust
        self.model = model
    }
}
