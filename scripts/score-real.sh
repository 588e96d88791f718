#!/usr/bin/env bash
# Score extraction on a corpus with the independent scorer, tune (odd) and check (even) halves separately.
# usage: scripts/score-real.sh [CORPUS_DIR] [OUT_DIR] [extra score.mjs args…]
# CORPUS_DIR defaults to ../shared/corpus/real; predictions go to OUT_DIR (default /tmp/sitrep-pred-real).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/corpus/real}
OUT=${2:-/tmp/sitrep-pred-$(basename "$CORPUS")}
shift $(( $# > 2 ? 2 : $# )) || true
SCORER=${SCORER:-/work/shared/tools/score.mjs}
mkdir -p "$OUT"
rm -f "$OUT"/*.json
npx tsx src/cli/main.ts extract "$CORPUS/articles" --format jsonl 2>/dev/null | node -e '
const fs = require("fs"); const path = require("path");
const out = process.argv[1];
let buf = ""; process.stdin.on("data", (d) => (buf += d)).on("end", () => {
  for (const line of buf.split("\n")) { if (!line.trim()) continue;
    const j = JSON.parse(line); const name = path.basename(j.document.source).replace(/\.[^.]+$/, "");
    fs.writeFileSync(path.join(out, name + ".json"), line); }
});' "$OUT"
names() { ls "$CORPUS/gold" | sed 's/\.json$//' | awk -v p="$1" '{ n = $0; sub(/.*-/, "", n); if (p == "all" || (n % 2) == p) print $0 }' | paste -sd, -; }
if [ "$CORPUS" = "../shared/corpus/real" ]; then
  for half in tune check; do
    p=1; [ $half = check ] && p=0
    echo "== $half"
    node "$SCORER" --gold "$CORPUS/gold" --articles "$CORPUS/articles" --pred "$OUT" --only "$(names $p)" "$@" | grep -E "TOTAL|actors|sources|^ *(places|events|casualt)" || true
  done
fi
echo "== all"
node "$SCORER" --gold "$CORPUS/gold" --articles "$CORPUS/articles" --pred "$OUT" "$@" | tail -25
