import Foundation
import PolicyPressKit

/// Times `ChromiumPrinter` on every policy page of a built site (each `POLICY.html` beside a `POLICY.txt`):
/// the browser's start, then all pages printed twice by it, and whether the second printing gave the same
/// bytes. Prints one line of figures; scripts/bench_pdf.py sets the engines side by side.
func printBenchmark() throws {
    let (site, pages, day) = try policyPages(usage: "print SITE_DIR")
    let setup = ChromiumPrinter.PageSetup(
        footer:
            "<div style='font-size:8px'>Page <span class='pageNumber'></span> of <span class='totalPages'></span></div>"
    )
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
            format:
                "print %@: %d pages; browser start %.2f s; all pages %.2f s, then %.2f s (%.3f s a page); %d KB; same bytes %d/%d",
            site.lastPathComponent, pages.count, startUp, times[0], times[1], times[1] / Double(max(1, pages.count)),
            bytes / 1024, same,
            pages.count))
}

/// Times `SitePrinter` with 1 to `--browsers` browsers on every policy page of a built site, side by side:
/// how much printing gains from browsers working at once on this machine.
func printParallelBenchmark() throws {
    guard arguments.count > 1 else {
        throw BenchError("usage: policypress-bench print-parallel SITE_DIR [--browsers N]")
    }
    let folder = URL(fileURLWithPath: arguments[1])
    var site = Site()
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
        site.files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    let pages = site.paths.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) + ".html" }.filter {
        site.files[$0] != nil
    }
    guard let day = Day(year: 2026, month: 3, day: 12) else { return }
    let jobs = pages.map { SitePrinter.Job(page: $0, setup: ChromiumPrinter.PageSetup(), date: day, author: "Bench") }
    var base = 0.0
    for browsers in 1...option("--browsers", default: 4) {
        let printer = SitePrinter(browsers: browsers)
        // The browsers are started before the clock, by a first printing.
        _ = try printer.pdfs(of: site, jobs: Array(repeating: jobs[0], count: browsers))
        let start = DispatchTime.now().uptimeNanoseconds
        _ = try printer.pdfs(of: site, jobs: jobs)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        printer.finish()
        if browsers == 1 { base = seconds }
        print(
            String(
                format: "print-parallel %@: %d pages, %d browsers: %.2f s (%.3f s a page), %.2f× one browser's speed",
                folder.lastPathComponent, pages.count, browsers, seconds, seconds / Double(max(1, pages.count)),
                base / seconds))
    }
}

/// Where a page's printing time goes: every page of a built site printed by one browser with all the site's
/// settings, then without tags, without bookmarks, without the running header and footer, and bare.
func printCostBenchmark() throws {
    let (site, pages, day) = try policyPages(usage: "print-cost SITE_DIR")
    let margins =
        "<div style='font-size:8px'>Page <span class='pageNumber'></span> of <span class='totalPages'></span></div>"
    let full = ChromiumPrinter.PageSetup(header: margins, footer: margins)
    var untagged = full, noOutline = full, bare = ChromiumPrinter.PageSetup()
    untagged.tagged = false
    noOutline.outline = false
    bare.tagged = false
    bare.outline = false
    let printer = try ChromiumPrinter()
    defer { printer.finish() }
    _ = try printer.pdf(ofPage: pages[0], setup: full, date: day)
    var base = 0.0
    // The running header and footer as CSS margin boxes (`@page { @top-left … }`) instead of the protocol's templates.
    let boxes = ChromiumPrinter.PageSetup(
        script: """
            (() => { const style = document.createElement('style');
              style.textContent = "@page { margin: 0.8in 0.7in; @top-left { content: 'Oakfield Primary School'; font-size: 8pt } "
                + "@top-right { content: 'Social Networking Policy'; font-size: 8pt } @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); font-size: 8pt } }";
              document.head.appendChild(style); return true; })()
            """)
    for (label, setup) in [
        ("as the site prints", full), ("untagged", untagged), ("no bookmarks", noOutline),
        ("no header or footer", ChromiumPrinter.PageSetup()),
        ("margin boxes in CSS", boxes), ("bare", bare),
    ] {
        let start = DispatchTime.now().uptimeNanoseconds
        for page in pages { _ = try printer.pdf(ofPage: page, setup: setup, date: day) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if base == 0 { base = seconds }
        print(
            String(
                format: "print-cost %@: %-20@ %.3f s a page (%.0f%% of the site's)", site.lastPathComponent, label,
                seconds / Double(pages.count), 100 * seconds / base))
    }
}

/// The site named by the first argument, the paths of its policy pages (each `POLICY.html` beside a
/// `POLICY.txt`), and the day the PDFs are dated.
private func policyPages(usage: String) throws -> (site: URL, pages: [String], day: Day) {
    guard arguments.count > 1 else { throw BenchError("usage: policypress-bench \(usage)") }
    let site = URL(fileURLWithPath: arguments[1])
    let names = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasSuffix(".txt") }.map {
        String($0.dropLast(4))
    }
    let pages = names.sorted().map { site.appendingPathComponent($0 + ".html").path }.filter {
        FileManager.default.fileExists(atPath: $0)
    }
    guard let day = Day(year: 2026, month: 3, day: 12) else { throw BenchError("no such day") }
    return (site, pages, day)
}
