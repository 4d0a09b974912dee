import Foundation
import PolicyPressKit

/// Times diffing two editions of `--sections` sections, `--runs` times each.
func diffBenchmark() throws {
    let (oldText, newText) = editions(count: sections)
    let base = Edition(
        policyID: "benchmark", title: "Benchmark Policy", schoolName: "Benchmark School", approver: "Board", reviewCycle: ReviewCycle(months: 12),
        statutory: false, publish: false, summary: "", related: [], sections: [])
    let old = try base.withText(oldText, file: "old.md")
    let new = try base.withText(newText, file: "new.md")
    print("Diff benchmark: two editions of \(old.sections.count) and \(new.sections.count) sections (\(oldText.utf8.count / 1024) KiB and \(newText.utf8.count / 1024) KiB of Markdown), \(runs) runs each")
    var diff = EditionDiffer().diff(from: old, to: new)
    print("  changes: \(diff.summary)")
    let compare = measure("compare (parse + align + words)") { diff = EditionDiffer().diff(from: old, to: new) }
    let text = measure("text (wdiff style)") { _ = DiffTextWriter().text(of: diff) }
    let html = measure("html redline body") { _ = DiffHTMLWriter().html(of: diff) }
    let writer = PlainTextWriter()
    let unified = measure("unified (text editions + lines)") {
        _ = UnifiedDiff.text(from: writer.text(of: old), to: writer.text(of: new), oldLabel: "old", newLabel: "new")
    }
    print("  compare + text + html + unified:    \(String(format: "%.1f", (compare + text + html + unified) * 1000)) ms in all")
}
