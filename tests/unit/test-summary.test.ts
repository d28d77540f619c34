import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../../scripts/lib/test-summary.mjs';

/**
 * The closing line of `npm test` counts a test file that fails to load as failed. Checked on
 * a real vitest run over a temporary folder: one passing file, one that imports a file that
 * is not there, one that throws before its tests are even declared.
 */
const files = {
  'passes.test.ts': "import { expect, it } from 'vitest';\nit('passes', () => expect(1 + 1).toBe(2));\n",
  'missing-import.test.ts':
    "import { it } from 'vitest';\nimport './bestaat-niet.ts';\nit('never runs', () => undefined);\n",
  'throws-on-load.test.ts':
    "import { it } from 'vitest';\nthrow new Error('kapot bij het laden');\nit('never runs', () => undefined);\n",
};
const summary = resolve('scripts/lib/test-summary.mjs');
// Without the outer run's own settings, as scripts/test.sh starts vitest.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV|TEST)/.test(k)),
);

let dir = '';
/** Runs the real vitest over `names` in the folder; returns its exit code and the report's path. */
function vitest(names: string[], report: string): number {
  const run = spawnSync(
    process.execPath,
    [
      resolve('node_modules/vitest/vitest.mjs'),
      'run',
      '--root',
      dir,
      '--config',
      join(dir, 'vitest.config.mjs'),
      '--reporter=json',
      `--outputFile.json=${join(dir, report)}`,
      ...names,
    ],
    { env, encoding: 'utf8' },
  );
  return run.status ?? 1;
}
/** The closing step of scripts/test.sh on a report: its output lines and exit code. */
function close(args: string[]) {
  const run = spawnSync(process.execPath, [summary, ...args], { cwd: dir, env, encoding: 'utf8' });
  return { lines: run.stdout.trimEnd().split('\n'), errors: run.stderr, status: run.status };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handboek-summary-'));
  writeFileSync(join(dir, 'vitest.config.mjs'), 'export default {};\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the closing line of npm test', () => {
  it('counts files that fail to load as failed, names them, and exits non-zero', () => {
    const status = vitest([], 'broken.json');
    const report = JSON.parse(readFileSync(join(dir, 'broken.json'), 'utf8'));
    // What vitest itself counts: one passed test, no failed test.
    expect([report.numPassedTests, report.numFailedTests]).toEqual([1, 0]);
    const closing = close(['broken.json', String(status)]);
    expect(closing.lines.at(-1)).toBe('1 passed, 2 failed');
    expect(closing.status).toBe(1);
    expect(closing.errors).toContain('missing-import.test.ts');
    expect(closing.errors).toContain('kapot bij het laden');
  }, 60_000);

  it('says 0 failed and exits 0 when every file ran and passed', () => {
    const status = vitest(['passes.test.ts'], 'green.json');
    const closing = close(['green.json', String(status)]);
    expect(closing.lines.at(-1)).toBe('1 passed, 0 failed');
    expect(closing.status).toBe(0);
    expect(closing.errors).toBe('');
  }, 60_000);

  it('counts a failed step beside vitest, and a run without a report', () => {
    const status = vitest(['passes.test.ts'], 'steps.json');
    const closing = close(['steps.json', String(status), 'lint', 'types']);
    expect(closing.lines.at(-1)).toBe('1 passed, 2 failed');
    expect(closing.status).toBe(1);
    expect(closing.errors).toContain('stap mislukt: lint');
    expect(close(['bestaat-niet.json', '1']).lines.at(-1)).toBe('0 passed, 1 failed');
  }, 60_000);

  it('counts a vitest run that failed outside any test once', () => {
    const report = { numPassedTests: 5, numFailedTests: 0, testResults: [] };
    expect(summarize(report, 1)).toMatchObject({ passed: 5, failed: 1 });
    expect(summarize(report, 0)).toMatchObject({ passed: 5, failed: 0 });
  });
});
