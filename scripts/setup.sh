#!/usr/bin/env bash
# Installs what PolicyPress needs to build and test, when it is missing: libcmark-dev and pkg-config
# to build; the cmark and wdiff commands, whose output the tests compare against.
set -euo pipefail

packages=(libcmark-dev pkg-config cmark wdiff)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v swift >/dev/null || { echo "Swift is not installed: install it from swift.org first." >&2; exit 1; }
