import Foundation
import PolicyPressKit

/// Times the pieces of a school's build on one generated school, to see where a build's time goes.
func partsBenchmark() throws {
    guard arguments.count > 1 else { throw BenchError("usage: policypress-bench parts LIBRARY") }
    let library = URL(fileURLWithPath: arguments[1]).standardizedFileURL.path
    let reader = SchoolReader(fileSystem: .local, workingDirectory: library)
    let school = try FileManager.default.contentsOfDirectory(atPath: library + "/Content/schools").sorted()[0]
    let settings = ReviewSettings(today: Day(iso: "2026-11-24")!)
    var snapshot: SchoolSnapshot?
    _ = measure("snapshot (load + resolve 30 policies)") {
        snapshot = try? reader.snapshot(school: "Content/schools/" + school, library: nil, settings: settings)
    }
    guard let snapshot else { throw BenchError("the school did not load") }
    let loaded = try DiagnosticCollector.checked {
        LibraryReader(reader.files).library(snapshot.sources.project, diagnostics: &$0)
    }
    _ = measure("snapshot with the library loaded") {
        var diagnostics = DiagnosticCollector()
        _ = SchoolSnapshotter(reader.files).snapshot(
            ofSchoolIn: snapshot.folder, library: loaded, settings: settings, diagnostics: &diagnostics)
    }
    _ = measure("input fingerprint of the school") {
        _ = BuildAction(fileSystem: .local, workingDirectory: loaded.project.root).inputFingerprint(
            of: snapshot.folder, library: loaded, settings: settings, approvedOnly: false)
    }
    let converter = CommonMarkConverter()
    var rendered: [[(html: String, document: MarkdownDocument)]] = []
    _ = measure("cmark html + tree, all sections") {
        rendered = snapshot.editions.map { $0.sections.map { converter.htmlAndDocument(from: $0.markdown) } }
    }
    let writer = PlainTextWriter()
    _ = measure("text writer, all sections") {
        for edition in rendered { for section in edition { _ = writer.text(from: section.document) } }
    }
    // The templates are filled with the values a build gives them, not a copy of their shape.
    let pages = try SitePlanner().pages(for: snapshot, register: RegisterReader(reader.files), approvedOnly: false)
    let builder = SiteBuilder()
    let profile = snapshot.sources.school, type = snapshot.schoolType, templates = snapshot.sources.templates
    _ = measure("text pages, every policy") {
        for page in pages { _ = builder.textPage(page, school: profile, type: type, templates: templates) }
    }
    _ = measure("site pages, every policy") {
        _ = builder.site(for: pages, school: profile, type: type, templates: templates)
    }
    _ = measure("whole site for the school") {
        _ = try? SitePlanner().site(for: snapshot, register: RegisterReader(reader.files), approvedOnly: false)
    }
}
