import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNUSED_PAGEFIND_FILE } from '~/integrations/pagefind';
import { DIST } from '../support/site';

/**
 * The search folder holds what search loads and nothing else: Pagefind's ready-made
 * interfaces (which the site does not use) would be compressed on every build and stored by
 * every offline copy.
 */
const folder = join(DIST, 'pagefind');
const files = readdirSync(folder).filter((f) => !/\.(gz|br)$/.test(f));

describe('the search files of the build', () => {
  it('hold Pagefind itself, its index and the files the site adds', () => {
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'zoekhulp.json'])
      expect(existsSync(join(folder, file)), file).toBe(true);
    expect(files.some((f) => f.endsWith('.pf_meta'))).toBe(true);
  });

  it('leave out the interfaces the site does not load', () => {
    expect(files.filter((f) => UNUSED_PAGEFIND_FILE.test(f))).toEqual([]);
  });

  it('are not in the offline copy’s list when they are not in the build', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    expect(sw).not.toMatch(/pagefind-(ui|component-ui|modular-ui|highlight)\./);
    expect(sw).toContain('pagefind/pagefind.js');
  });
});
