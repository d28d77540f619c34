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
# its own. The closing line gives the counts (scripts/lib/test-summary.mjs: a test file that
# fails to load and a failed step count as failed too); the line before it the time.
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
    echo "$name" >>"$logs/failed-steps"
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

# summary <vitest exit code>: the time, then the closing line "N passed, M failed" (exit 1 when M > 0).
summary() {
  local elapsed=$(($(date +%s) - started)) failed_steps=()
  echo "test: npm test took $elapsed s"
  [[ -f $logs/failed-steps ]] && mapfile -t failed_steps <"$logs/failed-steps"
  # The same figures go to tmp/test-time.json, for `npm run bench`.
  ELAPSED=$elapsed node scripts/lib/test-summary.mjs tmp/vitest-report.json "$1" "${failed_steps[@]}"
}

rm -f tmp/vitest-report.json
step lint npm run lint &
lint_pid=$!
if ! in_parallel build_root build_sub; then
  wait $lint_pid || true
  echo "test: stopped before vitest" >&2
  summary 1
  exit 1
fi

status=0
checks &
checks_pid=$!
run_vitest "$@" || status=$?
wait $checks_pid || true
wait $lint_pid || true
summary "$status"
