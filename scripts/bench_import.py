#!/usr/bin/env python3
"""The import benchmark (issue 16): where the time of `policypress import` goes on large Word models.

    python3 scripts/bench_import.py --binary PATH --bench PATH [--copies 25,50,100,200] [--work DIR]

For each size, writes a Word model made with pandoc from the safeguarding fixture
(Tests/PolicyPressKitTests/Fixtures/word/sources/safeguarding.md) repeated --copies times: numbered
headings, drafting notes and blanks, a table, footnotes and the example school's own words in every copy.
Then, with GNU time, side by side on the same file:
  - pandoc reading it into its tree, as the import runs it (`--from docx+styles --to json`);
  - the import's own clean-up of that tree, in process (`policypress-bench cleanup`, median of 3);
  - pandoc writing a tree of that size back as Markdown, as the import's second run does;
  - the whole `policypress import --dry-run --school` (both pandoc runs, the clean-up, the school's words).
Prints seconds and peak memory, the clean-up as a share of pandoc's reading, and the clean-up's time per
MB of document at each size: flat when its cost grows with the input, rising when with its square.
"""
import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "Tests/PolicyPressKitTests/Fixtures/word/sources/safeguarding.md"
SCHOOL_WORDS = (
    "Oakfield Primary School is a maintained school of Northshire County Council. "
    "Concerns about the Headteacher, Mrs Priya Shah, go to the chair of governors, Mr Tom Evans."
)


def model(copies):
    """The fixture's front matter once, then its body `copies` times, renumbered, with its own footnotes."""
    text = SOURCE.read_text()
    front, body = re.match(r"(---\n.*?\n---\n)(.*)", text, re.S).groups()
    parts = [front]
    for copy in range(copies):
        part = re.sub(r"\[\^(\w+)\]", lambda m: f"[^{m.group(1)}{copy}]", body)
        part = re.sub(r"^(#+) (\d+)", lambda m: f"{m.group(1)} {int(m.group(2)) + copy * 10}", part, flags=re.M)
        parts.append(part + "\n" + SCHOOL_WORDS + "\n")
    return "\n".join(parts)


def timed(command, **options):
    """Runs `command` under GNU time: (seconds, peak MB, standard output); it must succeed."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M", *command], capture_output=True, text=True, **options)
    if result.returncode != 0:
        sys.exit(f"bench_import: {' '.join(command)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes) / 1024, result.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, help="the policypress binary (release)")
    parser.add_argument("--bench", required=True, help="the policypress-bench binary (release)")
    parser.add_argument("--copies", default="25,50,100,200", help="sizes, as copies of the fixture's body")
    parser.add_argument("--work", type=Path, help="folder for the documents (default: a temporary one)")
    options = parser.parse_args()
    work = options.work or Path(tempfile.mkdtemp(prefix="bench-import-"))
    work.mkdir(parents=True, exist_ok=True)
    pandoc = ["pandoc", "+RTS", "-M1g", "-RTS", "--sandbox"]

    print("Import benchmark: pandoc's reading and writing beside the import's own clean-up, on one Word model at each size")
    header = f"{'copies':>6} {'document.xml':>12} {'sections':>8} | {'pandoc read':>11} {'MB':>5} | {'clean-up':>8} {'/read':>6} {'s/MB':>6} | {'pandoc write':>12} | {'import':>7} {'MB':>5}"
    print(header)
    print("-" * len(header))
    rows = []
    for copies in [int(n) for n in options.copies.split(",")]:
        markdown, docx, json = work / f"model-{copies}.md", work / f"model-{copies}.docx", work / f"model-{copies}.json"
        markdown.write_text(model(copies))
        subprocess.run(["pandoc", str(markdown), "-o", str(docx)], check=True, cwd=SOURCE.parent)
        xml = int(re.search(r"(\d+)\s+\S+\s+\S+\s+word/document.xml", subprocess.run(["unzip", "-l", str(docx)], capture_output=True, text=True).stdout).group(1))
        read, read_mb, _ = timed(pandoc + ["--from", "docx+styles", "--standalone", "--track-changes=all", "--to", "json", str(docx), "-o", str(json)])
        out = subprocess.run([options.bench, "cleanup", str(json), "--runs", "3"], capture_output=True, text=True, check=True).stdout
        _, _, cleanup, sections = out.strip().splitlines()[-1].split()
        cleanup = float(cleanup)
        write, _, _ = timed(pandoc + ["--from", "json", "--to", "gfm", "--wrap=none", "--reference-location=section", str(json), "-o", "/dev/null"])
        whole, whole_mb, _ = timed([options.binary, "import", str(docx), "--dry-run", "--library", str(ROOT), "--school", str(ROOT / "Content/schools/example")])
        per_mb = cleanup / (xml / 1e6)
        rows.append(per_mb)
        print(f"{copies:>6} {xml / 1e6:>9.2f} MB {sections:>8} | {read:>9.2f} s {read_mb:>5.0f} | {cleanup:>6.3f} s {cleanup / read:>5.1%} {per_mb:>6.3f} | {write:>10.2f} s | {whole:>5.2f} s {whole_mb:>5.0f}")
    print()
    print(f"Clean-up time per MB, largest size against smallest: {rows[-1] / rows[0]:.2f} × (1 × when its cost grows with the input)")


if __name__ == "__main__":
    main()
