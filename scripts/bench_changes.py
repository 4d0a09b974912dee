#!/usr/bin/env python3
"""How a draft's changes page grows with the change: run by scripts/bench.sh, which builds the release binary.

    python3 scripts/bench_changes.py [--binary PATH] [--work DIR] [--sizes 500,1000,2000,4000]

A school whose draft differs from its approved text (the shipped Hillcrest Academy) gets N paragraphs
added to one section of its model policy, as an annual review that rewrites a policy would. `build` then
makes the changes page, putting each change down to the layer that made it (ChangeTracer). The script
prints, for each N, the build's time and peak memory, and the time's ratio to the N before it: about 2
for each doubling is linear; 4 is the square of the input.
"""
import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECTION = "Content/policies/social-networking/03-governors.md"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=str(ROOT / ".build/release/policypress"))
    parser.add_argument("--work", default=str(ROOT / ".build/bench-changes"))
    parser.add_argument("--sizes", default="500,1000,2000,4000")
    options = parser.parse_args()
    work = Path(options.work).resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    for folder in ["Content", "Templates"]:
        shutil.copytree(ROOT / folder, work / folder)
    original = (work / SECTION).read_text()
    print("| paragraphs added | build | peak | × the size before |")
    print("|---:|---:|---:|---:|")
    previous = None
    for size in [int(n) for n in options.sizes.split(",")]:
        added = "\n\n".join(f"Paragraph {i} added at the review, so that the draft's changes grow with the input." for i in range(size))
        (work / SECTION).write_text(original + "\n\n" + added + "\n")
        shutil.rmtree(work / "site", ignore_errors=True)
        started = time.monotonic()
        result = subprocess.run(
            ["/usr/bin/time", "-f", "%M", options.binary, "build", "Content/schools/hillcrest-academy", "--output", "site", "--today", "2026-11-24"],
            cwd=work, capture_output=True, text=True)
        seconds = time.monotonic() - started
        if result.returncode != 0:
            sys.exit(f"build failed:\n{result.stderr}")
        changes = (work / "site/social-networking-changes.html").read_text()
        if f"Paragraph {size - 1} added" not in changes:
            sys.exit("the changes page does not show the last paragraph added")
        peak = int(result.stderr.strip().splitlines()[-1]) / 1024
        ratio = f"{seconds / previous:.1f}" if previous else "–"
        print(f"| {size} | {seconds:.2f} s | {peak:.0f} MB | {ratio} |", flush=True)
        previous = seconds


if __name__ == "__main__":
    main()
