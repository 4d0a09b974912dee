#!/usr/bin/env bash
# Builds the benchmarks in release mode and prints their figures. Not part of the tests.
#   bash scripts/bench.sh                 diff two editions of 200 sections, then the diff benchmark below
#   bash scripts/bench.sh --sections 400  the same with 400
# The diff benchmark (scripts/bench_diff.py, issue 13): `policypress diff` against wdiff, time and peak
# memory, on a ~2 MB edition with every paragraph rewritten and on one section of 800 rewritten
# paragraphs (each run stopped after 120 s); then the words marked against wdiff's on the revision corpus
# (Tests/PolicyPressKitTests/Fixtures/revisions). Then the changes page of a draft that grows by 500 to
# 4,000 paragraphs (scripts/bench_changes.py): each change put down to its layer, time against size. Then
# the import benchmark (scripts/bench_import.py, issue
# 16): pandoc's time beside the import's own clean-up on Word models of growing size, and `import --update`
# on models of 200 to 1,600 sections (scripts/bench_import_update.py, issue 26). Then `build --pdf`
# (scripts/bench_pdf_build.py, issue 17): a school of 30 policies and a trust of 100 schools rebuilt after
# one section changed, beside the same builds without PDFs (the trust's first build prints 3,000 PDFs: about
# a minute with Typst; BENCH_PDF_POLICIES=5 makes it shorter). Then PDF import (scripts/bench_pdf_import.py,
# issue 26): policies of 1 to 160 pages printed by Chromium, imported beside pdftotext on the same files (it
# needs qpdf to cut them to size). BENCH_SCRATCH_PATH builds elsewhere than .build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
if [ ! -x /usr/bin/time ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends time >/dev/null
fi
scratch="${BENCH_SCRATCH_PATH:-.build}"
swift build -c release --scratch-path "$scratch" --product policypress-bench
swift build -c release --scratch-path "$scratch" --product policypress
"$scratch/release/policypress-bench" "$@"
echo
python3 scripts/bench_diff.py --binary "$scratch/release/policypress" --work "$scratch/bench-diff"
echo
python3 scripts/bench_changes.py --binary "$scratch/release/policypress" --work "$scratch/bench-changes"
echo
python3 scripts/bench_import.py --binary "$scratch/release/policypress" --bench "$scratch/release/policypress-bench" --work "$scratch/bench-import"
echo
python3 scripts/bench_import_update.py --binary "$scratch/release/policypress" --work "$scratch/bench-import-update"
echo
python3 scripts/bench_pdf_build.py --binary "$scratch/release/policypress" --bench "$scratch/release/policypress-bench" --work "$scratch/bench-pdf-build" --policies "${BENCH_PDF_POLICIES:-30}"
echo
python3 scripts/bench_pdf_import.py --binary "$scratch/release/policypress" --work "$scratch/bench-pdf-import"
