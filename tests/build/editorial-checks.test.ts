import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The editorial build checks (issue 12) on a real `astro build` of a copy of the project:
 * an erratum's original text put back stops the build, naming the file and the erratum; a
 * source that reserves all rights without recorded permission makes the build warn, naming
 * the source and the field; a recorded permission silences it and shows on the page.
 */
const root = resolve('.');
const copies: string[] = [];

function buildWith(change: (dir: string) => void): { ok: boolean; output: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'handboek-editorial-'));
  copies.push(dir);
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, item), join(dir, item), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  change(dir);
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      OUT_DIR: join(dir, 'out'),
      CACHE_DIR: join(dir, '.cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { ok: result.status === 0, output, dir };
}

const edit = (dir: string, file: string, from: string | RegExp, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test setup: ${file} has no ${from}`);
  writeFileSync(path, next);
};

const field = (file: string, name: string) =>
  new RegExp(`^${name}:.*$`, 'm').exec(readFileSync(file, 'utf8'))?.[0];

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('errata and rights are checked while the site is built', () => {
  it('an erratum undone stops the build, and the rights warning names the source and the field', () => {
    const { ok, output } = buildWith((dir) =>
      edit(
        dir,
        'content/secties/dossier/02-stel-een-implementatieteam-samen.md',
        'Wie neemt het initiatief',
        'We neemt het initiatief',
      ),
    );
    expect(ok).toBe(false);
    expect(output).toContain(
      'content/secties/dossier/02-stel-een-implementatieteam-samen.md: bevat nog "We neemt het initiatief", de fout die content/errata.yaml (dossier-wie-neemt) verbetert; schrijf "Wie neemt het initiatief"',
    );
    // The warning comes before the content check, so it shows even when the build stops.
    expect(output).toMatch(
      /\[WAARSCHUWING\] content\/bronnen\/stappenplan\.md: toestemming: bron "stappenplan" behoudt alle rechten voor/,
    );
  });

  it('a recorded permission silences the warning and is shown in the credits', () => {
    // Only in this throwaway copy: the real content never records a permission nobody gave.
    const { ok, output, dir } = buildWith((dir) =>
      edit(
        dir,
        'content/bronnen/stappenplan.md',
        field('content/bronnen/stappenplan.md', 'toestemming')!,
        'toestemming: { door: "Testpersoon, Testorganisatie", datum: "1 januari 2000" }',
      ),
    );
    expect(ok).toBe(true);
    expect(output).not.toContain('[WAARSCHUWING]');
    const page = readFileSync(join(dir, 'out/bronnen/stappenplan/index.html'), 'utf8');
    expect(page).toContain('Testpersoon, Testorganisatie, 1 januari 2000');
  });
});
