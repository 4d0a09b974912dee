#!/usr/bin/env python3
"""`build --pdf` measured (issue 17, part 4): one school from nothing, and a trust rebuilt after one change.

    python3 scripts/bench_pdf_build.py --binary .build/release/policypress --bench .build/release/policypress-bench
                                       [--schools 100] [--policies 30] [--engine typst|chromium] [--work DIR]

A trust of --schools schools, each adopting --policies policies of 8 sections, is generated with
`policypress-bench generate`. Then, each run timed with its peak memory (the largest process: the tool
or one of its Typst processes or browsers), side by side with the same build without --pdf:
  1. one school's site from nothing (target: under 15 s on a 2-core machine);
  2. the same school rebuilt with nothing changed (nothing printed, nothing written);
  3. the whole trust from nothing (the set-up for 4; every policy of every school printed);
  4. the trust rebuilt after one section of one model policy changed, so that every school prints that
     one policy again and carries over the rest (target: under 20 s).
For each PDF build the script also counts the PDFs written, from the build's own summary.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(arguments, cwd):
    """Runs a command under /usr/bin/time; gives seconds, peak MB of the largest process, and stdout."""
    started = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + arguments, cwd=cwd, capture_output=True, text=True)
    seconds = time.monotonic() - started
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(arguments)}\n{result.stderr}")
    peak_kb = int(result.stderr.strip().splitlines()[-1])
    return seconds, peak_kb / 1024, result.stdout.strip()


def written(summary):
    match = re.search(r"(\d+) files written", summary)
    return int(match.group(1)) if match else 0


def row(label, pdf, plain, note=""):
    ratio = pdf[0] / plain[0] if plain[0] > 0 else float("nan")
    print(f"| {label} | {pdf[0]:.2f} s | {plain[0]:.2f} s | {ratio:.1f}× | {pdf[1]:.0f} MB | {note} |", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=str(ROOT / ".build/release/policypress"))
    parser.add_argument("--bench", default=str(ROOT / ".build/release/policypress-bench"))
    parser.add_argument("--schools", type=int, default=100)
    parser.add_argument("--policies", type=int, default=30)
    parser.add_argument("--engine", default="typst", choices=["typst", "chromium"])
    parser.add_argument("--work", default=str(ROOT / ".build/bench-pdf-build"))
    options = parser.parse_args()
    binary, work = os.path.abspath(options.binary), Path(options.work).resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    library = work / "library"
    subprocess.run([options.bench, "generate", str(library), "--schools", str(options.schools), "--policies", str(options.policies)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    school = "Content/schools/school-001"
    print(f"{options.schools} schools × {options.policies} policies, {os.cpu_count()} cores, --pdf-engine {options.engine}; peak: the largest process")
    print("| build | with --pdf | without | ratio | peak (--pdf) | PDFs written |")
    print("|---|---:|---:|---:|---:|---|")

    pdf = timed([binary, "build", school, "--pdf", "--pdf-engine", options.engine, "--output", str(work / "school-pdf")], library)
    plain = timed([binary, "build", school, "--output", str(work / "school")], library)
    row(f"one school of {options.policies} policies, from nothing", pdf, plain, f"{len(list((work / 'school-pdf').glob('*.pdf')))}")
    before = {path: path.stat().st_mtime_ns for path in (work / "school-pdf").glob("*.pdf")}
    pdf = timed([binary, "build", school, "--pdf", "--pdf-engine", options.engine, "--output", str(work / "school-pdf")], library)
    plain = timed([binary, "build", school, "--output", str(work / "school")], library)
    rewritten = sum(1 for path, mtime in before.items() if path.stat().st_mtime_ns != mtime)
    row("the same school, nothing changed", pdf, plain, f"{rewritten}")

    pdf = timed([binary, "build", "Content/schools", "--pdf", "--pdf-engine", options.engine, "--output", str(work / "trust-pdf")], library)
    plain = timed([binary, "build", "Content/schools", "--output", str(work / "trust")], library)
    row(f"the trust of {options.schools} schools, from nothing", pdf, plain, f"{written(pdf[2])} files written")

    section = library / "Content/policies/policy-01/03-section.md"
    section.write_text(section.read_text() + "\nA sentence added at the annual review.\n")
    pdf = timed([binary, "build", "Content/schools", "--pdf", "--pdf-engine", options.engine, "--output", str(work / "trust-pdf")], library)
    plain = timed([binary, "build", "Content/schools", "--output", str(work / "trust")], library)
    pdfs = sum(1 for _ in (work / "trust-pdf").glob("*/policy-01.pdf"))
    row("the trust, one section of one policy changed", pdf, plain,
        f"{written(pdf[2])} files written ({written(plain[2])} without --pdf: so {written(pdf[2]) - written(plain[2])} PDFs of {pdfs} schools)")


if __name__ == "__main__":
    main()
