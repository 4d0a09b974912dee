#!/usr/bin/env python3
"""The diff benchmark of issue 13 (parts 3 and 5); run by scripts/bench.sh, which builds the release binary.

    python3 scripts/bench_diff.py [--binary PATH] [--seed N] [--timeout SECONDS] [--work DIR]

1. Speed: writes, from a fixed seed, two pairs of editions made of the sentences of the revision corpus
   (Tests/PolicyPressKitTests/Fixtures/revisions/_base):
     - a ~2 MB edition of many sections, and a copy with every paragraph and list item rewritten (a few
       words changed in each, one in six rewritten whole);
     - one section of 800 paragraphs, and a copy with all of them rewritten the same way.
   Times `policypress diff POLICY SCHOOL --from old.md --to new.md --format text` and `wdiff` on the same
   texts (the plain words, as scripts/wdiff_agreement.py gives them), with GNU time: seconds and peak
   memory, ours against wdiff's, and the targets (under 2 s, within 5 × wdiff, under 200 MB). Our runs
   stop after --timeout seconds and say so.
2. Marking: the figures of the revision corpus against wdiff (scripts/wdiff_agreement.py).
"""
import argparse
import random
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ left in scripts/
import wdiff_agreement as agreement  # noqa: E402

TARGET_SECONDS, TARGET_RATIO, TARGET_MB = 2.0, 5.0, 200


class Prose:
    """Sentences and words of the corpus's policies, drawn from a seeded generator."""

    def __init__(self, seed):
        self.random = random.Random(seed)
        text = "\n".join(path.read_text() for path in sorted((agreement.CORPUS / "_base").glob("*.md")))
        prose = [line for line in text.splitlines() if line and not line.startswith(("#", "|", "-")) and not re.match(r"\d+\. ", line)]
        self.sentences = [s.strip() for line in prose for s in re.split(r"(?<=\.) (?=[A-Z])", line) if len(s.split()) > 4]
        self.words = sorted({word for sentence in self.sentences for word in sentence.split()})
        self.titles = sorted({line[3:] for line in text.splitlines() if line.startswith("## ")})

    def paragraph(self, low=2, high=6):
        return " ".join(self.random.choice(self.sentences) for _ in range(self.random.randint(low, high)))

    def rewritten(self, paragraph, whole=1 / 6):
        """The paragraph with a few words replaced, added or taken out, or now and then a new one."""
        if self.random.random() < whole:
            return self.paragraph()
        words = paragraph.split()
        for _ in range(self.random.randint(1, 4)):
            at = self.random.randrange(len(words))
            action = self.random.choice(("replace", "replace", "insert", "delete"))
            if action == "replace":
                words[at] = self.random.choice(self.words)
            elif action == "insert":
                words.insert(at, self.random.choice(self.words))
            elif len(words) > 3:
                del words[at]
        return " ".join(words)


def large_edition(prose, size):
    """(old, new) Markdown of about `size` bytes: sections of paragraphs and a list, every block rewritten."""
    old, new, number = ["# Policies of Oakfield Primary School"], ["# Policies of Oakfield Primary School"], 0
    while sum(len(part) + 2 for part in old) < size:
        number += 1
        heading = f"## {prose.random.choice(prose.titles)} ({number})"
        old.append(heading)
        new.append(heading)
        for _ in range(prose.random.randint(6, 14)):
            paragraph = prose.paragraph()
            old.append(paragraph)
            new.append(prose.rewritten(paragraph))
        items = [prose.paragraph(1, 1) for _ in range(4)]
        old.append("\n".join("- " + item for item in items))
        new.append("\n".join("- " + prose.rewritten(item) for item in items))
    return "\n\n".join(old) + "\n", "\n\n".join(new) + "\n"


def long_section(prose, paragraphs):
    """(old, new): one section of `paragraphs` paragraphs, all of them rewritten."""
    old = [prose.paragraph() for _ in range(paragraphs)]
    new = [prose.rewritten(paragraph) for paragraph in old]
    head = "# Child Protection Procedures\n\n## Procedures\n\n"
    return head + "\n\n".join(old) + "\n", head + "\n\n".join(new) + "\n"


def timed(arguments, cwd, timeout=None, runs=3):
    """(median seconds, peak MB) of `runs` runs, or (None, peak MB) when a run did not finish in `timeout`."""
    seconds, megabytes = [], []
    with tempfile.NamedTemporaryFile("r") as report:
        for _ in range(runs):
            limit = ["timeout", str(timeout)] if timeout else []
            result = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", report.name] + limit + arguments,
                                    cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            report.seek(0)
            figures = report.read().split()[-2:]
            elapsed, kilobytes = float(figures[0]), int(figures[1])
            megabytes.append(kilobytes / 1024)
            if result.returncode == 124:
                return None, max(megabytes)
            if result.returncode not in (0, 1):
                sys.exit(f"bench_diff: {' '.join(arguments)} failed ({result.returncode}): {result.stderr}")
            seconds.append(elapsed)
            if elapsed > 10:
                break  # one slow run says enough
    return statistics.median(seconds), max(megabytes)


def speed(name, folder, old_text, new_text, options):
    folder.mkdir(parents=True, exist_ok=True)
    old, new = folder / "old.md", folder / "new.md"
    old.write_text(old_text)
    new.write_text(new_text)
    for side in ("old", "new"):
        plain = agreement.plain_words(agreement.rendered(options.binary, folder / f"{side}.md", "text", options.root))
        (folder / f"{side}.txt").write_text(plain)
    ours = timed([options.binary, "diff", agreement.POLICY, agreement.SCHOOL, "--from", str(old), "--to", str(new),
                  "--format", "text", "--today", "2026-11-24"], options.root, options.timeout)
    theirs = timed(["wdiff", str(folder / "old.txt"), str(folder / "new.txt")], folder)
    words = len(old_text.split())
    print(f"{name}: {len(old_text) / 1e6:.2f} MB, {words} words, {old_text.count(chr(10) * 2)} blocks")
    if ours[0] is None:
        print(f"  policypress diff  did not finish in {options.timeout} s (peak {ours[1]:.0f} MB)        NOT MET")
    else:
        ratio = ours[0] / max(theirs[0], 0.01)
        missed = [what for what, met in (("time", ours[0] < TARGET_SECONDS), ("ratio", ratio <= TARGET_RATIO),
                                         ("memory", ours[1] < TARGET_MB)) if not met]
        print(f"  policypress diff  {ours[0]:7.2f} s  {ours[1]:6.0f} MB   {ratio:5.1f} × wdiff's time   "
              + (f"NOT MET ({', '.join(missed)})" if missed else "met"))
    print(f"  wdiff             {theirs[0]:7.2f} s  {theirs[1]:6.0f} MB")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=str(agreement.PACKAGE / ".build/release/policypress"))
    parser.add_argument("--root", default=str(agreement.PACKAGE), help="where to run the diff: a folder holding Content/")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--timeout", type=int, default=120)
    parser.add_argument("--work", default=str(agreement.PACKAGE / ".build/bench-diff"))
    options = parser.parse_args()
    options.binary = str(Path(options.binary).resolve())

    print(f"Speed (targets: each under {TARGET_SECONDS:g} s, within {TARGET_RATIO:g} × wdiff's time, under {TARGET_MB} MB)")
    prose = Prose(options.seed)
    work = Path(options.work).resolve()
    speed("2 MB edition, every paragraph rewritten", work / "edition-2mb", *large_edition(prose, 2_000_000), options)
    speed("one section of 800 paragraphs, all rewritten", work / "section-800", *long_section(prose, 800), options)

    print("\nWords marked against wdiff on the revision corpus (worst first)")
    rows = [agreement.measure(folder, options.binary, options.root) for folder in agreement.pairs()]
    print(agreement.table(rows))


if __name__ == "__main__":
    main()
