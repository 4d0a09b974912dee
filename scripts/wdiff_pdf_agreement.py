#!/usr/bin/env python3
"""The revision corpus taken from PDFs, as schools' files come: `policypress diff` against wdiff (issue 27).

    python3 scripts/wdiff_pdf_agreement.py [--binary PATH] [--work DIR] [PAIR...]

Each pair of Tests/PolicyPressKitTests/Fixtures/revisions (all by default) is printed to PDF, each side as
a school would publish it: the page `policypress render` writes, printed by Chromium with its running
header and footer (the date, the title, the file's name, "1/4"). Then both PDFs are read two ways:

  - as `pdftotext` gives them: lines as the page breaks them, headings as plain lines, a bullet glyph
    on the line of its item, the header and footer of each page between paragraphs;
  - as `policypress import` reads them (OpenDataLoader PDF and the import's clean-up), the sections it
    writes put back into one Markdown document.

and each pair of texts is measured as scripts/wdiff_agreement.py measures the corpus: the words the diff
marks against those wdiff marks, the exit status, and the seconds the diff took. Needs Chromium,
pdftotext and Java (`scripts/setup.sh --tests`); prints two tables and asserts nothing.
"""
import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ left in scripts/
sys.path.insert(0, str(Path(__file__).resolve().parent))
import wdiff_agreement  # noqa: E402

PACKAGE = wdiff_agreement.PACKAGE


def run(arguments, cwd):
    result = subprocess.run(arguments, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"wdiff_pdf_agreement: {' '.join(map(str, arguments))} failed:\n{result.stderr[-2000:]}")
    return result.stdout


def printed(binary, markdown, pdf, scratch):
    """`markdown` as a page, printed to `pdf` by Chromium with its header and footer. Both years are
    printed from one file name with one title, as a school's website serves them."""
    page = run([binary, "render", str(markdown), "--to", "html"], PACKAGE)
    title = re.search(r"<h1>(.*?)</h1>", page)
    html = Path(scratch, "policy.html")
    html.write_text("<!DOCTYPE html><meta charset=utf-8><title>" + (title.group(1) if title else "Policy")
                    + "</title>" + page)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    run([chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}", str(html)], scratch)


def imported(binary, pdf, scratch):
    """The PDF as `import` reads it: its sections, back in one Markdown document."""
    library = Path(scratch, "library-" + pdf.stem)
    shutil.rmtree(library, ignore_errors=True)
    (library / "Content/policies").mkdir(parents=True)
    shutil.copy(PACKAGE / "Content/vocabulary.yml", library / "Content/vocabulary.yml")
    run([binary, "import", str(pdf), "--id", "imported", "--library", str(library)], scratch)
    folder = library / "Content/policies/imported"
    title = re.search(r'(?m)^title: (.*)$', (folder / "policy.yml").read_text()).group(1)
    parts = ["# " + (json.loads(title) if title.startswith('"') else title)]
    for section in sorted(folder.glob("*.md")):
        text = section.read_text()
        heading = re.search(r'(?m)^title: (.*)$', text).group(1)
        body = text.split("\n---\n", 1)[1].strip("\n")
        parts += ["## " + (json.loads(heading) if heading.startswith('"') else heading), body]
    return "\n\n".join(parts) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=str(PACKAGE / ".build/release/policypress"))
    parser.add_argument("--work", help="keep the PDFs and texts here (a temporary folder by default)")
    parser.add_argument("pairs", nargs="*")
    options = parser.parse_args()
    binary = str(Path(options.binary).resolve())
    work = Path(options.work or tempfile.mkdtemp(prefix="wdiff-pdf-"))
    named = [wdiff_agreement.CORPUS / name for name in options.pairs]
    folders = [f for f in wdiff_agreement.pairs(named or None) if f.name != "identical"]
    ways = {"pdftotext": [], "import": []}
    for folder in folders:
        pdfs = {}
        for side in ("old", "new"):
            pdf = work / "pdf" / folder.name / f"{side}.pdf"
            pdf.parent.mkdir(parents=True, exist_ok=True)
            printed(binary, folder / f"{side}.md", pdf, pdf.parent)
            pdfs[side] = pdf
        for way in ways:
            pair = work / way / folder.name
            pair.mkdir(parents=True, exist_ok=True)
            for side, pdf in pdfs.items():
                text = run(["pdftotext", str(pdf), "-"], pdf.parent) if way == "pdftotext" \
                    else imported(binary, pdf, pdf.parent)
                (pair / f"{side}.md").write_text(text)
            ways[way].append(wdiff_agreement.measure(pair, binary, str(PACKAGE)))
        print(f"measured {folder.name}", file=sys.stderr)
    for way, rows in ways.items():
        print(f"\n{way}: {len(rows)} pairs (texts in {work / way})")
        print(wdiff_agreement.table(rows))


if __name__ == "__main__":
    main()
