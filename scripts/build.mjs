/**
 * `npm run build`: the content check and `astro build` side by side.
 *
 * Why not only the integration (src/integrations/content-check.ts)? Astro needs seconds to
 * start before it runs any of our code; an editor who just saved a file would stare at a
 * silent terminal. Here the first line comes at once, and the check (its own process, about a
 * second) runs on the second core while Astro starts, instead of before it: a build with right
 * content is that second faster. Astro's output waits until the check has passed; when the
 * check finds problems, Astro is stopped (before it writes pages: starting takes longer than
 * the check) and only the check's report is printed. The integration skips its own check
 * (HANDBOOK_CONTENT_CHECKED names the folder checked); a plain `astro build` or `astro dev`
 * still checks by itself.
 * Exit code: the check's (1 with the report) or Astro's.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
console.log('Inhoud van content/ controleren…');

/** Runs a Node script; resolves with its exit code. */
const exitOf = (child) =>
  new Promise((done) => child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0))));

const check = spawn(
  process.execPath,
  ['--import', join(root, 'scripts/lib/content-hooks.mjs'), join(root, 'scripts/check-content.ts')],
  { cwd: root, stdio: 'inherit' },
);

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const astro = spawn(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'pipe'],
  env: {
    ...process.env,
    HANDBOOK_CONTENT_CHECKED: root,
    // Astro's usage statistics would run git and post to Astro's server on every build: the
    // handbook's build talks to no other host.
    ASTRO_TELEMETRY_DISABLED: '1',
    // Astro's colours as in a terminal of its own, when ours is one.
    ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
  },
});

/** Astro's output, held back until the check has passed, then passed on as it comes. */
const held = [];
let passOn = false;
for (const [from, to] of [
  [astro.stdout, process.stdout],
  [astro.stderr, process.stderr],
])
  from.on('data', (chunk) => (passOn ? to.write(chunk) : held.push([to, chunk])));

const astroDone = exitOf(astro);
const checked = await exitOf(check);
if (checked !== 0) {
  astro.kill();
  await astroDone;
  process.exit(checked);
}
passOn = true;
for (const [to, chunk] of held) to.write(chunk);
process.exit(await astroDone);
