/**
 * `npm run build`: the content check first, then `astro build`.
 *
 * Why not only the integration (src/integrations/content-check.ts)? Astro needs several seconds
 * to start before it runs any of our code (5.9 s measured on this 2-core machine under load);
 * an editor who just saved a file would stare at a silent terminal. Here the first line comes
 * within a moment of the command, the check runs in its own process (about a second), and only
 * right content starts Astro. The integration then skips its own check (HANDBOOK_CONTENT_CHECKED
 * names the folder checked); a plain `astro build` or `astro dev` still checks by itself.
 * Exit code: the check's (1 with the report) or Astro's.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
console.log('Inhoud van content/ controleren…');

const check = spawnSync(
  process.execPath,
  ['--import', join(root, 'scripts/lib/content-hooks.mjs'), join(root, 'scripts/check-content.ts')],
  { cwd: root, stdio: 'inherit' },
);
if (check.status !== 0) process.exit(check.status ?? 1);

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, HANDBOOK_CONTENT_CHECKED: root },
});
process.exit(build.status ?? 1);
