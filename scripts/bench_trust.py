#!/usr/bin/env python3
"""The trust benchmark: one generated corpus, measured side by side in one run.

  - policypress: a full build, a rebuild with nothing changed, a rebuild after one section changed;
  - the cmark-gfm command (with the extensions PolicyPress enables) rendering the same resolved Markdown (the floor for the Markdown work);
  - Hugo building the same resolved Markdown as pages with a minimal layout.

Prints median wall times, ratios and peak memory (maximum resident set size), and the peak memory of full
builds as the number of schools grows. Run it through scripts/bench-trust.sh, which builds and installs
what it needs:
    bash scripts/bench-trust.sh [--schools 100] [--policies 30] [--sections 8] [--runs 3]
"""
import argparse
import pathlib
import shutil
import statistics
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / ".build-bench"
# Every tool writes its output to memory when the machine has a tmpfs at /dev/shm. On a disk without a journal,
# ext4 skips inodes freed in the last minutes when it makes a file, scanning past every one of them: right after
# a run's output is deleted, making 6,400 files took 0.4 s once, then 2.2 s, then 2.7 s as deletions piled up.
# That measures the file system's history, not the tools, and it falls unevenly on them.
OUT = pathlib.Path("/dev/shm/policypress-bench") if pathlib.Path("/dev/shm").is_dir() else WORK
POLICYPRESS = ROOT / ".build/release/policypress"
BENCH = ROOT / ".build/release/policypress-bench"
TODAY = "2026-11-24"


def timed(command, cwd):
    """Runs a command under GNU time; returns (wall seconds, peak kilobytes, CPU seconds of user and system)."""
    run = subprocess.run(
        ["/usr/bin/time", "-f", "%e %M %U %S", *command], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    last = run.stderr.strip().splitlines()[-1]
    if run.returncode != 0:
        sys.exit(f"failed: {' '.join(map(str, command))}\n{run.stderr}")
    seconds, kilobytes, user, system = last.split()
    return float(seconds), int(kilobytes), float(user) + float(system)


def generate(schools, policies, sections):
    corpus = WORK / f"corpus-{schools}"
    if not corpus.exists():
        subprocess.run(
            [BENCH, "generate", corpus, "--schools", str(schools), "--policies", str(policies), "--sections", str(sections)],
            cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        )
    return corpus


def export(corpus):
    markdown = WORK / "markdown"
    shutil.rmtree(markdown, ignore_errors=True)
    subprocess.run([BENCH, "export", corpus, markdown], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    combined = WORK / "all.md"
    with combined.open("wb") as out:
        for file in sorted(markdown.rglob("*.md")):
            out.write(file.read_bytes())
            out.write(b"\n")
    return markdown, combined


def hugo_site(markdown):
    site = WORK / "hugo"
    shutil.rmtree(site, ignore_errors=True)
    (site / "layouts/_default").mkdir(parents=True)
    (site / "config.toml").write_text(
        'baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
    )
    page = '<!DOCTYPE html><html lang="en-GB"><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>\n'
    (site / "layouts/_default/single.html").write_text(page)
    (site / "layouts/_default/list.html").write_text(page)
    for file in sorted(markdown.rglob("*.md")):
        target = site / "content" / file.relative_to(markdown)
        target.parent.mkdir(parents=True, exist_ok=True)
        text = file.read_text()
        title = text.splitlines()[0].lstrip("# ")
        target.write_text(f'---\ntitle: "{title}"\n---\n{text}')
    return site


def median_run(command, cwd, runs, before=None):
    results = []
    for _ in range(runs):
        if before:
            before()
        results.append(timed(command, cwd))
    return statistics.median(r[0] for r in results), max(r[1] for r in results), statistics.median(r[2] for r in results)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schools", type=int, default=100)
    parser.add_argument("--policies", type=int, default=30)
    parser.add_argument("--sections", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    WORK.mkdir(exist_ok=True)

    corpus = generate(options.schools, options.policies, options.sections)
    markdown, combined = export(corpus)
    hugo = hugo_site(markdown)
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / "site"
    build = [POLICYPRESS, "build", "Content/schools", "--output", out, "--today", TODAY]
    section = corpus / "Content/policies/policy-01/01-section.md"
    original = section.read_text()
    flip = {"changed": False}

    def change_one_section():
        flip["changed"] = not flip["changed"]
        section.write_text(original + ("\nOne more sentence.\n" if flip["changed"] else ""))

    figures = {}
    figures["full build"] = median_run(build, corpus, options.runs, before=lambda: shutil.rmtree(out, ignore_errors=True))
    figures["rebuild, nothing changed"] = median_run(build, corpus, options.runs)
    figures["rebuild, one section changed"] = median_run(build, corpus, options.runs, before=change_one_section)
    section.write_text(original)
    subprocess.run(build, cwd=corpus, check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(OUT / "hugo-public", ignore_errors=True)
    figures["cmark, same Markdown"] = median_run(["cmark-gfm", "-e", "footnotes", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", combined], ROOT, options.runs)
    figures["hugo, same Markdown"] = median_run(
        ["hugo", "--quiet", "-s", hugo, "-d", OUT / "hugo-public"], ROOT, options.runs,
        before=lambda: shutil.rmtree(OUT / "hugo-public", ignore_errors=True),
    )

    size = combined.stat().st_size / 1e6
    print(f"Corpus: {options.schools} schools × {options.policies} policies × {options.sections} sections "
          f"= {options.schools * options.policies} editions, {size:.1f} MB of resolved Markdown; median of {options.runs} runs; "
          f"outputs in {OUT}")
    full = figures["full build"][0]
    cmark = figures["cmark, same Markdown"][0]
    hugo_time = figures["hugo, same Markdown"][0]
    for name, (seconds, kilobytes, cpu) in figures.items():
        print(f"  {name:30} {seconds:7.2f} s   CPU {cpu:6.2f} s   peak {kilobytes / 1024:7.1f} MB")
    print(f"  full build / cmark            {full / cmark:7.2f} ×   (target ≤ 3)")
    print(f"  full build / hugo             {full / hugo_time:7.2f} ×   (target ≤ 0.5: twice as fast)")
    print(f"  no-change rebuild / full      {figures['rebuild, nothing changed'][0] / full * 100:7.1f} %   (target ≤ 5 %)")
    cpu = {name: figure[2] for name, figure in figures.items()}
    print(f"  CPU: full build / cmark       {cpu['full build'] / cpu['cmark, same Markdown']:7.2f} ×   "
          f"full build / hugo {cpu['full build'] / cpu['hugo, same Markdown']:5.2f} ×   (for reference: the machine's cores are shared)")

    print("Peak memory of a full build as the trust grows:")
    for schools in sorted({max(1, options.schools // 4), max(1, options.schools // 2), options.schools}):
        grown = generate(schools, options.policies, options.sections)
        target = OUT / f"site-{schools}"
        shutil.rmtree(target, ignore_errors=True)
        seconds, kilobytes, _ = timed([POLICYPRESS, "build", "Content/schools", "--output", target, "--today", TODAY], grown)
        print(f"  {schools:4} schools   {seconds:6.2f} s   peak {kilobytes / 1024:6.1f} MB")
        shutil.rmtree(target, ignore_errors=True)
    if OUT != WORK:
        shutil.rmtree(OUT, ignore_errors=True)


if __name__ == "__main__":
    main()
