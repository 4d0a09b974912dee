#!/usr/bin/env python3
"""PDF import measured (issue 26, part 2): `policypress import` of PDFs of 1, 10, 40 and 160 pages, beside
`pdftotext` on the same files.

    python3 scripts/bench_pdf_import.py --binary .build/release/policypress [--pages 1,10,40,160] [--runs 3] [--work DIR]

Each PDF is a school's policy printed by Chromium from HTML written here (the sections of
Tests/PolicyPressKitTests/Fixtures/pdf/sources/online-safety.html repeated and numbered on: numbered headings,
bullets, a table on every fourth page or so, a running header and "Page N of M" footers), cut to the number
of pages asked (with qpdf, which `apt-get install qpdf` gives; without it, a page or so more). Then, each the median of --runs runs under GNU time, side by side:
  - pdftotext (Poppler), the reference: text only, no structure;
  - the whole `policypress import --dry-run` (the PDF reader in its JVM, the clean-up, pandoc twice);
and their ratios. Targets (issue 26): a 10-page PDF in under 3 s on a 2-core machine; memory under 1 GB;
time that grows with the pages, not with their square (the last column: seconds per page, about flat).
Peak memory is that of the largest process of the run (GNU time reports the most any one process held:
for the import, that is the JVM).
"""
import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "Tests/PolicyPressKitTests/Fixtures/pdf/sources/online-safety.html"


def timed(command):
    """Runs `command` under GNU time: (seconds, peak MB); it must succeed."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M", *command], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"bench_pdf_import: {' '.join(command)} failed ({result.returncode}):\n{result.stdout[-1000:]}{result.stderr[-2000:]}")
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes) / 1024


def median_of(runs, command):
    results = [timed(command) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def pages_of(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def policy(sections):
    """The fixture's page with its sections repeated `sections` times in all, numbered on."""
    html = SOURCE.read_text()
    head, body = html.split("<body>", 1)
    body = body.split("</body>", 1)[0]
    title, rest = body.split("<h2>", 1)
    parts = ["<h2>" + part for part in rest.split("<h2>")]
    chosen = []
    for index in range(sections):
        part = parts[index % len(parts)]
        number = index + 1
        part = re.sub(r"<h2>\d+\.", f"<h2>{number}.", part)
        part = re.sub(r"<h3>\d+\.(\d+)", lambda m: f"<h3>{number}.{m.group(1)}", part)
        chosen.append(part)
    return head + "<body>" + title + "".join(chosen) + "</body></html>"


def printed(work, pages):
    """A Chromium PDF of at least `pages` pages, cut to exactly that many with qpdf when qpdf is there (the
    table then shows the pages it has)."""
    sections = max(1, round(pages * 11 / 4))
    html, pdf = work / f"policy-{pages}.html", work / f"policy-{pages}.pdf"
    while True:
        html.write_text(policy(sections))
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri()],
                       check=True, capture_output=True)
        if pages_of(pdf) >= pages:
            break
        sections += max(1, sections // 8)
    if pages_of(pdf) > pages and shutil.which("qpdf"):
        cut = work / f"policy-{pages}-cut.pdf"
        subprocess.run(["qpdf", str(pdf), "--pages", str(pdf), f"1-{pages}", "--", str(cut)], check=True)
        return cut
    return pdf


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, help="the policypress binary (release)")
    parser.add_argument("--pages", default="1,10,40,160", help="sizes, in pages")
    parser.add_argument("--runs", type=int, default=3, help="runs of each command; the median time is shown")
    parser.add_argument("--work", type=Path, help="folder for the PDFs (default: a temporary one)")
    options = parser.parse_args()
    work = options.work or Path(tempfile.mkdtemp(prefix="bench-pdf-import-"))
    work.mkdir(parents=True, exist_ok=True)

    print("PDF import beside pdftotext, on Chromium-printed policies (median of %d runs; peak MB of the largest process)" % options.runs)
    header = f"{'pages':>5} {'words':>7} | {'pdftotext s':>11} {'MB':>5} | {'import s':>8} {'MB':>6} | {'time x':>6} {'memory x':>8} | {'import s/page':>13}"
    print(header)
    print("-" * len(header))
    rows = []
    for pages in [int(n) for n in options.pages.split(",")]:
        pdf = printed(work, pages)
        pages = pages_of(pdf)
        words = len(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())
        text_s, text_mb = median_of(options.runs, ["pdftotext", str(pdf), str(work / "out.txt")])
        import_s, import_mb = median_of(options.runs, [options.binary, "import", str(pdf), "--dry-run", "--id", f"bench-{pages}", "--library", str(ROOT)])
        rows.append((pages, import_s, import_mb))
        print(f"{pages:>5} {words:>7} | {text_s:>11.2f} {text_mb:>5.0f} | {import_s:>8.2f} {import_mb:>6.0f} | "
              f"{import_s / max(text_s, 0.01):>6.0f} {import_mb / max(text_mb, 1):>8.1f} | {import_s / pages:>13.3f}")
    print()
    ten = [row for row in rows if row[0] == 10]
    if ten:
        print(f"10 pages: {ten[0][1]:.2f} s (target under 3 s): {'met' if ten[0][1] < 3 else 'NOT met'}")
    print(f"Largest peak memory: {max(row[2] for row in rows):.0f} MB (target under 1,024 MB): {'met' if max(row[2] for row in rows) < 1024 else 'NOT met'}")
    if len(rows) >= 2:
        (small_pages, small_s, _), (large_pages, large_s, _) = rows[-2], rows[-1]
        growth = (large_s / small_s) / (large_pages / small_pages)
        print(f"From {small_pages} to {large_pages} pages the time grew {large_s / small_s:.1f}x for {large_pages / small_pages:.0f}x the pages "
              f"({growth:.2f} of linear; square would be {large_pages / small_pages:.0f})")


if __name__ == "__main__":
    sys.exit(main())
