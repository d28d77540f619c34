/**
 * The closing line of `npm test`: "N passed, M failed", and the exit code that goes with it.
 * Vitest's own count (numFailedTests) leaves out a test file that fails to load or whose
 * hooks fail (a missing import, an error at the top of the file, a server that never came
 * up in beforeAll): such a file has no failed test, only a failed file. Those count here, one
 * each, and so do the steps beside vitest (lint, types, determinism) and a vitest run that
 * stopped without a report or with an error outside any test.
 *
 *   node scripts/lib/test-summary.mjs <report.json> <vitest exit code> [failed step…]
 *
 * Prints what failed (stderr), then the closing line (stdout); writes tmp/test-time.json when
 * ELAPSED is set (for `npm run bench`); exits 1 when anything failed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';

/**
 * @param {any} report Vitest's JSON report, or undefined when there is none
 * @param {number} vitestStatus vitest's exit code
 * @param {string[]} failedSteps the steps beside vitest that failed
 * @returns {{ passed: number, failed: number, reasons: string[] }}
 */
export function summarize(report, vitestStatus, failedSteps = []) {
  const reasons = failedSteps.map((step) => `stap mislukt: ${step} (zie tmp/test-logs/${step}.log)`);
  if (!report) {
    reasons.push(`vitest schreef geen rapport (code ${vitestStatus})`);
    return { passed: 0, failed: reasons.length, reasons };
  }
  // A file that failed while none of its tests did: it did not load, or a hook failed.
  const brokenFiles = (report.testResults ?? []).filter(
    (/** @type {any} */ file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((/** @type {any} */ t) => t.status === 'failed'),
  );
  for (const file of brokenFiles)
    reasons.push(
      `testbestand mislukt buiten een test: ${file.name}: ${String(file.message ?? '').split('\n')[0]}`,
    );
  let failed = (report.numFailedTests ?? 0) + brokenFiles.length + failedSteps.length;
  if (vitestStatus !== 0 && failed === 0) {
    reasons.push(`vitest stopte met code ${vitestStatus} zonder mislukte test (een fout buiten de tests)`);
    failed = 1;
  }
  return { passed: report.numPassedTests ?? 0, failed, reasons };
}

function main() {
  const [reportFile = 'tmp/vitest-report.json', status = '1', ...failedSteps] = process.argv.slice(2);
  let report;
  try {
    report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : undefined;
  } catch {
    report = undefined;
  }
  const { passed, failed, reasons } = summarize(report, Number(status), failedSteps);
  for (const reason of reasons) console.error(`test: ${reason}`);
  if (process.env.ELAPSED) {
    mkdirSync('tmp', { recursive: true });
    const time = {
      seconds: Number(process.env.ELAPSED),
      passed,
      failed,
      cores: availableParallelism(),
      date: new Date().toISOString(),
    };
    writeFileSync('tmp/test-time.json', `${JSON.stringify(time)}\n`);
  }
  // The closing line for CI, alone on its line.
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
