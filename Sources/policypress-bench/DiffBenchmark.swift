import Foundation
import PolicyPressKit

/// Times diffing two editions of `--sections` sections, `--runs` times each.
func diffBenchmark() throws {
    let (oldText, newText) = editions(count: sections)
    let base = Edition(
        policyID: "benchmark", title: "Benchmark Policy", schoolName: "Benchmark School", approver: "Board",
        reviewCycle: ReviewCycle(months: 12),
        statutory: false, publish: false, summary: "", related: [], sections: [])
    let old = try base.withText(oldText, file: "old.md")
    let new = try base.withText(newText, file: "new.md")
    print(
        "Diff benchmark: two editions of \(old.sections.count) and \(new.sections.count) sections (\(oldText.utf8.count / 1024) KiB and \(newText.utf8.count / 1024) KiB of Markdown), \(runs) runs each"
    )
    var diff = EditionDiffer().diff(from: old, to: new)
    print("  changes: \(diff.summary)")
    let compare = measure("compare (parse + align + words)") { diff = EditionDiffer().diff(from: old, to: new) }
    let text = measure("text (wdiff style)") { _ = DiffTextWriter().text(of: diff) }
    let html = measure("html redline body") { _ = DiffHTMLWriter().html(of: diff) }
    let publishedText = try textPages(school: old.schoolName)
    let unified = measure("unified (text pages + lines)") {
        _ = UnifiedDiff.text(from: publishedText(old), to: publishedText(new), oldLabel: "old", newLabel: "new")
    }
    print(
        "  compare + text + html + unified:    \(String(format: "%.1f", (compare + text + html + unified) * 1000)) ms in all"
    )
}

/// The published text page of an edition, from the package's `Templates/`, as `diff --format unified` compares it.
func textPages(school name: String) throws -> (Edition) -> String {
    let root = FileManager.default.currentDirectoryPath
    guard FileManager.default.fileExists(atPath: root + "/Templates") else {
        throw BenchError("run diff from the package root: the unified diff lays out text pages with its Templates/")
    }
    let templates = try TemplateReader(SourceReader(fileSystem: .local, workingDirectory: root)).templates(
        in: root + "/Templates")
    let school = SchoolProfile(
        id: "benchmark", folder: root, file: "school.yml", name: name, type: "maintained", values: [:], policies: [])
    return { edition in
        let status = PolicyStatus(
            policy: edition.policyID, title: edition.title, current: edition.hash, latest: nil,
            today: Day(iso: "2026-11-24")!, window: 30)
        return SiteBuilder().textPage(
            PolicyPage(edition: edition, status: status, isDraft: true), school: school, type: nil, templates: templates
        )
    }
}
