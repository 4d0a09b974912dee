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
    let loaded = try DiagnosticCollector.checked { LibraryReader(reader.files).library(snapshot.sources.project, diagnostics: &$0) }
    _ = measure("snapshot with the library loaded") {
        var diagnostics = DiagnosticCollector()
        _ = SchoolSnapshotter(reader.files).snapshot(ofSchoolIn: snapshot.folder, library: loaded, settings: settings, diagnostics: &diagnostics)
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
    let sections: [[String: Any]] = (1...8).map { ["number": $0, "title": "Section \($0)", "anchor": "section-\($0)", "html": String(repeating: "<p>Text of the policy.</p>\n", count: 60)] }
    let context: [String: Any] = [
        "school": ["name": "Oakfield", "website": "https://x.example", "site_url": "https://x.example/"], "root": "",
        "canonical": "https://x.example/p.html",
        "policy": ["title": "Policy", "summary": "Summary", "approver": "Board", "review_cycle": "12 months", "statutory": true,
            "related": "A; B", "status": "approved", "text": "p.txt", "html": "p.html"],
        "sections": sections,
    ]
    _ = measure("mustache: 30 policy pages") { for _ in 0..<30 { _ = loaded.templates.render("policy", context) } }
    _ = measure("mustache: 30 text pages") { for _ in 0..<30 { _ = loaded.templates.render("policy.txt", context) } }
    _ = measure("whole site for the school") { _ = try? SitePlanner().site(for: snapshot, register: RegisterReader(reader.files), approvedOnly: false) }
}
