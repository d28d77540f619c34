#!/usr/bin/env bash
# `npm test`: everything from a fresh clone after `npm ci`. Installs the Debian packages the
# tests need, builds the site twice (at the root, and under /handboek/ for the hosting tests),
# each with its booklets (the build makes them), then runs every vitest project (unit, build,
# site, browser) while types and a third build (byte-identical to the first?) are checked
# beside it. Formatting and lint need no build, so they run beside the two builds.
#
# Why this order: both cores stay busy from start to end. Much of a browser or build test
# waits on Chromium, nginx or astro, so the checks run in the time vitest leaves free; type
# generation (astro check) waits for the builds, which write the same .astro/ files. Each
# step's output goes to tmp/test-logs/<step>.log and is shown when it fails; vitest prints
# its own. The closing line gives the counts; the line before it the time.
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

# in_parallel <function…>: runs each function in the background; fails if any failed.
in_parallel() {
  local pids=() failed=0
  for lane in "$@"; do
    "$lane" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
  return $failed
}

build_root() { step build npm run build; }
build_sub() {
  SITE_URL=https://handboek.example BASE_PATH=/handboek/ OUT_DIR=dist-sub CACHE_DIR=node_modules/.astro-sub \
    step build-sub npm run build
}
checks() {
  step types npx astro check --minimumSeverity error &&
    DETERMINISM_REFERENCE=dist DETERMINISM_BOOKLETS=1 step determinism bash scripts/check-determinism.sh
}
run_vitest() {
  npx vitest run --reporter=default --reporter=json --outputFile.json=tmp/vitest-report.json "$@"
}

step lint npm run lint &
lint_pid=$!
if ! in_parallel build_root build_sub; then
  wait $lint_pid || true
  echo "test: stopped before vitest, after $(($(date +%s) - started)) s" >&2
  exit 1
fi

status=0
checks &
checks_pid=$!
run_vitest "$@" || status=$?
wait $checks_pid || status=1
wait $lint_pid || status=1
# The time, then one plain closing line for CI, alone on its line: "N passed, N failed".
elapsed=$(($(date +%s) - started))
echo "test: npm test took $elapsed s"
# The same figures in tmp/test-time.json, for `npm run bench`.
ELAPSED=$elapsed node -e '
  const r = require("./tmp/vitest-report.json");
  const time = { seconds: +process.env.ELAPSED, passed: r.numPassedTests, failed: r.numFailedTests,
    cores: require("node:os").availableParallelism(), date: new Date().toISOString() };
  require("node:fs").writeFileSync("tmp/test-time.json", JSON.stringify(time) + "\n");
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`);' ||
  echo "test: no vitest report"
exit $status
