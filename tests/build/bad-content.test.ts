import { spawn } from 'node:child_process';
import { cpSync, existsSync, globSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, edit, projectRoot as root } from '../support/project-copy';

/**
 * The real `astro build` on a copy of the project with a file broken, as an editor would
 * break it. The build must stop, and the END of its output must be the report: the file under
 * content/, the line, what is wrong and what is allowed, and the count of problems. The copies
 * build in parallel (describe.concurrent); most stop after the content check, in a second or two.
 * BOOKLETS=0: no PDFs in these builds (the PDFs have tests of their own in tests/site/).
 */
const copies: (() => void)[] = [];

interface Build {
  ok: boolean;
  status: number | null;
  output: string;
  /** The last lines of the output: where the editor looks. */
  end: string;
  dir: string;
}

function run(command: string, args: string[], cwd: string, env: Record<string, string>) {
  return new Promise<{ status: number | null; output: string }>((done) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    // Colour codes would split the words we look for.
    // eslint-disable-next-line no-control-regex
    child.on('close', (status) => done({ status, output: output.replace(/\u001b\[[0-9;]*m/g, '') }));
  });
}

async function buildWith(change: (dir: string) => void, env: Record<string, string> = {}): Promise<Build> {
  const { dir, remove } = copyProject();
  copies.push(remove);
  change(dir);
  const { status, output } = await run(join(root, 'node_modules/.bin/astro'), ['build'], dir, {
    OUT_DIR: join(dir, 'out'),
    CACHE_DIR: join(dir, '.cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    BOOKLETS: '0',
    ...env,
  });
  const end = output.trimEnd().split('\n').slice(-25).join('\n');
  return { ok: status === 0, status, output, end, dir };
}

/** The 1-based line of the first line matching `pattern` in a file of the copy. */
const lineIn = (dir: string, file: string, pattern: RegExp) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .findIndex((l) => pattern.test(l)) + 1;
/** The frontmatter value of `field` in a project file, e.g. the title of another werkvorm. */
const field = (file: string, name: string) =>
  new RegExp(`^${name}:\\s*"?(.+?)"?\\s*$`, 'm').exec(readFileSync(join(root, file), 'utf8'))![1]!;

/** The report ends the output with its count. */
const endsWithCount = (b: Build, problems: number, files: number) =>
  expect(b.output.trimEnd().split('\n').at(-1)).toMatch(
    new RegExp(`^${problems} (probleem|problemen) in ${files} (bestand|bestanden)\\. `),
  );

afterAll(() => {
  for (const remove of copies) remove();
}, 60_000);

// A generous timeout: on a busy shared machine a full build of a copy can take minutes.
describe.concurrent(
  'a broken content file stops the build with a message that names it',
  { timeout: 600_000 },
  () => {
    it('builds the unbroken copy; without Chromium it says the PDFs were skipped and links to the print version', async () => {
      const b = await buildWith(() => {}, { BOOKLETS: '1', CHROMIUM_BIN: '/nonexistent/chromium' });
      expect(b.output).not.toMatch(/\[ERROR\]/);
      expect(b.ok).toBe(true);
      expect(b.output).toMatch(/PDF-boekjes overgeslagen: Chromium ontbreekt .*apt-get install -y chromium/);
      // The link check passed, and no page even mentions a PDF that is not there.
      expect(b.output).toMatch(/interne links en ankers gecontroleerd.*: alle kloppen/);
      expect(globSync('**/*.pdf', { cwd: join(b.dir, 'out') })).toEqual([]);
      const pdfLinks = globSync('**/*.html', { cwd: join(b.dir, 'out') }).filter((f) =>
        /href="[^"]*\.pdf"/.test(readFileSync(join(b.dir, 'out', f), 'utf8')),
      );
      expect(pdfLinks).toEqual([]);
      expect(readFileSync(join(b.dir, 'out/index.html'), 'utf8')).toContain('href="/boekjes/start/"');

      // `npm run booklets` refuses to print this build for another base path.
      const refused = await run(
        join(root, 'node_modules/.bin/node'),
        [join(b.dir, 'scripts/booklets.mjs')],
        b.dir,
        { OUT_DIR: join(b.dir, 'out'), BASE_PATH: '/handboek/' },
      );
      expect(refused.status).toBe(1);
      expect(refused.output).toMatch(/is gebouwd voor basispad \/, niet voor \/handboek\//);
      expect(existsSync(join(b.dir, 'out/boekjes/start.pdf'))).toBe(false);
    });

    it('an unknown phase: file, line, field and the allowed phases, and nothing about what refers to it', async () => {
      const file = 'content/vragen/start/vraag-2.md';
      const b = await buildWith((dir) => edit(dir, file, /^fase: start$/m, 'fase: afronding'));
      expect(b.ok).toBe(false);
      expect(b.end).toContain(
        `${file}\n  regel 2: fase: onbekende fase "afronding"; toegestaan: start, financiering`,
      );
      endsWithCount(b, 1, 1);
    });

    it('an unknown field: its line and the fields that are allowed', async () => {
      const file = 'content/werkvormen/effectarena.md';
      const b = await buildWith((dir) => edit(dir, file, /^fasen:/m, 'fase: [start]\nfasen:'));
      expect(b.ok).toBe(false);
      expect(b.end).toMatch(/regel \d+: onbekend veld "fase"; toegestane velden: titel, .*fasen/);
      endsWithCount(b, 1, 1);
    });

    it('a section naming a question that does not exist: file, line, field and the existing questions', async () => {
      const file = 'content/secties/dossier/02-stel-een-implementatieteam-samen.md';
      const b = await buildWith((dir) =>
        edit(dir, file, /^vragen: \[start\/vraag-1/m, 'vragen: [start/vraag-9'),
      );
      expect(b.ok).toBe(false);
      expect(b.end).toContain(
        `${file}\n  regel ${lineIn(root, file, /^vragen:/)}: vragen: vraag "start/vraag-9" bestaat niet; bestaande vragen: `,
      );
      expect(b.end).toMatch(/bestaande vragen: .*\bstart\/vraag-1\b/);
      endsWithCount(b, 1, 1);
    });

    it('a reference to a werkvorm that does not exist: names the answer file and the werkvorm', async () => {
      const file = 'content/antwoorden/start/vraag-2-a.mdx';
      const b = await buildWith((dir) =>
        edit(dir, file, /<Werkvorm id="gedeeld-probleembeeld" \/>/, '<Werkvorm id="bestaat-niet" />'),
      );
      expect(b.ok).toBe(false);
      expect(b.end).toContain(file);
      expect(b.end).toMatch(/regel \d+: <Werkvorm id="bestaat-niet">: die werkvorm bestaat niet/);
    });

    it('a question without its B answer: names the missing file', async () => {
      const b = await buildWith((dir) => unlinkSync(join(dir, 'content/antwoorden/platform/vraag-1-b.mdx')));
      expect(b.ok).toBe(false);
      expect(b.end).toMatch(
        /content\/antwoorden\/platform\/vraag-1-b\.mdx\n {2}ontbreekt; vraag platform\/vraag-1 heeft een antwoord A en een antwoord B nodig/,
      );
    });

    it('a placeholder link from the PDF: names the file and line', async () => {
      const file = 'content/antwoorden/start/vraag-1-a.mdx';
      let line = 0;
      const b = await buildWith((dir) => {
        edit(
          dir,
          file,
          /^- Helder mandaat voor de kartrekker/m,
          '- Zie [de website](#). Helder mandaat voor de kartrekker',
        );
        line = lineIn(dir, file, /\[de website\]\(#\)/);
      });
      expect(b.ok).toBe(false);
      expect(b.end).toContain(`${file}\n  regel ${line}: link zonder doel ("#")`);
    });

    // A link to a page that does not exist is found before the build, with the other content
    // problems (see "several mistakes" below); a missing anchor by the link check after it.
    it('a link to an anchor that does not exist: the .mdx and its line, after the build', async () => {
      const file = 'content/antwoorden/start/vraag-1-a.mdx';
      let line = 0;
      const b = await buildWith((dir) => {
        edit(
          dir,
          file,
          /^- Helder mandaat voor de kartrekker/m,
          '- Zie [y](/fasen/start/#geen-anker). Helder mandaat voor de kartrekker',
        );
        line = lineIn(dir, file, /geen-anker/);
      });
      expect(b.ok).toBe(false);
      expect(b.end).toContain(
        `${file}\n  regel ${line}: link /fasen/start/#geen-anker: anker #geen-anker bestaat niet`,
      );
      expect(b.end).not.toMatch(/index\.html\n/);
      endsWithCount(b, 1, 1);
    });

    it('two werkvormen with the same id (nudge.md beside nudge.mdx): both files named', async () => {
      const b = await buildWith((dir) =>
        cpSync(join(dir, 'content/werkvormen/nudge.mdx'), join(dir, 'content/werkvormen/nudge.md')),
      );
      expect(b.ok).toBe(false);
      expect(b.end).toMatch(
        /content\/werkvormen\/nudge\.md\n {2}dubbele id "nudge": content\/werkvormen\/nudge\.mdx/,
      );
    });

    it('two werkvormen with the same title, and two sections with the same short title', async () => {
      const otherMethod = field('content/werkvormen/nudge.mdx', 'titel');
      const sectionFile = 'content/secties/stappenplan/03-stap-1-leiding.md';
      const otherSection = field('content/secties/stappenplan/02-vooraf-vaarwater.md', 'korteTitel');
      const b = await buildWith((dir) => {
        edit(dir, 'content/werkvormen/effectarena.md', /^titel: .*$/m, `titel: ${otherMethod}`);
        edit(dir, sectionFile, /^korteTitel: .*$/m, `korteTitel: "${otherSection}"`);
      });
      expect(b.ok).toBe(false);
      expect(b.end).toMatch(
        new RegExp(
          `content/werkvormen/effectarena\\.md\\n {2}regel 2: titel: "${otherMethod}" heeft content/werkvormen/nudge\\.mdx ook`,
        ),
      );
      expect(b.end).toContain(
        `${sectionFile}\n  regel ${lineIn(root, sectionFile, /^korteTitel:/)}: korteTitel:`,
      );
      expect(b.end).toContain(`content/werkvormen/nudge.mdx\n  regel 2: titel: "${otherMethod}" heeft`);
      endsWithCount(b, 4, 4);
    });

    it('a YAML mistake in the frontmatter: file, line, a Dutch sentence and the original message', async () => {
      const file = 'content/werkvormen/effectarena.md';
      const b = await buildWith((dir) => edit(dir, file, /^fasen: (.*)$/m, 'fasen: [start\nrollen: x'));
      expect(b.ok).toBe(false);
      expect(b.end).toMatch(/content\/werkvormen\/effectarena\.md\n {2}regel \d+: de YAML klopt niet/);
      expect(b.end).toMatch(/\n {6}\S.*(unexpected|expected|flow|end of the stream)/i);
    });

    it('an MDX mistake (an unclosed brace): file, line, a Dutch sentence and the original message', async () => {
      const file = 'content/antwoorden/start/vraag-1-a.mdx';
      let line = 0;
      const b = await buildWith((dir) => {
        edit(dir, file, /^- Helder mandaat voor de kartrekker/m, '- Helder {mandaat voor de kartrekker');
        line = lineIn(dir, file, /Helder \{mandaat/);
      });
      expect(b.ok).toBe(false);
      expect(b.end).toMatch(new RegExp(`regel (${line}|\\d+): MDX kan deze tekst niet lezen`));
      expect(b.end).toMatch(/\n {6}.*brace/);
    });

    it('several mistakes in several files, schema errors and a link to a page that does not exist: all at once, grouped by file, counted at the end', async () => {
      const linkFile = 'content/antwoorden/start/vraag-1-a.mdx';
      let line = 0;
      const b = await buildWith((dir) => {
        edit(dir, 'content/vragen/start/vraag-2.md', /^fase: start$/m, 'fase: afronding');
        edit(dir, 'content/werkvormen/effectarena.md', /^fasen: .*$/m, 'fasen: [later]');
        edit(dir, 'content/werkvormen/effectarena.md', /^rollen: .*$/m, 'rollen: [iedereen]');
        edit(
          dir,
          linkFile,
          /^- Helder mandaat voor de kartrekker/m,
          '- Zie [x](/fasen/bestaat-niet/). Helder mandaat voor de kartrekker',
        );
        line = lineIn(dir, linkFile, /bestaat-niet/);
      });
      expect(b.status).toBe(1);
      const report = b.end.slice(b.end.indexOf('De inhoud in content/ klopt niet'));
      expect(report).toMatch(/^De inhoud in content\/ klopt niet: 4 problemen in 3 bestanden\./);
      expect(report.indexOf('content/werkvormen/effectarena.md')).toBeGreaterThan(
        report.indexOf('content/vragen/start/vraag-2.md'),
      );
      expect(report).toMatch(/onbekende fase "later"/);
      expect(report).toMatch(/onbekende rol "iedereen"/);
      // The link is found at its source, in the same run, before anything is built.
      expect(report).toContain(
        `${linkFile}\n  regel ${line}: link /fasen/bestaat-niet/: die pagina bestaat niet; bedoelt u /fasen/start/?`,
      );
      expect(b.output).not.toMatch(/Kapotte links|building client|generating static routes/i);
      endsWithCount(b, 4, 3);
    });

    it('a synonym group with one term: names the synonym file, the group and what is wrong', async () => {
      const b = await buildWith((dir) =>
        edit(
          dir,
          'content/zoeken/synoniemen.yaml',
          /termen: \[AVG, GDPR, privacy, gegevensbescherming, privacywet\]/,
          'termen: [AVG]',
        ),
      );
      expect(b.ok).toBe(false);
      expect(b.output).toContain('content/zoeken/synoniemen.yaml');
      expect(b.output).toMatch(/0\.termen: .*minstens twee termen/);
    });
  },
);
