#!/usr/bin/env bash
# Renders the HTML report of a sample to a PNG (and an A4 PDF) with Debian's headless
# Chromium, to look at the page as a reader would.
#
#   scripts/screenshot-report.sh [INPUT.csv] [OUT_DIR] [-- extra triage report options]
#
# Defaults: Samples/table1-triages.csv into out/. Writes OUT_DIR/report.html,
# OUT_DIR/report.png (1200 px wide, full page) and OUT_DIR/report.pdf (A4, as printed).
set -euo pipefail
cd "$(dirname "$0")/.."

input="${1:-Samples/table1-triages.csv}"
outdir="${2:-out}"
shift $(( $# > 2 ? 2 : $# ))
[ "${1:-}" = "--" ] && shift

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium (headless rendering)…" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -qq chromium >/dev/null 2>&1 || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null; }
fi

scratch="${SCRATCH_PATH:-.build}"
swift build --scratch-path "$scratch" --product triage >&2
triage="$(swift build --scratch-path "$scratch" --show-bin-path)/triage"

mkdir -p "$outdir"
html="$outdir/report.html"
"$triage" report "$input" --lexicon Lexicons/early-help.yaml --format html --out "$html" "$@"

# Chromium wants absolute file URLs and a writable profile; the page itself fetches nothing.
page="file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" --no-first-run
       --disable-extensions --force-device-scale-factor=1)

# A tall window so the whole page fits in one PNG.
chromium "${flags[@]}" --window-size=1200,5200 --screenshot="$outdir/report.png" "$page" >/dev/null 2>&1
chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$outdir/report.pdf" "$page" >/dev/null 2>&1
echo "$html"
echo "$outdir/report.png"
echo "$outdir/report.pdf"
