#!/usr/bin/env bash
# Fuzzes PolicyPress with libFuzzer: builds policypress-fuzz with -sanitize=fuzzer,address and runs each
# target for a chosen time, starting from the seeds in Tests/PolicyPressKitTests/Fixtures/fuzz/TARGET.
# A crash is saved as .build-fuzz/findings/TARGET/crash-…; replay it with a normal build:
#     swift run policypress-fuzz TARGET FILE
#   bash scripts/fuzz.sh                     every target for 120 seconds
#   bash scripts/fuzz.sh 600 resolver diff   the named targets for 600 seconds each
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(front-matter resolver text-writer register diff import)
bash scripts/setup.sh
swift build -c release --scratch-path .build-fuzz --product policypress-fuzz \
  -Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
  -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
for target in "${targets[@]}"; do
  corpus=.build-fuzz/corpus/$target
  findings=.build-fuzz/findings/$target
  mkdir -p "$corpus" "$findings"
  echo "== $target for ${seconds}s"
  FUZZ_TARGET=$target .build-fuzz/release/policypress-fuzz "$corpus" "Tests/PolicyPressKitTests/Fixtures/fuzz/$target" \
    -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$findings/" \
    -print_final_stats=1 2>&1 | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|Done|==[0-9]+==ERROR|SUMMARY)|deadly signal|Fatal error|Test unit written" || true
  if ls "$findings" | grep -q .; then echo "findings for $target in $findings"; exit 1; fi
done
echo "no findings"
