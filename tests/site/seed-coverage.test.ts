import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/site';

/**
 * Every source must reach the site whole: shared/tools/seed-coverage.mjs (beside the checkout,
 * as in CI) measures, word for word, how much of each source the pages' <main> carry.
 */
const tool = resolve('../shared/tools/seed-coverage.mjs');

describe.runIf(existsSync(tool))('the five sources on the site', () => {
  it('each source reaches at least 98% by seed-coverage', () => {
    const result = spawnSync(process.execPath, [tool, DIST, '--json'], { encoding: 'utf8' });
    const report = JSON.parse(result.stdout) as { documents: { document: string; coverage: number }[] };
    const low = report.documents
      .filter((d) => d.coverage < 0.98)
      .map((d) => `${d.document}: ${(d.coverage * 100).toFixed(1)}%`);
    expect(report.documents).toHaveLength(5);
    expect(low, 'run `node ../shared/tools/seed-coverage.mjs dist` to see the missing text').toEqual([]);
  });
});
