#!/usr/bin/env bash
# Sets up what is missing and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
# A short run of every fuzz target first (scripts/fuzz.sh runs them for longer); the tests' summary comes last.
bash scripts/fuzz.sh 10
# The layout the repository's .swift-format sets: a finding fails the run.
swift format lint --strict -r Sources Tests Package.swift
swift build --build-tests
swift test --skip-build
