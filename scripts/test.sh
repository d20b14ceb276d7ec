#!/usr/bin/env bash
# Sets up a fresh machine and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-deps.sh
swift build --build-tests
swift test --skip-build
