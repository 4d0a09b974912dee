#!/usr/bin/env bash
# The trust benchmark (not a test): builds PolicyPress in release mode, installs Hugo and GNU time when
# missing, generates a synthetic trust and prints times, ratios and peak memory. See scripts/bench_trust.py.
#   bash scripts/bench-trust.sh                      100 schools × 30 policies × 8 sections
#   bash scripts/bench-trust.sh --schools 20 --runs 1
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
missing=()
command -v hugo >/dev/null || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
swift build -c release --product policypress
swift build -c release --product policypress-bench
python3 scripts/bench_trust.py "$@"
