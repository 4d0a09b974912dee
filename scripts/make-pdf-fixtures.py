#!/usr/bin/env python3
"""Writes the PDF-import fixtures (issue 26, part 2) into Tests/PolicyPressKitTests/Fixtures/pdf/.

    python3 scripts/make-pdf-fixtures.py --binary .build/debug/policypress [--out DIR]

Needs: the policypress binary (for the Typst PDF), Typst (`bash scripts/setup.sh --pdf`), Chromium,
LibreOffice (Debian's libreoffice-writer-nogui), pandoc and qpdf. Fixtures/pdf/README.md says what each
file is and what an import must make of it. The hostile files are written by this script byte by byte
(a PDF is text with a table of byte offsets at its end), except the two encrypted ones, which qpdf makes.

Printed by:
- typst-social-networking.pdf: `policypress build Content/schools/example --pdf` (Typst, tagged);
- chromium-online-safety.pdf: Chromium printing sources/online-safety.html, a school's own policy with a
  running header, "Page N of M" footers, numbered headings, bullets and a table (tagged);
- libreoffice-safeguarding.pdf: LibreOffice from ../word/model-styled.docx (untagged);
- behaviour-2025.pdf, behaviour-2026.pdf: LibreOffice from ../word/sources/behaviour.md (through pandoc's
  HTML), one year's headings at 26/17/13 pt, the next's at 16/12/11 pt, and one sentence changed (untagged);
- hostile/: encrypted-user-password.pdf (needs the password 'secret'), encrypted-permissions-only.pdf (opens
  without one: only printing and copying are restricted), scanned.pdf (a page that is only a picture),
  not-a-pdf.pdf (a Word file named .pdf), truncated.pdf (the first half of a PDF), over-page-limit.pdf
  (600 small pages), enormous-page-count.pdf (a page tree claiming 10,000,000 pages in under 1 kB),
  many-tiny-words.pdf (one page of 40,000 words of one letter each, scattered: slow to read).
"""
import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests/PolicyPressKitTests/Fixtures"
SOURCES = FIXTURES / "pdf/sources"


def pdf(objects):
    """A PDF of `objects` (bodies, numbered from 1; object 1 is the catalogue), with its table of offsets."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data, extra=b""):
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pages_pdf(count):
    """`count` A4 pages, each saying which page it is; one content stream per page."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None, FONT]
    kids = []
    for page in range(1, count + 1):
        text = b"BT /F1 12 Tf 72 770 Td (Minutes of meeting, page %d: nothing was decided.) Tj ET" % page
        objects.append(stream(text))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (len(objects)))
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (count, b" ".join(kids))
    return pdf(objects)


def enormous_pdf(width=10, depth=7):
    """A page tree of `depth` levels, each node listing the next `width` times: width**depth pages, one page object."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        number = len(objects) + 1
        count = width ** (depth - level)
        child = b"%d 0 R" % (number + 1)
        parent = b"" if level == 0 else b"/Parent %d 0 R " % (number - 1)
        objects.append(b"<< /Type /Pages %s/Count %d /Kids [%s] >>" % (parent, count, b" ".join([child] * width)))
    leaf = len(objects)
    objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (leaf, leaf + 2, leaf + 3))
    objects.append(FONT)
    objects.append(stream(b"BT /F1 12 Tf 72 770 Td (One page, shown ten million times.) Tj ET"))
    return pdf(objects)


def scanned_pdf():
    """One page that is only a picture: grey bars where lines of text would be, and no font at all."""
    width, height = 400, 560
    rows = []
    for y in range(height):
        line = y % 28
        inked = 40 <= y < 520 and 6 <= line < 18
        row = bytearray(b"\xff" * width)
        if inked:
            for x in range(40, 360):
                if (x // 7 + y // 28) % 9 != 0:
                    row[x] = 0x30
        rows.append(bytes(row))
    image = zlib.compress(b"".join(rows), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        stream(image, b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode " % (width, height)),
        stream(b"q 500 0 0 700 48 71 cm /Im1 Do Q"),
    ]
    return pdf(objects)


def tiny_words_pdf(count=40_000):
    """One page of `count` one-letter words, each placed on its own at a random spot: slow to put in order."""
    generator = random.Random(26)
    parts = [b"BT /F1 4 Tf"]
    for _ in range(count):
        parts.append(b"1 0 0 1 %d %d Tm (%s) Tj" % (generator.randrange(20, 570), generator.randrange(20, 820), bytes([generator.randrange(97, 123)])))
    parts.append(b"ET")
    content = zlib.compress(b"\n".join(parts), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        FONT,
        stream(content, b"/Filter /FlateDecode "),
    ]
    return pdf(objects)


def run(command, **options):
    subprocess.run(command, check=True, **options)


def printed(out, binary, work):
    """The PDFs printed by Typst, Chromium and LibreOffice."""
    site = work / "site"
    run([binary, "build", "Content/schools/example", "--output", str(site), "--pdf", "--today", "2026-11-24"], cwd=ROOT, stdout=subprocess.DEVNULL)
    shutil.copy(site / "social-networking.pdf", out / "typst-social-networking.pdf")
    chromium = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"]
    run(chromium + [f"--print-to-pdf={out / 'chromium-online-safety.pdf'}", (SOURCES / "online-safety.html").as_uri()], stderr=subprocess.DEVNULL)
    office = ["soffice", "--headless", "--norestore", f"-env:UserInstallation={(work / 'office').as_uri()}"]
    shutil.copy(FIXTURES / "word/model-styled.docx", work / "libreoffice-safeguarding.docx")
    run(office + ["--convert-to", "pdf", "--outdir", str(out), str(work / "libreoffice-safeguarding.docx")], stdout=subprocess.DEVNULL)
    source = (FIXTURES / "word/sources/behaviour.md").read_text()
    years = {
        "2025": ("h1{font-size:26pt} h2{font-size:17pt} h3{font-size:13pt} body{font-size:11pt}", source),
        "2026": (
            "h1{font-size:16pt} h2{font-size:12pt} h3{font-size:11pt;font-style:italic} body{font-size:10pt}",
            source.replace("a positive note or telephone call home.", "a positive note, message or telephone call home."),
        ),
    }
    for year, (css, text) in years.items():
        markdown, html = work / f"behaviour-{year}.md", work / f"behaviour-{year}.html"
        markdown.write_text(text)
        run(["pandoc", str(markdown), "-s", "--metadata", "pagetitle=Behaviour Policy", "-o", str(html)])
        html.write_text(html.read_text().replace("</head>", f"<style>{css}</style></head>"))
        run(office + ["--convert-to", "pdf:writer_web_pdf_Export", "--outdir", str(out), str(html)], stdout=subprocess.DEVNULL)


def hostile(out):
    """The files an import must refuse with a reason (or, for the permissions-only one, import)."""
    folder = out / "hostile"
    folder.mkdir(exist_ok=True)
    source = out / "chromium-online-safety.pdf"
    run(["qpdf", "--encrypt", "secret", "owner-secret", "256", "--", str(source), str(folder / "encrypted-user-password.pdf")])
    run(["qpdf", "--encrypt", "", "owner-secret", "256", "--print=none", "--modify=none", "--extract=n", "--", str(source), str(folder / "encrypted-permissions-only.pdf")])
    (folder / "scanned.pdf").write_bytes(scanned_pdf())
    shutil.copy(FIXTURES / "word/model-v1.docx", folder / "not-a-pdf.pdf")
    whole = source.read_bytes()
    (folder / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    (folder / "over-page-limit.pdf").write_bytes(pages_pdf(600))
    (folder / "enormous-page-count.pdf").write_bytes(enormous_pdf())
    (folder / "many-tiny-words.pdf").write_bytes(tiny_words_pdf())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, help="the policypress binary")
    parser.add_argument("--out", type=Path, default=FIXTURES / "pdf", help="where to write (default: the fixtures folder)")
    options = parser.parse_args()
    options.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pdf-fixtures-") as work:
        printed(options.out, str(Path(options.binary).resolve()), Path(work))
    hostile(options.out)
    for path in sorted(options.out.rglob("*.pdf")):
        print(f"{path.relative_to(options.out)}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    sys.exit(main())
