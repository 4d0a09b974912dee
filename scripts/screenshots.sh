#!/usr/bin/env bash
# Renders the example school's index and policy page at desktop and phone widths with headless
# Chromium, into docs/screenshots/ (the README shows them).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
swift build --product policypress
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
.build/debug/policypress build Content/schools/hillcrest-academy --output "$site/site" --today 2026-11-24 >/dev/null
mkdir -p docs/screenshots
shoot() { # page, width, height, name
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$2,$3" --screenshot="docs/screenshots/$4.png" "file://$site/site/$1" 2>/dev/null
}
shoot index.html 1280 760 index-desktop
shoot social-networking.html 1280 1100 policy-desktop
shoot index.html 375 900 index-phone
shoot social-networking.html 375 1100 policy-phone
shoot social-networking-changes.html 1280 1000 changes-desktop
ls -l docs/screenshots
