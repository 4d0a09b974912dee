#!/usr/bin/env python3
"""How fast Typst makes a policy-sized tagged PDF: the engine issue 17's trust target may need.

    python3 -m venv .venv-typst && .venv-typst/bin/pip install typst
    .venv-typst/bin/python scripts/bench_typst.py SITE_DIR/POLICY.txt [--runs 30]

Not a writer: the text edition's paragraphs and section titles are set as a Typst document (with a
running header, "Page N of M", a 20-row table with a header row, the title, author and language), and
compiled in process `--runs` times, untagged-default and with PDF/UA-1. It prints the time per document
and the bytes, to set beside `policypress-bench print-cost` (Chromium's time per page).
"""
import argparse
import re
import time

import typst

ESCAPED = "\\#$@<*_`[]"


def escape(text):
    return "".join("\\" + c if c in ESCAPED else c for c in text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--out", default="/tmp/bench-typst")
    options = parser.parse_args()
    lines = open(options.text, encoding="utf-8").read().split("\n")
    title, school = lines[0], lines[3]
    body = []
    for paragraph in "\n".join(lines[2:]).split("\n\n"):
        if not paragraph.strip():
            continue
        first = paragraph.split("\n")
        if len(first) == 2 and re.fullmatch(r"-+", first[1]):
            body.append("== " + escape(first[0]))
        else:
            body.append(escape(paragraph.replace("\n", " ")))
    document = f'''#set document(title: "{title} – {school}", author: "{school}")
#set text(lang: "en", region: "GB", font: "DejaVu Sans", size: 10pt)
#set page(paper: "a4", margin: (x: 1.8cm, y: 2cm), header: [{escape(school)} #h(1fr) {escape(title)}],
  footer: context [#h(1fr) Page #counter(page).display() of #counter(page).final().first()])
= {escape(title)}
''' + "\n\n".join(body) + '''

#table(columns: 2, table.header([*Who*], [*Duty*]), ..range(20).map(i => ([Holder #i], [Duty #i])).flatten())
'''
    source = options.out + ".typ"
    open(source, "w", encoding="utf-8").write(document)
    for label, arguments in [("default", {}), ("PDF/UA-1", {"pdf_standards": ["ua-1"]})]:
        started = time.monotonic()
        for _ in range(options.runs):
            pdf = typst.compile(source, **arguments)
        seconds = (time.monotonic() - started) / options.runs
        open(options.out + ".pdf", "wb").write(pdf)
        print(f"typst {label}: {seconds:.3f} s a document, {len(pdf)} bytes ({options.runs} runs)")


if __name__ == "__main__":
    main()
