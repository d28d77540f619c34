import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bookUi, ui } from '~/i18n/nl';
import { megabytes } from '~/lib/take-along';
import { bookSources, squash } from '../support/book';
import { questions } from '../support/content';
import { readPdf, textOf } from '../support/pdf';
import { DIST, DIST_SUB, readPage } from '../support/site';

/**
 * The whole handbook as one PDF (dist/boekjes/handboek.pdf, made with the booklets), read as a
 * reader's viewer would with poppler and qpdf: tagged, in Dutch, PDF/UA identification, one
 * top-level bookmark per source with the phases under the beslishulp, contents with the pages
 * the parts start on, every source whole with its rights line and errata, and our own text
 * marked. The per-booklet PDF/UA checks (tests/site/booklets.test.ts) hold for it as well, as
 * it is printed and post-processed by the same code.
 */
const pdf = join(DIST, 'boekjes', 'handboek.pdf');
const run = (tool: string, args: string[]) =>
  execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const sources = bookSources();

interface Bookmark {
  title: string;
  page: number;
  kids: Bookmark[];
}
const bookmarks = (): Bookmark[] => {
  const read = (items: { title: string; destpageposfrom1: number; kids: unknown[] }[]): Bookmark[] =>
    items.map((i) => ({ title: i.title, page: i.destpageposfrom1, kids: read(i.kids as never) }));
  return read(JSON.parse(run('qpdf', ['--json=2', '--json-key=outlines', pdf])).outlines);
};

describe('the whole handbook as one PDF', () => {
  it('is made by the build with the booklets', () => {
    expect(existsSync(pdf), `${pdf} ontbreekt`).toBe(true);
  });

  it('is A4, tagged, titled, in Dutch and identifies as PDF/UA-1', () => {
    const info = run('pdfinfo', [pdf]);
    expect(info).toMatch(/^Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toContain(`Title:           ${bookUi.title} · ${ui.siteTitle}`);
    const read = readPdf(pdf);
    expect(textOf(read.catalog['/Lang'])).toBe('nl');
    expect(read.catalog['/PageMode']).toBe('/UseOutlines');
    expect(run('pdfinfo', ['-meta', pdf])).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(() => run('qpdf', ['--check', pdf])).not.toThrow();
  });

  it('has one top-level bookmark per source, after the contents and introduction, and the phases under the beslishulp', () => {
    const top = bookmarks();
    expect(top.map((b) => b.title)).toEqual([ui.contents, bookUi.aboutTitle, ...sources.map((s) => s.title)]);
    const beslishulp = top.find((b) => b.title === sources[0]!.title)!;
    const phaseTitles = beslishulp.kids.map((k) => k.title).filter((t) => /^Reflectie \d: /.test(t));
    expect(phaseTitles).toHaveLength(new Set(questions().map((q) => q.phase)).size);
    expect(beslishulp.kids.map((k) => k.title)).toContain(ui.booklet.methodsTitle);
  });

  it('numbers its contents with the pages the sources start on', () => {
    const top = bookmarks();
    const contents = run('pdftotext', ['-f', '2', '-l', '3', '-layout', pdf, '-']);
    for (const source of sources) {
      const page = top.find((b) => b.title === source.title)!.page;
      const line = contents.split('\n').find((l) => l.includes(source.title.slice(0, 30)));
      expect(line, source.title).toMatch(new RegExp(`\\s${page}\\s*$`));
    }
  });

  it('holds every source whole: its title, rights line and every section, every question, the errata, and our text marked', () => {
    const text = squash(run('pdftotext', [pdf, '-']));
    for (const source of sources) {
      expect(text).toContain(squash(source.title));
      expect(text).toContain(squash(source.rights));
      for (const title of source.sectionTitles)
        expect(text, `${source.id}: ${title}`).toContain(squash(title));
    }
    for (const q of questions()) expect(text, q.text).toContain(squash(q.text));
    const errata = parse(readFileSync('content/errata.yaml', 'utf8')) as { correctie: string }[];
    expect(errata.length).toBeGreaterThan(0);
    for (const e of errata) expect(text).toContain(squash(e.correctie));
    expect(text).toContain(squash(ui.ours));
  });

  it('links within the book to places in the book, and nowhere near the server it was printed from', () => {
    const urls = run('pdfinfo', ['-url', pdf]);
    expect(urls).not.toMatch(/https?:\/\/(127\.0\.0\.1|localhost)/);
    const read = readPdf(pdf);
    const internal = Object.values(read.objects).filter((o) => {
      const v = o.value as Record<string, unknown> | undefined;
      return v?.['/Subtype'] === '/Link' && v['/Dest'] !== undefined;
    });
    expect(internal.length).toBeGreaterThan(100);
  });
});

describe('links to the whole book', () => {
  const builds: [string, string][] = [[DIST, '/']];
  if (existsSync(join(DIST_SUB, 'index.html'))) builds.push([DIST_SUB, '/handboek/']);

  it.each(builds)('on the home page and every source page of %s, with the size of the file', (dir, base) => {
    const pages = ['index.html', ...sources.map((s) => `bronnen/${s.id}/index.html`)];
    for (const page of pages) {
      const html = readPage(page, dir);
      for (const [file, kind] of [
        ['handboek.pdf', 'PDF'],
        ['handboek.epub', 'EPUB'],
      ] as const) {
        expect(html, page).toContain(`href="${base}boekjes/${file}"`);
        const size = megabytes(readFileSync(join(dir, 'boekjes', file)).length);
        expect(html, page).toContain(`>${bookUi.size(kind, size)}</span>`);
      }
    }
  });
});
