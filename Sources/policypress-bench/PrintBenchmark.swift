import Foundation
import PolicyPressKit

/// Times `ChromiumPrinter` on every policy page of a built site (each `POLICY.html` beside a `POLICY.txt`):
/// the browser's start, then all pages printed twice by it, and whether the second printing gave the same
/// bytes. Prints one line of figures; scripts/bench_pdf.py sets the engines side by side.
func printBenchmark() throws {
    guard arguments.count > 1 else { throw BenchError("usage: policypress-bench print SITE_DIR") }
    let site = URL(fileURLWithPath: arguments[1])
    let names = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }
    let pages = names.sorted().map { site.appendingPathComponent($0 + ".html").path }.filter { FileManager.default.fileExists(atPath: $0) }
    guard let day = Day(year: 2026, month: 3, day: 12) else { return }
    let setup = ChromiumPrinter.PageSetup(footer: "<div style='font-size:8px'>Page <span class='pageNumber'></span> of <span class='totalPages'></span></div>")
    func seconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
    var start = DispatchTime.now().uptimeNanoseconds
    let printer = try ChromiumPrinter()
    let startUp = seconds(since: start)
    var runs: [[Data]] = []
    var times: [Double] = []
    for _ in 0..<2 {
        start = DispatchTime.now().uptimeNanoseconds
        runs.append(try pages.map { try printer.pdf(ofPage: $0, setup: setup, date: day) })
        times.append(seconds(since: start))
    }
    printer.finish()
    let same = zip(runs[0], runs[1]).filter { $0 == $1 }.count
    let bytes = runs[1].reduce(0) { $0 + $1.count }
    print(
        String(
            format: "print %@: %d pages; browser start %.2f s; all pages %.2f s, then %.2f s (%.3f s a page); %d KB; same bytes %d/%d",
            site.lastPathComponent, pages.count, startUp, times[0], times[1], times[1] / Double(max(1, pages.count)), bytes / 1024, same,
            pages.count))
}
