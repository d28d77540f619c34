import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { bookSources, squash } from '../support/book';
import { questions } from '../support/content';
import { DIST } from '../support/site';

/**
 * The whole handbook as an EPUB 3 (dist/boekjes/handboek.epub), checked by the tools a
 * publisher would use: epubcheck (Debian package, Java) with no error and no warning, and DAISY
 * Ace (axe-core over every XHTML document, through puppeteer and Debian's Chromium, see
 * .puppeteerrc.cjs) with no violation. And read as an e-reader would: the archive's layout,
 * the metadata, one document per source holding that source whole.
 */
const epub = join(DIST, 'boekjes', 'handboek.epub');
const EPUBCHECK = '/usr/share/java/epubcheck.jar';
const work = mkdtempSync(join(tmpdir(), 'handboek-epub-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const files = () => unzipSync(readFileSync(epub));
const text = (name: string) => strFromU8(files()[name]!);

describe('the whole handbook as an EPUB', () => {
  it('is made by the build with the booklets', () => {
    expect(existsSync(epub), `${epub} ontbreekt`).toBe(true);
  });

  it('passes epubcheck with 0 errors and 0 warnings', () => {
    expect(existsSync(EPUBCHECK), 'epubcheck ontbreekt: apt-get install -y epubcheck').toBe(true);
    const report = join(work, 'epubcheck.json');
    spawnSync('java', ['-jar', EPUBCHECK, '--json', report, epub], { encoding: 'utf8' });
    const { messages, checker } = JSON.parse(readFileSync(report, 'utf8')) as {
      messages: {
        ID: string;
        severity: string;
        message: string;
        locations: { path: string; line: number }[];
      }[];
      checker: { nFatal: number; nError: number; nWarning: number };
    };
    const lines = messages.map(
      (m) => `${m.severity} ${m.ID} ${m.locations[0]?.path}:${m.locations[0]?.line} ${m.message}`,
    );
    expect(lines).toEqual([]);
    expect([checker.nFatal, checker.nError, checker.nWarning]).toEqual([0, 0, 0]);
    // epubcheck starts a Java VM: about 30 s on an idle 2-core machine, several times that when busy.
  }, 300_000);

  it('has no violation by DAISY Ace (axe-core over every document)', () => {
    const ace = createRequire(import.meta.url).resolve('@daisy/ace-cli/bin/ace.js');
    const out = join(work, 'ace');
    const run = spawnSync(process.execPath, [ace, '--silent', '--force', '--outdir', out, epub], {
      encoding: 'utf8',
    });
    expect(run.error).toBeUndefined();
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      assertions: {
        'earl:testSubject': { url: string };
        assertions: { 'earl:test': { 'dct:title': string; 'earl:impact': string } }[];
      }[];
    };
    const violations = report.assertions.flatMap((doc) =>
      doc.assertions.map(
        (a) =>
          `${doc['earl:testSubject'].url}: ${a['earl:test']['dct:title']} (${a['earl:test']['earl:impact']})`,
      ),
    );
    expect(report.assertions.length).toBeGreaterThan(5);
    expect(violations).toEqual([]);
    // Ace starts Chromium through Puppeteer and runs axe over every document: about 30 s idle.
  }, 300_000);

  it('starts with an uncompressed mimetype, as the OCF asks', () => {
    const head = readFileSync(epub).subarray(0, 58);
    expect(head.readUInt16LE(8), 'compression method').toBe(0);
    expect(head.subarray(30, 38).toString()).toBe('mimetype');
    expect(head.subarray(38, 58).toString()).toBe('application/epub+zip');
  });

  it('names its language, title, creators per source and its accessibility', () => {
    const opf = text('OEBPS/package.opf');
    expect(opf).toContain('<dc:language>nl</dc:language>');
    expect(opf).toMatch(/<dc:title>Het hele handboek/);
    for (const source of bookSources()) {
      const front = readFileSync(
        existsSync(`content/bronnen/${source.id}.md`)
          ? `content/bronnen/${source.id}.md`
          : `content/bronnen/${source.id}.mdx`,
        'utf8',
      );
      // The first author (or project lead, or the publisher where it names none) as the source names it.
      const named =
        /^(?:auteurs|projectleiding):\s*\n\s*-\s*(.+)$/m.exec(front)?.[1] ??
        /^uitgever:\s*(.+)$/m.exec(front)![1]!;
      expect(opf, source.id).toContain(
        `<dc:creator>${named
          .trim()
          .replace(/^(["'])(.*)\1$/, '$2')
          .replace(/&/g, '&amp;')}</dc:creator>`,
      );
    }
    for (const property of [
      'accessMode',
      'accessModeSufficient',
      'accessibilityFeature',
      'accessibilityHazard',
      'accessibilitySummary',
    ])
      expect(opf).toContain(`<meta property="schema:${property}">`);
  });

  it('has a navigation document with the contents and landmarks, and one document per source with the source whole', () => {
    const nav = text('OEBPS/nav.xhtml');
    expect(nav).toContain('epub:type="toc"');
    expect(nav).toContain('epub:type="landmarks"');
    const all = files();
    for (const source of bookSources()) {
      const doc = `OEBPS/${source.id}.xhtml`;
      expect(all[doc], doc).toBeDefined();
      expect(nav).toContain(`href="${source.id}.xhtml#`);
      const body = squash(
        strFromU8(all[doc]!)
          .replace(/<[^>]+>/g, ' ')
          .replace(/&amp;/g, '&'),
      );
      expect(body).toContain(squash(source.rights));
      for (const title of source.sectionTitles)
        expect(body, `${source.id}: ${title}`).toContain(squash(title));
    }
    const beslishulp = squash(
      strFromU8(all['OEBPS/beslishulp.xhtml']!)
        .replace(/<[^>]+>/g, ' ')
        .replace(/&amp;/g, '&'),
    );
    for (const q of questions()) expect(beslishulp, q.text).toContain(squash(q.text));
  });

  it('links between its documents, never to the server it was made from', () => {
    const all = files();
    const hrefs = Object.entries(all)
      .filter(([name]) => name.endsWith('.xhtml'))
      .flatMap(([, bytes]) => [...strFromU8(bytes).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!));
    expect(hrefs.filter((h) => /^[a-z]+\.xhtml#/.test(h)).length).toBeGreaterThan(50);
    expect(hrefs.filter((h) => /127\.0\.0\.1|localhost/.test(h) || h.startsWith('/'))).toEqual([]);
  });
});
