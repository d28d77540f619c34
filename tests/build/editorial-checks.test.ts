import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, projectRoot } from '../support/project-copy';

/**
 * The editorial build checks (issue 12) on a real `astro build` of a copy of the project:
 * an erratum's original text put back stops the build, naming the file and the erratum; a
 * source that reserves all rights without recorded permission makes the build warn, naming
 * the source and the field; a recorded permission silences it and shows on the page.
 */
const copies: (() => void)[] = [];

function buildWith(change: (dir: string) => void): { ok: boolean; output: string; dir: string } {
  const { dir, remove } = copyProject();
  copies.push(remove);
  change(dir);
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    // No PDFs: these checks are about content, and the PDFs take the longest.
    env: {
      ...process.env,
      OUT_DIR: join(dir, 'out'),
      CACHE_DIR: join(dir, '.cache'),
      BOOKLETS: '0',
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
  for (const remove of copies) remove();
});

describe('errata and rights are checked while the site is built', () => {
  it('an erratum undone stops the build, naming the file, the line and the correction', () => {
    const { ok, output } = buildWith((dir) =>
      edit(
        dir,
        'content/secties/dossier/02-stel-een-implementatieteam-samen.md',
        'Wie neemt het initiatief',
        'We neemt het initiatief',
      ),
    );
    expect(ok).toBe(false);
    // Grouped by file, at the line: the file, then what is wrong and how to fix it.
    expect(output).toMatch(
      /content\/secties\/dossier\/02-stel-een-implementatieteam-samen\.md\n\s+regel \d+: bevat nog "We neemt het initiatief", de fout die content\/errata\.yaml \(dossier-wie-neemt\) verbetert; schrijf "Wie neemt het initiatief"/,
    );
  });

  it('a source that reserves all rights without recorded permission: the build warns, naming the source and the field', () => {
    const { ok, output } = buildWith(() => {});
    expect(ok).toBe(true);
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
