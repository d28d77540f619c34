import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * `astro build` first imports astro.config.mjs with Node itself; when that fails (an import
 * without its file extension, which Node does not guess) Astro quietly starts a Vite server
 * just to load the config, and every build pays about a second and a half more. So the whole
 * import graph of the config must load in plain Node: write `from './x.ts'`, not `'./x'`.
 */
describe('astro.config.mjs', () => {
  it('loads in plain Node, without the slower Vite fallback', () => {
    const run = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', "await import('./astro.config.mjs'); console.log('geladen')"],
      { encoding: 'utf8' },
    );
    // On failure Node names the module it could not find and the file that imports it.
    expect(run.stderr.split('\n').find((l) => /Error/.test(l)) ?? '', 'Node kon de config niet laden').toBe(
      '',
    );
    expect(run.stdout.trim()).toBe('geladen');
  }, 60_000);
});
