#!/usr/bin/env bash
# Benchmark: `triage code` CSV → CSV on the peers' synthetic corpus, at several lexicon
# sizes, on one process. Prints narratives/s, MB/s and peak RSS per run (median of REPS).
#
#   scripts/bench.sh [N=100000] [REPS=3]
#
# Needs python3 and ../shared/peers/gen_corpus.py (the corpus generator the peers use).
# Lexicon sizes: 100, 500, 5,000 (the peers' lists) and 10,000 (5,000 + 5,000 generated
# terms that never occur), so cost against lexicon size shows directly.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
REPS=${2:-3}
PEERS=${PEERS_DIR:-../shared/peers}
WORK=${BENCH_WORK:-${TMPDIR:-/tmp}/triage-bench}
mkdir -p "$WORK"
swift build -c release --product triage >/dev/null
BIN=.build/release/triage
if [ ! -f "$WORK/corpus/narratives_N$N.csv" ]; then
  python3 "$PEERS/gen_corpus.py" --n "$N" --outdir "$WORK/corpus" >/dev/null
fi
sed '1s/^id,narrative/narrative_id,narrative/' "$WORK/corpus/narratives_N$N.csv" > "$WORK/input.csv"
head -n 100 "$WORK/corpus/lexicon_K500.tsv" > "$WORK/lexicon_K100.tsv"
cp "$WORK/corpus/lexicon_K500.tsv" "$WORK/corpus/lexicon_K5000.tsv" "$WORK/"
{ cat "$WORK/corpus/lexicon_K5000.tsv"; for i in $(seq 1 5000); do printf 'FIN\tzzq%05d unused phrase\n' "$i"; done; } > "$WORK/lexicon_K10000.tsv"
BYTES=$(stat -c %s "$WORK/input.csv")
printf '%-8s %12s %10s %10s %12s\n' "terms" "narr/s" "MB/s" "peak MB" "codes md5"
for K in 100 500 5000 10000; do
  times=()
  for r in $(seq 1 "$REPS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$BIN" code "$WORK/input.csv" --lexicon "$WORK/lexicon_K$K.tsv" --out "$WORK/out_K$K.csv" 2>/dev/null
    times+=("$(cat "$WORK/time.txt")")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk -v n="$REPS" 'NR==int((n+1)/2)')
  secs=${median% *}; kb=${median#* }
  md5=$(cut -d, -f1,7,8 "$WORK/out_K$K.csv" | md5sum | cut -c1-10)
  awk -v k="$K" -v n="$N" -v s="$secs" -v b="$BYTES" -v kb="$kb" -v m="$md5" \
    'BEGIN { printf "%-8s %12.0f %10.1f %10.0f %12s\n", k, n/s, b/s/1e6, kb/1024, m }'
done
if [ -f "${PEERS_WORK:-/tmp/peers-kit}/results/results.md" ]; then
  echo; echo "Peers (from ${PEERS_WORK:-/tmp/peers-kit}/results/results.md):"; cat "${PEERS_WORK:-/tmp/peers-kit}/results/results.md"
fi
