import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The real `astro build` on a copy of the project with one file broken, as an editor would
 * break it. The build must stop and its output must name the file, the field and what is allowed.
 */
const root = resolve('.');
const copies: string[] = [];

function buildWith(change: (dir: string) => void): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'handboek-bad-'));
  copies.push(dir);
  // scripts/: the integrations share its HTML file lister.
  for (const item of [
    'src',
    'content',
    'public',
    'scripts',
    'tools',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ])
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
  // Colour codes would split the words we look for.
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { ok: result.status === 0, output };
}

const edit = (dir: string, file: string, from: RegExp, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!from.test(text)) throw new Error(`test setup: ${file} has no ${from}`);
  writeFileSync(path, text.replace(from, to));
};

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('a broken content file stops the build with a message that names it', () => {
  it('builds the unbroken copy (so the failures below are caused by the change)', () => {
    const { ok, output } = buildWith(() => {});
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(ok).toBe(true);
  });

  it('an unknown phase: names the file, the field and the allowed phases', () => {
    const { ok, output } = buildWith((dir) =>
      edit(dir, 'content/vragen/start/vraag-2.md', /^fase: start$/m, 'fase: afronding'),
    );
    expect(ok).toBe(false);
    expect(output).toContain('vragen/start/vraag-2.md');
    expect(output).toMatch(
      /fase: onbekende fase "afronding"; toegestaan: start, financiering, platform, implementatie, monitoring/,
    );
  });

  it('a section naming a question that does not exist: names the file, the field and the existing questions', () => {
    const { ok, output } = buildWith((dir) =>
      edit(
        dir,
        'content/secties/dossier/02-stel-een-implementatieteam-samen.md',
        /^vragen: \[start\/vraag-1/m,
        'vragen: [start/vraag-9',
      ),
    );
    expect(ok).toBe(false);
    expect(output).toContain(
      'content/secties/dossier/02-stel-een-implementatieteam-samen.md: vragen: vraag "start/vraag-9" bestaat niet; bestaande vragen: start/vraag-1,',
    );
  });

  it('a reference to a werkvorm that does not exist: names the answer file and the werkvorm', () => {
    const { ok, output } = buildWith((dir) =>
      edit(
        dir,
        'content/antwoorden/start/vraag-2-a.mdx',
        /<Werkvorm id="gedeeld-probleembeeld" \/>/,
        '<Werkvorm id="bestaat-niet" />',
      ),
    );
    expect(ok).toBe(false);
    expect(output).toMatch(
      /content\/antwoorden\/start\/vraag-2-a\.mdx: <Werkvorm id="bestaat-niet">: die werkvorm bestaat niet/,
    );
  });

  it('a question without its B answer: names the missing file', () => {
    const { ok, output } = buildWith((dir) =>
      unlinkSync(join(dir, 'content/antwoorden/platform/vraag-1-b.mdx')),
    );
    expect(ok).toBe(false);
    expect(output).toMatch(
      /content\/antwoorden\/platform\/vraag-1-b\.mdx: ontbreekt; vraag platform\/vraag-1 heeft een antwoord A en een antwoord B nodig/,
    );
  });

  it('a placeholder link from the PDF: names the file and line', () => {
    const { ok, output } = buildWith((dir) =>
      edit(
        dir,
        'content/antwoorden/start/vraag-1-a.mdx',
        /- Helder mandaat voor de kartrekker/,
        '- Zie [de website](#). Helder mandaat voor de kartrekker',
      ),
    );
    expect(ok).toBe(false);
    expect(output).toMatch(/antwoorden\/start\/vraag-1-a\.mdx:\d+: link zonder doel/);
  });

  it('a synonym group with one term: names the synonym file, the group and what is wrong', () => {
    const { ok, output } = buildWith((dir) =>
      edit(
        dir,
        'content/zoeken/synoniemen.yaml',
        /termen: \[AVG, GDPR, privacy, gegevensbescherming, privacywet\]/,
        'termen: [AVG]',
      ),
    );
    expect(ok).toBe(false);
    expect(output).toContain('content/zoeken/synoniemen.yaml');
    expect(output).toMatch(/0\.termen: .*minstens twee termen/);
  });
});
