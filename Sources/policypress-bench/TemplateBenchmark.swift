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
    _ = measure("snapshot (load + resolve 30 policies)") { snapshot = try? reader.snapshot(school: "Content/schools/" + school, library: nil, settings: settings) }
    guard let snapshot else { throw BenchError("the school did not load") }
    let loaded = try reader.loader.library(snapshot.sources.project)
    _ = measure("snapshot with the library loaded") {
        var diagnostics = DiagnosticCollector()
        _ = reader.loader.snapshot(ofSchoolIn: snapshot.folder, library: loaded, settings: settings, diagnostics: &diagnostics)
    }
    _ = measure("input fingerprint of the school") {
        _ = BuildAction(fileSystem: .local, workingDirectory: loaded.project.root).inputFingerprint(
            of: snapshot.folder, library: loaded, settings: settings, approvedOnly: false)
    }
    let converter = CommonMarkConverter()
    var rendered: [[(html: String, document: MarkdownDocument)]] = []
    _ = measure("cmark html + tree, all sections") { rendered = snapshot.editions.map { $0.sections.map { converter.htmlAndDocument(from: $0.markdown) } } }
    let writer = PlainTextWriter()
    _ = measure("text writer, all sections") { for edition in rendered { for section in edition { _ = writer.text(from: section.document) } } }
    _ = measure("whole site for the school") { _ = try? SiteBuilder().site(for: snapshot, loader: reader.loader, approvedOnly: false) }
}
