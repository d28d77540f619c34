import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, DIST_SUB, htmlPages } from '../support/site';

/** Both builds `npm test` makes: the root one and the one for a sub-path. */
const builds = [
  { dir: DIST, base: '/' },
  { dir: DIST_SUB, base: '/handboek/' },
];

describe.each(builds)('links in $dir (base path $base)', ({ dir, base }) => {
  it('every internal href, src and #anchor reaches a file and an id of the build', () => {
    const report = `tmp/links-extern-test-${dir.replace(/\W+/g, '-')}.txt`;
    // The script itself, as editors run it (npm run check:links), so its exit code is tested too.
    const run = spawnSync(process.execPath, ['scripts/check-links.mjs', dir, base], {
      encoding: 'utf8',
      env: { ...process.env, LINK_REPORT: report },
    });
    expect(run.status, `${run.stderr}${run.stdout}`).toBe(0);
    expect(run.stdout).toMatch(/check-links: \d+ pagina's, \d+ interne verwijzingen/);
    // External links are listed for a person to review, never fetched.
    expect(existsSync(report)).toBe(true);
    const urls = readFileSync(report, 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith(' '));
    for (const url of urls) expect(url).toMatch(/^https?:\/\//);
  });
});

describe('the pages the content check knows (src/lib/site-pages.ts)', () => {
  it('are the pages of the build, no more and no fewer', () => {
    // The check of links in content/ runs before the build, so it computes the pages itself.
    const run = spawnSync(
      process.execPath,
      ['--import', './scripts/lib/content-hooks.mjs', 'scripts/check-content.ts', '--pages'],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const built = htmlPages(DIST)
      .filter((page) => page !== '404.html')
      .map((page) => `/${page.replace(/(^|\/)index\.html$/, '$1')}`);
    expect(JSON.parse(run.stdout)).toEqual(built.sort());
  });
});
