#!/usr/bin/env bash
# Builds the corpora of the whole-process timings in BENCHMARKS.md (issue 14):
#   OUT/seeds-1000, OUT/seeds-10000   paragraphs of the embedded briefing's articles
#   OUT/names-1000, OUT/names-10000   gen-corpus's name-rich articles
# and OUT/<series>.lines (every paragraph once per line, for fzf / rg).
# Usage: examples/perf-corpora.sh [OUT] [SIZES...]   (default: /tmp/brief-corpora 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/brief-corpora}
shift || true
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
cargo build --release --example gen-corpus
gen=target/release/examples/gen-corpus
mkdir -p "$out"
for n in "${sizes[@]}"; do
  rm -rf "$out/seeds-$n" "$out/names-$n"
  "$gen" --seeds briefings/north-korea-russia "$n" "$out/seeds-$n" "$out/seeds-$n.lines"
  "$gen" "$n" "$out/names-$n" "$out/names-$n.lines"
done
