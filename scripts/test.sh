#!/usr/bin/env bash
# `npm test`: everything from a fresh clone after `npm ci`. Installs the Debian packages the
# tests need, checks formatting, lint and types, builds the site twice (at the root, and under
# /handboek/ for the hosting tests) with their booklets, checks that a third build is
# byte-identical to the first, then runs every vitest project (unit, build, site, browser).
#
# Two lanes run side by side, because each step mostly waits on one core (Astro's build,
# Chromium printing, tsc): the root lane builds dist/ and then checks determinism against it
# (so that check needs one extra build, not two); the other lane lints, type-checks and builds
# dist-sub/. Each step's output goes to tmp/test-logs/<step>.log and is shown when it fails.
# The closing line gives the counts and the time.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
logs=tmp/test-logs
rm -rf "$logs" && mkdir -p "$logs"

bash scripts/system-deps.sh

# step <name> <command…>: runs a command with its output in the log, prints its time.
step() {
  local name=$1 t0=$SECONDS
  shift
  if "$@" >"$logs/$name.log" 2>&1; then
    echo "test: $name ($((SECONDS - t0)) s)"
  else
    cat "$logs/$name.log" >&2
    echo "test: $name failed after $((SECONDS - t0)) s (log above, also in $logs/$name.log)" >&2
    return 1
  fi
}

root_lane() {
  step build npm run build &&
    step booklets npm run booklets &&
    DETERMINISM_REFERENCE=dist DETERMINISM_BOOKLETS=1 step determinism bash scripts/check-determinism.sh
}

sub_lane() {
  step lint npm run lint &&
    step types npx astro check --minimumSeverity error &&
    SITE_URL=https://handboek.example BASE_PATH=/handboek/ OUT_DIR=dist-sub CACHE_DIR=node_modules/.astro-sub \
      step build-sub npm run build &&
    SITE_URL=https://handboek.example BASE_PATH=/handboek/ OUT_DIR=dist-sub step booklets-sub npm run booklets
}

root_lane &
root_pid=$!
sub_lane &
sub_pid=$!
lanes=0
wait $root_pid || lanes=1
wait $sub_pid || lanes=1
if [ $lanes -ne 0 ]; then
  echo "test: stopped before vitest, after $(($(date +%s) - started)) s" >&2
  exit 1
fi

status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=tmp/vitest-report.json "$@" || status=$?
# The time, then one plain closing line for CI, alone on its line: "N passed, N failed".
elapsed=$(($(date +%s) - started))
echo "test: npm test took $elapsed s"
node -e 'const r=require("./tmp/vitest-report.json");console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`)' ||
  echo "test: no vitest report"
exit $status
