#!/usr/bin/env bash
# Sets up a fresh machine and runs the main job: code the shipped sample narratives
# with the default lexicon and evaluate them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-deps.sh
swift build -c release --product triage
.build/release/triage "$@"
