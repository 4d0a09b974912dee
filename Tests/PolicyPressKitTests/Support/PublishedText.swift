import Foundation

@testable import PolicyPressKit

/// The published text edition of an edition, which `diff --format unified` compares: its text page as the
/// package's `Templates/policy.txt.mustache` lays it out for a school that has not approved it yet.
struct PublishedText {
    static let templates: TemplateSet = {
        let root = TestPaths.packageRoot.path
        do {
            return try TemplateReader(SourceReader(fileSystem: .local, workingDirectory: root)).templates(
                in: root + "/Templates")
        } catch {
            fatalError("the package's templates do not load: \(error)")
        }
    }()

    /// The text page of `edition` for a school of its `schoolName`.
    func text(of edition: Edition) -> String {
        let school = SchoolProfile(
            id: "school", folder: "school", file: "school.yml", name: edition.schoolName, type: "maintained",
            values: [:], policies: [])
        let status = PolicyStatus(
            policy: edition.policyID, title: edition.title, current: edition.hash, latest: nil,
            today: Day(iso: "2026-11-24")!, window: 30)
        let page = PolicyPage(edition: edition, status: status, isDraft: true)
        return SiteBuilder().textPage(page, school: school, type: nil, templates: Self.templates)
    }
}
