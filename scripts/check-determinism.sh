#!/usr/bin/env bash
# Two builds of the same commit must give byte-identical files (site + search index), so a
# host can tell what really changed and a deploy never ships a diff of noise.
#
#   bash scripts/check-determinism.sh            # or: npm test, which runs it after the builds
#
# Builds twice with `npm run build`, each into its own temporary OUT_DIR with its own empty
# CACHE_DIR (so nothing is reused between them), then compares the sha256 of every file.
# Exit 0 when identical; 1 with the files that differ or exist in only one build.
# Set DETERMINISM_BASE_PATH=/handboek/ to check a sub-path build instead of the root, and
# DETERMINISM_BOOKLETS=1 to render the PDF booklets into both builds too (needs Chromium).
# DETERMINISM_REFERENCE=dist compares one new build with a build that is already there (made
# with the same BASE_PATH, booklets included when DETERMINISM_BOOKLETS=1): `npm test` does
# that, so the check costs one build, not two. The reference may have used a warm cache; the
# new build never does, so a cache that changes the output is caught as well.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d "${TMPDIR:-/tmp}/handboek-determinism.XXXXXX")"
trap 'rm -rf "$work"' EXIT

reference="${DETERMINISM_REFERENCE:-}"
if [ -n "$reference" ]; then
  [ -f "$reference/index.html" ] || {
    echo "check-determinism: $reference/index.html ontbreekt; bouw eerst (npm run build)" >&2
    exit 1
  }
  (cd "$reference" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) >"$work/sums-1"
fi

for n in 1 2; do
  [ -n "$reference" ] && [ "$n" = 1 ] && continue
  if ! BASE_PATH="${DETERMINISM_BASE_PATH:-/}" OUT_DIR="$work/build-$n" CACHE_DIR="$work/cache-$n" \
      npm run build >"$work/log-$n" 2>&1; then
    cat "$work/log-$n" >&2
    echo "check-determinism: build $n failed (log above)" >&2
    exit 1
  fi
  if [ "${DETERMINISM_BOOKLETS:-0}" = 1 ] && ! BASE_PATH="${DETERMINISM_BASE_PATH:-/}" OUT_DIR="$work/build-$n" \
      npm run booklets >>"$work/log-$n" 2>&1; then
    cat "$work/log-$n" >&2
    echo "check-determinism: booklets $n failed (log above)" >&2
    exit 1
  fi
  # "<sha256>  <path>" for every file, sorted by path, so the two lists line up.
  (cd "$work/build-$n" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) >"$work/sums-$n"
done

files=$(wc -l <"$work/sums-1")
if cmp -s "$work/sums-1" "$work/sums-2"; then
  echo "check-determinism: 2 builds${reference:+ ($reference and a new one)}, $files files, byte-identical."
  exit 0
fi

echo "check-determinism: the two builds differ. Files (path, sha256 of build 1 → build 2):" >&2
join -1 2 -2 2 -a 1 -a 2 -e '(ontbreekt)' -o 0,1.1,2.1 \
  <(sort -k2 "$work/sums-1") <(sort -k2 "$work/sums-2") |
  awk '$2 != $3 { printf "  %s  %.12s → %.12s\n", $1, $2, $3 }' >&2
echo "Fix: look for dates, random ids, absolute paths or unordered lists (Object/Set/readdir order) in what writes these files." >&2
exit 1
