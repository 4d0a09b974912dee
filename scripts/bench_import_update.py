#!/usr/bin/env python3
"""The update benchmark (issue 26): `policypress import FILE --update POLICY` on generated models of growing size.

    python3 scripts/bench_import_update.py --binary PATH [--sections 200,400,800,1600] [--work DIR]

For each size, writes a model of that many sections (each about 130 words of generated prose and a
sentence of boilerplate that every section repeats) and its next version: a tenth of the sections renamed
with a sentence reworded, a fifth reworded under their heading, a tenth moved, a twentieth removed and as
many added. Imports the first as a policy, then measures the processor time (the command's and pandoc's,
user and system), the least of 3:
  - `import NEXT --dry-run --id other`: reading and cleaning the document, as a first import does;
  - `import NEXT --update POLICY --dry-run`: the same, and the update's matching and planning;
  - `import NEXT --update POLICY`: the same, and the folder replaced.
The update's own cost is the difference of the first two; its time per section stays flat when the
matching costs time in proportion to the text, and rises with the number of sections when it compares
every pair of sections. Also checks the report's counts against what was generated.
"""
import argparse
import random
import resource
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOILERPLATE = "This section is read with the rest of the policy and with the statutory guidance in force at the time."


def prose(rng, words, vocabulary):
    chosen = [vocabulary[min(rng.randrange(len(vocabulary)), rng.randrange(len(vocabulary)))] for _ in range(words)]
    sentences, start = [], 0
    while start < len(chosen):
        end = start + rng.randrange(8, 20)
        sentences.append(" ".join(chosen[start:end]).capitalize() + ".")
        start = end
    return " ".join(sentences)


def versions(count, seed=2026):
    rng = random.Random(seed)
    vocabulary = [f"{a}{b}" for a in ("pupil", "staff", "gov", "par", "care", "safe", "med", "trip", "plan", "rec")
                  for b in ("a", "e", "i", "o", "u", "ar", "er", "is", "on", "us", "ent", "ing", "ed", "ly", "al",
                            "ous", "ive", "ure", "ment", "ness", "ship", "hood", "ward", "wise", "less", "ful", "ish",
                            "ism", "ist", "ity")] * 1
    old = []
    for index in range(count):
        title = f"{prose(rng, 3, vocabulary)[:-1]} {index + 1}"
        body = "\n\n".join(prose(rng, 45, vocabulary) for _ in range(3)) + "\n\n" + BOILERPLATE
        old.append([title, body])
    new = [list(section) for section in old]
    expected = {"renamed": 0, "removed": 0, "added": 0}
    for index in range(0, count, 10):
        new[index][0] = f"Renamed section {index}"
        paragraphs = new[index][1].split("\n\n")
        paragraphs[1] = prose(rng, 45, vocabulary)
        new[index][1] = "\n\n".join(paragraphs)
        expected["renamed"] += 1
    for index in range(5, count, 5):
        new[index][1] = new[index][1].replace(".", ", reworded.", 1)
    for index in range(3, count - 4, 10):
        new[index], new[index + 4] = new[index + 4], new[index]
    for index in range(count - 7, 0, -20):
        new[index] = [f"Added section {index}", prose(rng, 120, vocabulary)]
        expected["removed"] += 1
        expected["added"] += 1
    return old, new, expected


def markdown(title, sections):
    return f"---\ntitle: {title}\n---\n\n" + "".join(f"# {heading}\n\n{body}\n\n" for heading, body in sections)


def once(command, cwd):
    """The processor time (user and system, the command's and pandoc's) of one run, and what it printed: on
    a machine shared with other work, wall-clock time says more of the others than of the command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, command))} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), result.stdout


def timed(command, cwd, before=lambda: None):
    runs = []
    for _ in range(3):
        before()
        seconds, stdout = once(command, cwd)
        runs.append(seconds)
    return min(runs), stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True, type=Path)
    parser.add_argument("--sections", default="200,400,800,1600")
    parser.add_argument("--work", type=Path)
    options = parser.parse_args()
    work = options.work or Path(tempfile.mkdtemp(prefix="bench-import-update-"))
    binary = options.binary.resolve()
    print("processor seconds (the command's and pandoc's), the least of 3 runs")
    print("sections  import (s)  update --dry-run (s)  update (s)  update's own (ms)  per section (µs)")
    for count in [int(size) for size in options.sections.split(",")]:
        library = work / f"library-{count}"
        shutil.rmtree(library, ignore_errors=True)
        (library / "Content").mkdir(parents=True)
        shutil.copy(ROOT / "Content/vocabulary.yml", library / "Content/vocabulary.yml")
        old, new, expected = versions(count)
        (library / "first.md").write_text(markdown("Generated Policy", old))
        (library / "next.md").write_text(markdown("Generated Policy", new))
        subprocess.run([binary, "import", "first.md", "--id", "generated"], cwd=library, check=True, capture_output=True)
        backup = library / "first-import"
        shutil.copytree(library / "Content/policies/generated", backup)
        plain, _ = timed([binary, "import", "next.md", "--dry-run", "--id", "other"], library)
        dry, report = timed([binary, "import", "next.md", "--update", "generated", "--dry-run"], library)
        for kind, number in expected.items():
            if not re.search(rf"\b{number} {kind}\b", report.split("\n")[0]):
                raise SystemExit(f"{count} sections: expected {number} {kind} in: {report.splitlines()[0]}")
        def restore():
            shutil.rmtree(library / "Content/policies/generated")
            shutil.copytree(backup, library / "Content/policies/generated")

        write, _ = timed([binary, "import", "next.md", "--update", "generated"], library, before=restore)
        own = max(dry - plain, 0)
        print(f"{count:8}  {plain:10.3f}  {dry:20.3f}  {write:10.3f}  {own * 1000:17.1f}  {own / count * 1e6:16.0f}")


if __name__ == "__main__":
    main()
