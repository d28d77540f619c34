import { cpSync, existsSync, globSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, edit, projectRoot as root, run } from '../support/project-copy';

/**
 * The real `astro build` on copies of the project, broken as an editor breaks them. Five
 * builds, side by side:
 * - the unbroken copy, on a machine without Chromium: it builds, says the PDFs were skipped,
 *   links to the print versions instead, and warns about the source whose rights are reserved;
 * - one copy with a mistake in each of many files: the content check stops the build before
 *   anything is built, and the END of the output is one report of them all: per file the
 *   line, what is wrong and what is allowed, and the count. Each mistake has its own test,
 *   reading that report; the exact count proves nothing else was reported;
 * - a copy whose mistakes only the built pages show (a link to an id of the code that is not on
 *   that page), which also records a rights permission, so the page shows it and the warning is gone;
 * - two copies built with `npm run build`'s own script (scripts/build.mjs), which stop in a
 *   second or two: broken YAML in a question file (one message, nothing from what names the
 *   question), and the same with a broken anchor (both in the first run).
 * BOOKLETS=0 unless said: no PDFs here (the PDFs have tests of their own in tests/site/).
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

/** Starts a build the first time a test asks for it; the tests that read it share it. */
function shared(start: () => Promise<Build>): () => Promise<Build> {
  let build: Promise<Build> | undefined;
  return () => (build ??= start());
}

/** The report of the content check: from its title to the end of the output. */
const reportOf = (b: Build) => b.output.slice(b.output.lastIndexOf('De inhoud in content/ klopt niet'));

const unbroken = shared(() => buildWith(() => {}, { BOOKLETS: '1', CHROMIUM_BIN: '/nonexistent/chromium' }));

interface Mistake {
  /** What the editor did, and what the report must say about it. */
  name: string;
  /** The files the report names for it, and how many problems it counts. */
  files: string[];
  problems: number;
  /** Breaks the copy; returns what the check needs to know about the broken file (its line). */
  make: (dir: string) => number;
  check: (report: string, line: number) => void;
}

const effectarena = 'content/werkvormen/effectarena.md';
const mistakes: Mistake[] = [
  {
    name: 'an unknown phase: file, line, field and the allowed phases, and nothing about what refers to it',
    files: ['content/vragen/start/vraag-2.md'],
    problems: 1,
    make: (dir) => (edit(dir, 'content/vragen/start/vraag-2.md', /^fase: start$/m, 'fase: afronding'), 2),
    check: (report) =>
      expect(report).toContain(
        'content/vragen/start/vraag-2.md\n  regel 2: fase: onbekende fase "afronding"; toegestaan: start, financiering',
      ),
  },
  {
    name: 'an unknown field: its line and the fields that are allowed',
    files: [effectarena],
    problems: 1,
    make: (dir) => (
      edit(dir, effectarena, /^fasen:/m, 'fase: [start]\nfasen:'),
      lineIn(dir, effectarena, /^fase:/)
    ),
    check: (report, line) =>
      expect(report).toMatch(
        new RegExp(
          `effectarena\\.md\\n  regel ${line}: onbekend veld "fase"; toegestane velden: titel, .*fasen`,
        ),
      ),
  },
  {
    name: 'one file with two mistakes: both under its name, in line order',
    files: ['content/werkvormen/digitaal-rollenspel.md'],
    problems: 2,
    make: (dir) => {
      edit(dir, 'content/werkvormen/digitaal-rollenspel.md', /^fasen: .*$/m, 'fasen: [later]');
      edit(dir, 'content/werkvormen/digitaal-rollenspel.md', /^rollen: .*$/m, 'rollen: [iedereen]');
      return 0;
    },
    check: (report) =>
      expect(report).toMatch(
        /content\/werkvormen\/digitaal-rollenspel\.md\n {2}regel \d+: fasen\.0: onbekende fase "later".*\n {2}regel \d+: rollen\.0: onbekende rol "iedereen"/,
      ),
  },
  {
    name: 'a section naming a question that does not exist: file, line, field and the existing questions',
    files: ['content/secties/dossier/04-maak-een-plan-van-aanpak.md'],
    problems: 1,
    make: (dir) => {
      const file = 'content/secties/dossier/04-maak-een-plan-van-aanpak.md';
      edit(dir, file, /^ {2}- vraag: implementatie\/vraag-2$/m, '  - vraag: implementatie/vraag-9');
      return lineIn(dir, file, /^vragen:/);
    },
    check: (report, line) => {
      expect(report).toContain(
        `04-maak-een-plan-van-aanpak.md\n  regel ${line}: vragen: vraag "implementatie/vraag-9" bestaat niet; bestaande vragen: `,
      );
      expect(report).toMatch(/bestaande vragen: .*\bimplementatie\/vraag-2\b/);
    },
  },
  {
    name: 'a link to a question with an unknown weight: file, line, field and the two weights',
    files: ['content/secties/dossier/05-krijg-zicht-op-kosten-en-baten.md'],
    problems: 1,
    make: (dir) => {
      const file = 'content/secties/dossier/05-krijg-zicht-op-kosten-en-baten.md';
      edit(dir, file, /^ {4}gewicht: kern$/m, '    gewicht: belangrijk');
      // The report points at the line of the wrong weight; the message names the item.
      return lineIn(dir, file, /^ {4}gewicht: belangrijk$/);
    },
    check: (report, line) =>
      expect(report).toContain(
        `05-krijg-zicht-op-kosten-en-baten.md\n  regel ${line}: vragen.0.gewicht: onbekend gewicht "belangrijk"; toegestaan: kern, achtergrond`,
      ),
  },
  {
    name: 'a reference to a werkvorm that does not exist: names the answer file and the werkvorm',
    files: ['content/antwoorden/financiering/vraag-1-a.mdx'],
    problems: 1,
    make: (dir) => {
      const file = 'content/antwoorden/financiering/vraag-1-a.mdx';
      edit(dir, file, /<Werkvorm id="business-model-canvas" \/>/, '<Werkvorm id="bestaat-niet" />');
      return lineIn(dir, file, /bestaat-niet/);
    },
    check: (report, line) =>
      expect(report).toMatch(
        new RegExp(
          `financiering/vraag-1-a\\.mdx\\n  regel ${line}: <Werkvorm id="bestaat-niet">: die werkvorm bestaat niet`,
        ),
      ),
  },
  {
    name: 'a question without its B answer: names the missing file',
    files: ['content/antwoorden/platform/vraag-2-b.mdx'],
    problems: 1,
    make: (dir) => (unlinkSync(join(dir, 'content/antwoorden/platform/vraag-2-b.mdx')), 0),
    check: (report) =>
      expect(report).toMatch(
        /content\/antwoorden\/platform\/vraag-2-b\.mdx\n {2}ontbreekt; vraag platform\/vraag-2 heeft een antwoord A en een antwoord B nodig/,
      ),
  },
  {
    name: 'a placeholder link from the PDF: names the file and line',
    files: ['content/antwoorden/start/vraag-1-a.mdx'],
    problems: 1,
    make: (dir) => {
      const file = 'content/antwoorden/start/vraag-1-a.mdx';
      edit(
        dir,
        file,
        /^- Helder mandaat voor de kartrekker/m,
        '- Zie [de website](#). Helder mandaat voor de kartrekker',
      );
      return lineIn(dir, file, /\[de website\]\(#\)/);
    },
    check: (report, line) =>
      expect(report).toContain(
        `content/antwoorden/start/vraag-1-a.mdx\n  regel ${line}: link zonder doel ("#")`,
      ),
  },
  {
    name: 'a link to a page that does not exist: found at its source, with the nearest page',
    files: ['content/antwoorden/start/vraag-1-b.mdx'],
    problems: 1,
    make: (dir) => {
      const file = 'content/antwoorden/start/vraag-1-b.mdx';
      edit(dir, file, /\s*$/, '\n\nZie ook [deze fase](/fasen/bestaat-niet/).\n');
      return lineIn(dir, file, /bestaat-niet/);
    },
    check: (report, line) =>
      expect(report).toContain(
        `content/antwoorden/start/vraag-1-b.mdx\n  regel ${line}: link /fasen/bestaat-niet/: die pagina bestaat niet; bedoelt u /fasen/start/?`,
      ),
  },
  {
    name: 'two werkvormen with the same id (nudge.md beside nudge.mdx): one message naming both files',
    files: ['content/werkvormen/nudge.mdx'],
    problems: 1,
    make: (dir) => (
      cpSync(join(dir, 'content/werkvormen/nudge.mdx'), join(dir, 'content/werkvormen/nudge.md')),
      0
    ),
    check: (report) =>
      expect(report).toMatch(
        /content\/werkvormen\/nudge\.mdx\n {2}dubbele id "nudge": content\/werkvormen\/nudge\.md heeft dezelfde naam/,
      ),
  },
  {
    name: 'two werkvormen with the same title, and two sections with the same short title: one message per pair, naming both files',
    files: ['content/werkvormen/stakeholderanalyse.md', 'content/secties/stappenplan/03-stap-1-leiding.md'],
    problems: 2,
    make: (dir) => {
      const title = field('content/werkvormen/stakeholderanalyse.md', 'titel');
      const shortTitle = field('content/secties/stappenplan/02-vooraf-vaarwater.md', 'korteTitel');
      edit(dir, 'content/werkvormen/netwerkanalyse.md', /^titel: .*$/m, `titel: ${title}`);
      edit(
        dir,
        'content/secties/stappenplan/03-stap-1-leiding.md',
        /^korteTitel: .*$/m,
        `korteTitel: "${shortTitle}"`,
      );
      return 0;
    },
    check: (report) => {
      const title = field('content/werkvormen/stakeholderanalyse.md', 'titel');
      expect(report).toContain(
        `content/werkvormen/stakeholderanalyse.md\n  regel 2: titel: "${title}" heeft content/werkvormen/netwerkanalyse.md ook`,
      );
      const line = lineIn(root, 'content/secties/stappenplan/03-stap-1-leiding.md', /^korteTitel:/);
      expect(report).toContain(
        `content/secties/stappenplan/03-stap-1-leiding.md\n  regel ${line}: korteTitel: "${field('content/secties/stappenplan/02-vooraf-vaarwater.md', 'korteTitel')}" heeft content/secties/stappenplan/02-vooraf-vaarwater.md ook`,
      );
    },
  },
  {
    name: 'a YAML mistake in the frontmatter: file, line, a Dutch sentence and the original message',
    files: ['content/werkvormen/klantprofielen.md'],
    problems: 1,
    make: (dir) => (
      edit(dir, 'content/werkvormen/klantprofielen.md', /^fasen: (.*)$/m, 'fasen: [start\nrollen: x'),
      0
    ),
    check: (report) => {
      expect(report).toMatch(/content\/werkvormen\/klantprofielen\.md\n {2}regel \d+: de YAML klopt niet/);
      expect(report).toMatch(/klantprofielen\.md\n.*\n {6}\S.*(unexpected|expected|flow|end of the stream)/i);
    },
  },
  {
    name: 'an MDX mistake (an unclosed brace): file, line, a Dutch sentence and the original message',
    files: ['content/antwoorden/start/vraag-3-a.mdx'],
    problems: 1,
    make: (dir) => {
      const file = 'content/antwoorden/start/vraag-3-a.mdx';
      edit(dir, file, /\s*$/, '\n\nEen open {accolade\n');
      return lineIn(dir, file, /Een open \{accolade/);
    },
    check: (report, line) => {
      expect(report).toMatch(
        new RegExp(`vraag-3-a\\.mdx\\n  regel (${line}|\\d+): MDX kan deze tekst niet lezen`),
      );
      expect(report).toMatch(/vraag-3-a\.mdx\n.*\n {6}.*brace/);
    },
  },
  {
    name: 'an erratum undone: the file, the line and the correction',
    files: ['content/secties/dossier/02-stel-een-implementatieteam-samen.md'],
    problems: 1,
    make: (dir) => {
      const file = 'content/secties/dossier/02-stel-een-implementatieteam-samen.md';
      edit(dir, file, /Wie neemt het initiatief/, 'We neemt het initiatief');
      return lineIn(dir, file, /We neemt het initiatief/);
    },
    check: (report, line) =>
      expect(report).toContain(
        `02-stel-een-implementatieteam-samen.md\n  regel ${line}: bevat nog "We neemt het initiatief", de fout die content/errata.yaml (dossier-wie-neemt) verbetert; schrijf "Wie neemt het initiatief"`,
      ),
  },
  {
    name: 'a synonym group with one term: the synonym file, the line of the group’s terms, what is wrong',
    files: ['content/zoeken/synoniemen.yaml'],
    problems: 1,
    make: (dir) => {
      const file = 'content/zoeken/synoniemen.yaml';
      edit(dir, file, /termen: \[AVG, GDPR, privacy, gegevensbescherming, privacywet\]/, 'termen: [AVG]');
      return lineIn(dir, file, /termen: \[AVG\]/);
    },
    check: (report, line) =>
      expect(report).toMatch(
        new RegExp(
          `content/zoeken/synoniemen\\.yaml\\n  regel ${line}: groep \\d+, termen: noem minstens twee termen`,
        ),
      ),
  },
];

const lines = new Map<string, number>();
const broken = shared(() =>
  buildWith((dir) => {
    for (const m of mistakes) lines.set(m.name, m.make(dir));
  }),
);

const afterBuilding = shared(() =>
  buildWith((dir) => {
    // Only in this throwaway copy: the real content never records a permission nobody gave.
    const sources = 'content/bronnen/stappenplan.md';
    edit(
      dir,
      sources,
      /^toestemming: .*$/m,
      'toestemming: { door: "Testpersoon, Testorganisatie", datum: "1 januari 2000" }',
    );
    // An id the code writes, but on the booklet pages, not on the phase page: only the built
    // pages can tell (the content check leaves ids of the code to the check after the build).
    edit(
      dir,
      'content/antwoorden/start/vraag-2-b.mdx',
      /\s*$/,
      '\n\nZie [de inhoud](/fasen/start/#boekje-inhoud).\n',
    );
  }),
);

/** `npm run build` (its script, scripts/build.mjs) on a copy: what the editor runs. */
const npmBuild = (change: (dir: string) => void) =>
  shared(async () => {
    const { dir, remove } = copyProject();
    copies.push(remove);
    change(dir);
    const { status, output } = await run(
      join(root, 'node_modules/.bin/node'),
      [join(dir, 'scripts/build.mjs')],
      dir,
      {
        OUT_DIR: join(dir, 'out'),
        CACHE_DIR: join(dir, '.cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        BOOKLETS: '0',
      },
    );
    return { ok: status === 0, status, output, end: output, dir };
  });
const brokenQuestion = (dir: string) =>
  edit(dir, 'content/vragen/start/vraag-1.md', /^vraag: (.*)$/m, 'vraag: [$1');
const yamlOnly = npmBuild(brokenQuestion);
const yamlAndAnchor = npmBuild((dir) => {
  brokenQuestion(dir);
  edit(
    dir,
    'content/antwoorden/start/vraag-2-b.mdx',
    /\s*$/,
    '\n\nZie [de eerste vraag](/fasen/start/#geen-anker).\n',
  );
});

// A generous timeout: on a busy shared machine a full build of a copy can take minutes.
describe.concurrent(
  'an editor’s mistakes stop the build with a report that names them',
  { timeout: 600_000 },
  () => {
    it('the unbroken copy builds; without Chromium it says the PDFs were skipped and links to the print version', async () => {
      const b = await unbroken();
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
        {
          OUT_DIR: join(b.dir, 'out'),
          BASE_PATH: '/handboek/',
        },
      );
      expect(refused.status).toBe(1);
      expect(refused.output).toMatch(/is gebouwd voor basispad \/, niet voor \/handboek\//);
      expect(existsSync(join(b.dir, 'out/boekjes/start.pdf'))).toBe(false);
    });

    it('a source that reserves all rights without recorded permission: the build warns, naming the source and the field', async () => {
      const b = await unbroken();
      expect(b.ok).toBe(true);
      // One line per source, short: which source, that permission is not recorded, where to record it.
      const warnings = b.output.split('\n').filter((l) => l.includes('[WAARSCHUWING]'));
      expect(warnings).toEqual([
        '[WAARSCHUWING] content/bronnen/stappenplan.md: alle rechten voorbehouden, toestemming niet vastgelegd; vul het veld toestemming in (uitleg: content/REDACTIE.md)',
      ]);
    });

    it.for(mistakes)('$name', async (mistake) => {
      const b = await broken();
      expect(b.status).toBe(1);
      mistake.check(reportOf(b), lines.get(mistake.name)!);
    });

    it('all the mistakes at once, before anything is built: grouped by file in name order, counted at the end', async () => {
      const b = await broken();
      expect(b.status).toBe(1);
      const report = reportOf(b);
      const files = [...new Set(mistakes.flatMap((m) => m.files))];
      const problems = mistakes.reduce((sum, m) => sum + m.problems, 0);
      expect(report).toMatch(
        new RegExp(
          `^De inhoud in content/ klopt niet: ${problems} problemen in ${files.length} bestanden\\.`,
        ),
      );
      // Every file once, as a heading of its own, in name order.
      const named = report.split('\n').filter((l) => /^content\//.test(l));
      expect(named).toEqual([...files].sort());
      expect(b.output).not.toMatch(/Kapotte links|building client|generating static routes/i);
      endsWithCount(b, problems, files.length);
    });

    it('broken YAML in a question file: one mistake, one message, although answers and passages name the question', async () => {
      const b = await yamlOnly();
      expect(b.status).toBe(1);
      expect(b.output.split('\n')[0]).toBe('Inhoud van content/ controleren…');
      expect(b.output).toContain('De inhoud in content/ klopt niet: 1 probleem in 1 bestand.');
      expect(b.output).toMatch(/content\/vragen\/start\/vraag-1\.md\n {2}regel \d+: de YAML klopt niet/);
      expect(b.output).not.toMatch(/bestaat niet/);
      endsWithCount(b, 1, 1);
      // Stopped before Astro started.
      expect(b.output).not.toMatch(/\[build\]|\[content\]|astro/i);
    });

    it('a broken anchor is reported in the same run as broken YAML, before anything is built', async () => {
      const b = await yamlAndAnchor();
      const file = 'content/antwoorden/start/vraag-2-b.mdx';
      expect(b.status).toBe(1);
      expect(b.output).toContain(
        `${file}\n  regel ${lineIn(b.dir, file, /geen-anker/)}: link /fasen/start/#geen-anker: anker #geen-anker bestaat niet op /fasen/start/; bedoelt u #vraag-1`,
      );
      expect(b.output).toMatch(/content\/vragen\/start\/vraag-1\.md\n {2}regel \d+: de YAML klopt niet/);
      endsWithCount(b, 2, 2);
    });

    it('a link to an anchor only the built pages can judge: the .mdx and its line, after the build', async () => {
      const b = await afterBuilding();
      const file = 'content/antwoorden/start/vraag-2-b.mdx';
      expect(b.status).toBe(1);
      expect(b.end).toContain(
        `${file}\n  regel ${lineIn(b.dir, file, /boekje-inhoud/)}: link /fasen/start/#boekje-inhoud: anker #boekje-inhoud bestaat niet`,
      );
      expect(b.end).not.toMatch(/index\.html\n/);
      endsWithCount(b, 1, 1);
    });

    it('a recorded permission silences the rights warning and is shown in the credits', async () => {
      const b = await afterBuilding();
      expect(b.output).not.toContain('[WAARSCHUWING]');
      const page = readFileSync(join(b.dir, 'out/bronnen/stappenplan/index.html'), 'utf8');
      expect(page).toContain('Testpersoon, Testorganisatie, 1 januari 2000');
    });
  },
);
