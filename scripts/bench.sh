#!/usr/bin/env bash
# Builds the benchmarks in release mode and prints their figures. Not part of the tests.
#   bash scripts/bench.sh                 diff two editions of 200 sections
#   bash scripts/bench.sh --sections 400  the same with 400
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
swift build -c release --product policypress-bench
.build/release/policypress-bench "$@"
