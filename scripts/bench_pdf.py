#!/usr/bin/env python3
"""The PDF engine comparison (issue 17, part 1): the same policy pages printed by each engine, measured.

    python3 scripts/bench_pdf.py SITE_DIR [SITE_DIR…] [--engines chromium,weasyprint] [--work DIR]

SITE_DIR is a site built by `policypress build` (each policy as POLICY.html and POLICY.txt). For each
site and engine, every policy page is printed to A4 PDF twice, and the script prints:
  - time for all the site's pages (the second printing, so that start-up is counted once), and peak
    memory of the largest process;
  - bytes, and whether the second printing gave the same bytes;
  - tagging: how many PDFs `pdfinfo` calls Tagged, and whether `pdfinfo -struct` shows headings,
    paragraphs, lists and tables in the order of the page;
  - words: against the text edition's words, in order, how many of its words the PDFs miss and how
    many they add (the running header and footer, the site's own header and footer, and the text
    edition's contents list, which the page does not print, are most of both).
Engines:
  chromium    one long-lived headless Chromium (Debian), each page printed through the DevTools
              protocol's Page.printToPDF with generateTaggedPDF and generateDocumentOutline;
  weasyprint  Debian's WeasyPrint (57.2), one Python process for the site, with variant="pdf/ua-1".
"""
import argparse
import difflib
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_PYTHON = ROOT / ".venv-checks/bin/python"

CHROMIUM_DRIVER = r'''
import base64, json, sys, time
from pathlib import Path
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
pages, out = json.loads(sys.argv[1]), Path(sys.argv[2])
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
for run in (1, 2):
    started = time.monotonic()
    for page in pages:
        driver.get("file://" + page)
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {
            "paperWidth": 8.27, "paperHeight": 11.69, "marginTop": 0.8, "marginBottom": 0.8,
            "marginLeft": 0.7, "marginRight": 0.7, "printBackground": True, "displayHeaderFooter": True,
            "headerTemplate": "<div style='font-size:8px;width:100%;text-align:center'><span class='title'></span></div>",
            "footerTemplate": "<div style='font-size:8px;width:100%;text-align:center'>Page <span class='pageNumber'></span> of <span class='totalPages'></span></div>",
            "generateTaggedPDF": True, "generateDocumentOutline": True})
        (out / f"run{run}" / (Path(page).stem + ".pdf")).write_bytes(base64.b64decode(pdf["data"]))
    print(f"run{run} {time.monotonic() - started:.3f}", flush=True)
driver.quit()
'''

WEASYPRINT_DRIVER = r'''
import json, sys, time
from pathlib import Path
from weasyprint import HTML, CSS
pages, out = json.loads(sys.argv[1]), Path(sys.argv[2])
page_css = CSS(string="@page { size: A4; margin: 2cm 1.8cm; @bottom-center { content: 'Page ' counter(page) ' of ' counter(pages); font-size: 8pt } }")
for run in (1, 2):
    started = time.monotonic()
    for page in pages:
        HTML(filename=page).write_pdf(out / f"run{run}" / (Path(page).stem + ".pdf"), stylesheets=[page_css], variant="pdf/ua-1")
    print(f"run{run} {time.monotonic() - started:.3f}", flush=True)
'''


def words(text):
    """Words, with a word broken by a hyphen at a line's end joined again."""
    text = re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1-\2", text.replace("\u00ad", ""))
    return re.findall(r"[\w’']+(?:-[\w’']+)*", text)


def run_engine(engine, pages, out):
    for run in ("run1", "run2"):
        (out / run).mkdir(parents=True, exist_ok=True)
    python, driver = (str(VENV_PYTHON), CHROMIUM_DRIVER) if engine == "chromium" else ("/usr/bin/python3", WEASYPRINT_DRIVER)
    # A fixed date for the PDFs' creation date, as a build would give (WeasyPrint reads it; Chromium does not).
    environment = dict(os.environ, SOURCE_DATE_EPOCH="1773273600")
    result = subprocess.run(["/usr/bin/time", "-f", "%M", python, "-c", driver, json.dumps([str(p) for p in pages]), str(out)],
                            capture_output=True, text=True, env=environment)
    if result.returncode != 0:
        sys.exit(f"bench_pdf: {engine} failed:\n{result.stderr[-3000:]}")
    times = dict(line.split() for line in result.stdout.splitlines() if line.startswith("run"))
    return float(times["run1"]), float(times["run2"]), int(result.stderr.strip().splitlines()[-1]) / 1024


def struct_order(pdf):
    """The structure tags of a tagged PDF in reading order, as `pdfinfo -struct` lists them."""
    text = subprocess.run(["pdfinfo", "-struct", str(pdf)], capture_output=True, text=True).stdout
    return [line.strip().split()[0] for line in text.splitlines() if line.strip()]


def measure(engine, site, work):
    pages = sorted(p for p in site.glob("*.html") if (site / (p.stem + ".txt")).exists())
    out = work / f"{site.name}-{engine}"
    first, second, peak = run_engine(engine, pages, out)
    tagged = same = structured = missing = added = 0
    size = 0
    for page in pages:
        pdf1, pdf2 = out / "run1" / (page.stem + ".pdf"), out / "run2" / (page.stem + ".pdf")
        size += pdf2.stat().st_size
        same += hashlib.sha256(pdf1.read_bytes()).digest() == hashlib.sha256(pdf2.read_bytes()).digest()
        info = subprocess.run(["pdfinfo", str(pdf2)], capture_output=True, text=True).stdout
        tagged += bool(re.search(r"^Tagged:\s+yes", info, re.M))
        tags = struct_order(pdf2)
        structured += any(t.startswith("H") for t in tags) and "P" in tags and ("L" in tags or "Table" in tags)
        text = subprocess.run(["pdftotext", "-layout", str(pdf2), "-"], capture_output=True, text=True).stdout
        edition = words((site / (page.stem + ".txt")).read_text())
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=edition, b=words(text), autojunk=False).get_opcodes():
            missing += (i2 - i1) if op in ("delete", "replace") else 0
            added += (j2 - j1) if op in ("insert", "replace") else 0
    return {"pages": len(pages), "first": first, "second": second, "peak": peak, "bytes": size, "same": same,
            "tagged": tagged, "structured": structured, "missing": missing, "added": added}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sites", nargs="+", type=Path)
    parser.add_argument("--engines", default="chromium,weasyprint")
    parser.add_argument("--work", type=Path)
    options = parser.parse_args()
    work = options.work or Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    print(f"{'site':<22} {'engine':<10} {'PDFs':>4} | {'first':>7} {'again':>7} {'per PDF':>8} {'peak MB':>7} | {'KB':>6} {'same':>5} | {'tagged':>6} {'struct':>6} | {'words missed':>12} {'added':>6}")
    for site in options.sites:
        for engine in options.engines.split(","):
            r = measure(engine, site.resolve(), work)
            n = r["pages"]
            print(f"{site.name:<22} {engine:<10} {n:>4} | {r['first']:>6.2f}s {r['second']:>6.2f}s {r['second'] / n:>7.3f}s {r['peak']:>7.0f} | "
                  f"{r['bytes'] / 1024:>6.0f} {r['same']:>2}/{n:<2} | {r['tagged']:>3}/{n:<2} {r['structured']:>3}/{n:<2} | {r['missing']:>12} {r['added']:>6}")
    print(f"\nPDFs kept in {work}")


if __name__ == "__main__":
    main()
