/**
 * Build time against an earlier commit, back to back on the same machine: a machine's speed
 * drifts by a quarter within the hour, so only builds that alternate can be compared. Each
 * round builds this checkout and the earlier commit (a `git archive` copy in a temporary
 * folder, sharing this node_modules when its package-lock.json is the same, else with its own
 * `npm ci`) with `BOOKLETS=0 npm run build`, cold: empty output and cache folders every time.
 * Used by `npm run bench` when BENCH_BUILD_BASELINE names a commit.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

/** Seconds one cold `BOOKLETS=0 npm run build` takes in `dir`; throws when it fails. */
function coldBuild(dir) {
  const scratch = mkdtempSync(join(tmpdir(), 'bouwtijd-'));
  try {
    const t0 = performance.now();
    const result = spawnSync('npm', ['run', '--silent', 'build'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        PATH: `${join(dir, 'node_modules/.bin')}${delimiter}${process.env.PATH}`,
        OUT_DIR: join(scratch, 'dist'),
        CACHE_DIR: join(scratch, 'cache'),
        BOOKLETS: '0',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    if (result.status !== 0)
      throw new Error(`npm run build in ${dir} mislukte:\n${String(result.stderr).slice(-2000)}`);
    return (performance.now() - t0) / 1000;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/**
 * `rounds` pairs of cold builds, the earlier commit first in odd rounds and second in even
 * ones (so neither always gets the warmer machine).
 * @returns {{ before: number[], now: number[], ratio: number }} seconds per build, median ratio
 */
export function raceBuilds(root, commit, rounds = 3) {
  const earlier = mkdtempSync(join(tmpdir(), 'bouwtijd-basis-'));
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', commit], {
      cwd: root,
      maxBuffer: 1 << 30,
    });
    execFileSync('tar', ['-x', '-C', earlier], { input: archive });
    const lock = (dir) => readFileSync(join(dir, 'package-lock.json'), 'utf8');
    if (lock(earlier) === lock(root))
      symlinkSync(resolve(root, 'node_modules'), join(earlier, 'node_modules'));
    else {
      // Other packages then (Astro's Markdown processor, say): the earlier build needs its own.
      console.log(`bench: ${commit} heeft andere pakketten; npm ci in ${earlier}…`);
      execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {
        cwd: earlier,
        stdio: 'ignore',
      });
    }
    const before = [];
    const now = [];
    for (let round = 0; round < rounds; round++) {
      if (round % 2 === 0) before.push(coldBuild(earlier));
      now.push(coldBuild(root));
      if (round % 2 === 1) before.push(coldBuild(earlier));
    }
    return { before, now, ratio: median(now.map((t, i) => t / before[i])) };
  } finally {
    rmSync(earlier, { recursive: true, force: true });
  }
}
