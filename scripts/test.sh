#!/usr/bin/env bash
# `npm test`: everything from a fresh clone after `npm ci`. Installs the Debian packages the
# tests need, builds the site twice (at the root, and under /handboek/ for the hosting tests),
# renders the booklets, then runs every vitest project (unit, site, browser).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
npm run lint
npx astro check --minimumSeverity error
npm run build
npm run booklets
# The sub-path build also has a known address (SITE_URL), for canonical links and the sitemap.
SITE_URL=https://handboek.example BASE_PATH=/handboek/ OUT_DIR=dist-sub CACHE_DIR=node_modules/.astro-sub npm run build
SITE_URL=https://handboek.example BASE_PATH=/handboek/ OUT_DIR=dist-sub npm run booklets
# Two more builds in temporary folders must be byte-identical (site, search index, PDFs).
DETERMINISM_BOOKLETS=1 bash scripts/check-determinism.sh
mkdir -p tmp
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=tmp/vitest-report.json "$@" || status=$?
# One plain closing line for CI: "N passed, N failed".
node -e 'const r=require("./tmp/vitest-report.json");console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`)' || true
exit $status
