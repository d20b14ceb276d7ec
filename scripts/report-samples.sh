#!/usr/bin/env bash
# Sets up a fresh machine and runs the main job: code the shipped sample triages with the
# default lexicon and print the assessment-versus-closure report. Arguments, if given,
# are passed to `triage` instead (e.g. `scripts/report-samples.sh report X.csv --format html --out r.html`).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-deps.sh
swift build -c release --product triage
if [ $# -eq 0 ]; then
  set -- report Samples/table1-triages.csv
fi
.build/release/triage "$@"
