#!/usr/bin/env bash
# Sets up what is missing, builds PolicyPress, and builds the example school's site into site/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product policypress
.build/release/policypress build "$@"
echo "Open site/index.html in a browser."
