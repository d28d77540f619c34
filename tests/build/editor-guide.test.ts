import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import yaml from 'yaml';
import { sectionPath } from '~/lib/routes';
import { HELP_FILE } from '~/lib/search-query';
import { copyProject, edit, projectRoot as root, run } from '../support/project-copy';

/**
 * content/REDACTIE.md cannot go stale: every example in it is applied, as written there, to a
 * copy of the project, which must then build (`npm run build`'s own script, scripts/build.mjs),
 * and every message it shows is what the content check says for the mistake it describes.
 *
 * An example is a code block after `<!-- voorbeeld: naam; bestand: pad; actie: … -->`:
 * nieuw (a new file), toevoegen (added at the end of the file), frontmatter (added as the last
 * lines of the file's frontmatter). A message is a text block after `<!-- melding: naam -->`;
 * `…` in it stands for any text (long lists), line numbers may differ.
 */
const guide = readFileSync(join(root, 'content/REDACTIE.md'), 'utf8');

interface Example {
  name: string;
  file: string;
  action: 'nieuw' | 'toevoegen' | 'frontmatter';
  /** For the erratum: the content file whose text the guide tells to correct. */
  text?: string | undefined;
  code: string;
}

const examples: Example[] = [
  ...guide.matchAll(
    /<!-- voorbeeld: ([^;]+); bestand: ([^;]+); actie: (\w+)(?:; tekst: (\S+))? -->\s*```\w*\n([\s\S]*?)\n```/g,
  ),
].map((m) => ({
  name: m[1]!,
  file: m[2]!,
  action: m[3] as Example['action'],
  text: m[4],
  code: `${m[5]!}\n`,
}));
const example = (name: string) => examples.find((e) => e.name === name)!;

const messages = [...guide.matchAll(/<!-- melding: (\S+) -->\s*```text\n([\s\S]*?)\n```/g)].map((m) => ({
  name: m[1]!,
  text: m[2]!,
}));

const copies: (() => void)[] = [];
afterAll(() => copies.forEach((remove) => remove()), 60_000);

/** Node 22 with a script, in a copy, as `npm run build` runs it; BOOKLETS=0: no PDFs here. */
const node = (args: string[], cwd: string) =>
  run(join(root, 'node_modules/.bin/node'), args, cwd, {
    OUT_DIR: join(cwd, 'out'),
    CACHE_DIR: join(cwd, '.cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    BOOKLETS: '0',
  });

/** Does as the guide says with one example, in the copy. */
function apply(dir: string, e: Example) {
  const path = join(dir, e.file);
  if (e.action === 'nieuw') {
    expect(existsSync(path), `${e.file} bestaat al`).toBe(false);
    writeFileSync(path, e.code);
  } else if (e.action === 'toevoegen') {
    writeFileSync(path, `${readFileSync(path, 'utf8').replace(/\n*$/, '\n')}${e.code}`);
  } else {
    edit(dir, e.file, /^(---\n[\s\S]*?\n)---\n/, `$1${e.code}---\n`);
  }
}

/** The built page of an address, as text. */
const page = (dir: string, address: string) => readFileSync(join(dir, 'out', address, 'index.html'), 'utf8');

describe('every example of the editors’ guide builds', { timeout: 600_000 }, () => {
  let build: Promise<{ status: number | null; output: string; dir: string }> | undefined;
  const built = () =>
    (build ??= (async () => {
      const { dir, remove } = copyProject();
      copies.push(remove);
      // Taak A is a correction the content already has: undo it first (the wrong text back,
      // its erratum line gone), then make it again as the guide says.
      const erratum = example('erratum');
      const [item] = yaml.parse(erratum.code) as { id: string; origineel: string; correctie: string }[];
      edit(dir, 'content/errata.yaml', new RegExp(`^- \\{ id: ${item!.id},.*\\n`, 'm'), '');
      edit(dir, erratum.text!, new RegExp(item!.correctie), item!.origineel);
      edit(dir, erratum.text!, new RegExp(item!.origineel), item!.correctie);
      for (const e of examples) apply(dir, e);
      return { ...(await node([join(dir, 'scripts/build.mjs')], dir)), dir };
    })());

  it('the guide has a complete, copyable example for each of the five tasks', () => {
    expect(examples.map((e) => e.name)).toEqual([
      'erratum',
      'werkvorm',
      'vraag',
      'antwoord A',
      'antwoord B',
      'koppeling',
      'synoniem',
    ]);
  });

  it('with all of them, `npm run build` says its first word at once and builds', async () => {
    const b = await built();
    expect(b.output.split('\n')[0]).toBe('Inhoud van content/ controleren…');
    expect(b.output, b.output.slice(-3000)).toMatch(/De inhoud in content\/ klopt \(gecontroleerd in/);
    expect(b.status, b.output.slice(-3000)).toBe(0);
  });

  it('Taak A: the corrected text is on the source page, with the erratum in its table', async () => {
    const b = await built();
    const html = page(b.dir, 'bronnen/dossier');
    expect(html).toContain('het digitaal samenwerkingsplatform');
    expect(html).toContain('het digitaal samenwerkingsplaform');
  });

  it('Taak B: the new werkvorm has its page', async () => {
    const b = await built();
    expect(page(b.dir, 'werkvormen/voorbeeld-werkvorm')).toContain('Voorbeeldwerkvorm');
  });

  it('Taak C: the new question is on its phase page, with a page for answer A and for B', async () => {
    const b = await built();
    expect(page(b.dir, 'fasen/monitoring')).toContain('Hier komt de vraag, woord voor woord uit de bron?');
    expect(page(b.dir, 'fasen/monitoring/vraag-3/a')).toContain('Hier komt een tip uit de bron.');
    expect(page(b.dir, 'fasen/monitoring/vraag-3/b')).toContain('Hier komt een aandachtspunt uit de bron.');
  });

  it('Taak D: the linked passage is under the advice of both answers to the question, linked to its place', async () => {
    const b = await built();
    const file = example('koppeling').file;
    const text = readFileSync(join(b.dir, file), 'utf8');
    const chapter = /^hoofdstuk: (.+)$/m.exec(text)![1]!;
    const id = file.replace(/^content\/secties\//, '').replace(/\.md$/, '');
    const href = sectionPath('interviews', id, chapter);
    const question = /vraag: (\S+)/.exec(example('koppeling').code)![1]!;
    for (const letter of ['a', 'b'])
      expect(page(b.dir, `fasen/${question}/${letter}`)).toContain(`href="${href}"`);
  });

  it('Taak E: the new synonyms are in the search help the build writes', async () => {
    const b = await built();
    const help = JSON.parse(readFileSync(join(b.dir, 'out/pagefind', HELP_FILE), 'utf8')) as {
      synonyms: string[][];
    };
    expect(help.synonyms).toContainEqual(['zorgaanbieder', 'zorgverstrekker']);
  });
});

/** The mistakes the guide's messages describe, one per file, as an editor makes them. */
const mistakes: Record<string, (dir: string) => void> = {
  fase: (dir) => edit(dir, 'content/vragen/start/vraag-3.md', /^fase: start$/m, 'fase: Start'),
  veld: (dir) => edit(dir, 'content/werkvormen/nudge.mdx', /^soort: .*\n/m, ''),
  yaml: (dir) =>
    edit(
      dir,
      'content/werkvormen/effectarena.md',
      /^fasen: \[start, monitoring\]/m,
      'fasen: [start, monitoring',
    ),
  mdx: (dir) =>
    edit(dir, 'content/antwoorden/implementatie/vraag-2-a.mdx', /\n*$/, '\n\nDe kosten {schatting volgt}.\n'),
  werkvorm: (dir) =>
    edit(
      dir,
      'content/antwoorden/monitoring/vraag-2-a.mdx',
      /<Werkvorm id="tijdlijn-workshop"/,
      '<Werkvorm id="tijdlijn-worksop"',
    ),
  antwoord: (dir) => unlinkSync(join(dir, 'content/antwoorden/implementatie/vraag-1-b.mdx')),
  gewicht: (dir) =>
    edit(dir, 'content/secties/dossier/11-evalueer-en-pas-aan.md', /gewicht: kern/, 'gewicht: hoog'),
  'link-zonder-doel': (dir) =>
    edit(dir, 'content/antwoorden/platform/vraag-1-a.mdx', /\n*$/, '\n\nMeer weten? Lees [de website](#).\n'),
  pagina: (dir) =>
    edit(
      dir,
      'content/antwoorden/platform/vraag-1-b.mdx',
      /\n*$/,
      '\n\nZie ook [de tijdlijn-workshop](/werkvormen/tijdlijnworkshop/).\n',
    ),
  anker: (dir) =>
    edit(
      dir,
      'content/antwoorden/platform/vraag-2-a.mdx',
      /\n*$/,
      '\n\nZie ook [vraag 7](/fasen/start/#vraag-7).\n',
    ),
  erratum: (dir) =>
    edit(
      dir,
      'content/secties/dossier/08-creeer-draagvlak.md',
      /het digitaal samenwerkingsplatform/,
      'het digitaal samenwerkingsplaform',
    ),
  synoniem: (dir) =>
    edit(
      dir,
      'content/zoeken/synoniemen.yaml',
      /termen: \[draagvlak, commitment, buy-in\]/,
      'termen: [draagvlak]',
    ),
};

describe('every message the guide shows is what the content check says', { timeout: 120_000 }, () => {
  let check: Promise<string> | undefined;
  const report = () =>
    (check ??= (async () => {
      const { dir, remove } = copyProject();
      copies.push(remove);
      for (const make of Object.values(mistakes)) make(dir);
      const args = ['--import', './scripts/lib/content-hooks.mjs', 'scripts/check-content.ts'];
      return (await node(args, dir)).output;
    })());

  it('the guide shows a message for each mistake, and each mistake gives exactly one', async () => {
    expect(messages.map((m) => m.name).sort()).toEqual(Object.keys(mistakes).sort());
    const n = Object.keys(mistakes).length;
    expect(await report()).toMatch(
      new RegExp(`^De inhoud in content/ klopt niet: ${n} problemen in ${n} bestanden\\.`),
    );
  });

  it.for(messages)('melding "$name"', async ({ text }) => {
    const escaped = text
      .split('\n')
      .map((line) =>
        line
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace(/…/g, '.*')
          .replace(/regel \d+/, 'regel \\d+'),
      )
      .join('\\n');
    expect(await report()).toMatch(new RegExp(escaped));
  });
});
