import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf, textOf } from '../support/pdf';
import { DIST, DIST_SUB, readPage } from '../support/site';

/**
 * The booklets of `npm run booklets` (DIST/boekjes/<fase>.pdf), read as a reader's PDF viewer
 * would with Debian's poppler-utils: A4, tagged, bookmarks, a title, and every question of
 * the phase with the opening of both its answers. The expected text comes from content/.
 */

const PHASES = readdirSync('content/fasen')
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => f.replace(/\.mdx?$/, ''));

const poppler = (tool: string, args: string[]) =>
  execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** One plain front-matter field of a content file: unquoted, 'single' or "double" quoted. */
function field(file: string, key: string): string {
  const front = readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '';
  const raw = front.match(new RegExp(`^${key}:[ \\t]*(.*)$`, 'm'))?.[1]?.trim();
  if (!raw || /^[|>]/.test(raw))
    throw new Error(`${file}: "${key}" is leeg of over meerdere regels; deze test leest één regel`);
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  if (raw.startsWith('"')) return JSON.parse(raw) as string;
  return raw;
}

/** Text compared without any whitespace: a PDF breaks lines anywhere, also after "-" or "/". */
const squash = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, '');

const firstSentence = (text: string) => text.match(/^.*?[.!?](?=\s|$)/s)?.[0] ?? text;

describe.each(PHASES)('boekje %s', (phase) => {
  const pdf = join(DIST, 'boekjes', `${phase}.pdf`);
  const questionFiles = readdirSync(join('content/vragen', phase)).filter((f) => /^vraag-\d+\.mdx?$/.test(f));

  it('is a PDF (run `npm run booklets` after the build)', () => {
    expect(existsSync(pdf), `${pdf} ontbreekt`).toBe(true);
  });

  it('is A4, tagged, titled and in Dutch', () => {
    const info = poppler('pdfinfo', [pdf]);
    const size = info.match(/^Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)$/m);
    expect(size, info).not.toBeNull();
    expect(Math.abs(Number(size![1]) - 595.28)).toBeLessThan(1);
    expect(Math.abs(Number(size![2]) - 841.89)).toBeLessThan(1);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    // The whole title: Chromium cuts longer ones with "…".
    expect(info).toMatch(/^Title:\s+Boekje [^…\n]+ · Handboek Digitaal Samenwerken$/m);
    expect(textOf(readPdf(pdf).catalog['/Lang'])).toBe('nl');
  });

  it('has bookmarks for the contents, the introduction and every question', () => {
    const titles = readPdf(pdf).bookmarks;
    expect(titles).toContain('Inhoud');
    expect(titles).toContain('Inleiding');
    for (const file of questionFiles) {
      const number = field(join('content/vragen', phase, file), 'nummer');
      expect(
        titles.some((t) => t.startsWith(`Vraag ${number}:`)),
        `bladwijzer "Vraag ${number}" in ${titles.join(' | ')}`,
      ).toBe(true);
    }
  });

  it('holds every question and the opening sentence of both answers', () => {
    const text = squash(poppler('pdftotext', [pdf, '-']));
    expect(questionFiles.length).toBeGreaterThan(0);
    for (const file of questionFiles) {
      const question = join('content/vragen', phase, file);
      expect(text).toContain(squash(field(question, 'vraag')));
      for (const letter of ['a', 'b']) {
        const answer = join('content/antwoorden', phase, file.replace(/\.mdx?$/, `-${letter}.mdx`));
        expect(text, answer).toContain(squash(firstSentence(field(answer, 'inleiding'))));
      }
    }
  });

  it('links nowhere but the web (no server it was printed from)', () => {
    const urls = poppler('pdfinfo', ['-url', pdf]);
    expect(urls).not.toMatch(/https?:\/\/(127\.0\.0\.1|localhost)/);
  });

  it('numbers its contents with the pages the chapters start on', () => {
    const firstPages = poppler('pdftotext', ['-f', '2', '-l', '2', '-layout', pdf, '-']);
    expect(firstPages).toMatch(/Inhoud/);
    expect(firstPages).toMatch(/Inleiding\s+2\s*$/m);
  });
});

describe('booklet print pages', () => {
  it.each(PHASES)(
    '/boekjes/%s/ is left out of search, ships no script of its own and has unique ids',
    (phase) => {
      const html = readPage(`boekjes/${phase}/index.html`);
      expect(html).not.toContain('data-pagefind-body');
      // The scripts allowed are the small loaders every page has: the header search's, and the
      // offline copy's (it loads nothing unless the reader chose the copy).
      const scripts = [...html.matchAll(/<script[^>]*>([^<]*)<\/script>/gi)].map((m) => m[1] ?? '');
      expect(
        scripts.filter((code) => !code.includes('kop-zoekterm') && !code.includes('data-offline-client')),
      ).toEqual([]);
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    },
  );
});

describe('links to the booklets', () => {
  // Both builds of `npm test`: the root one, and the one under /handboek/ (hosting tests).
  const builds: [string, string][] = [[DIST, '/']];
  const sub = DIST_SUB;
  if (existsSync(join(sub, 'index.html'))) builds.push([sub, '/handboek/']);

  it.each(builds)('on the home and phase pages of %s resolve to files', (dir, base) => {
    const pages = ['index.html', ...PHASES.map((p) => `fasen/${p}/index.html`)];
    let checked = 0;
    for (const page of pages) {
      const hrefs = [...readPage(page, dir).matchAll(/href="([^"]*\/boekjes\/[^"]*)"/g)].map((m) => m[1]!);
      for (const href of hrefs) {
        expect(href.startsWith(base), `${page}: ${href} begint niet met ${base}`).toBe(true);
        const file = join(dir, href.slice(base.length), href.endsWith('/') ? 'index.html' : '');
        expect(existsSync(file), `${dir}/${page} linkt naar ${href}, maar ${file} bestaat niet`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(PHASES.length * 3);
  });
});

/**
 * Toward PDF/UA-1 (ISO 14289-1), point by point, read with qpdf and poppler — not with the
 * code that wrote it (scripts/lib/pdf-ua.mjs). What these checks cannot see (reading order
 * of every glyph, the meaning of alternative texts) needs a human or a full checker.
 */
describe.each(PHASES)('boekje %s toward PDF/UA', (phase) => {
  const file = join(DIST, 'boekjes', `${phase}.pdf`);
  const pdf = readPdf(file);
  const elements = Object.values(pdf.objects)
    .map((o) => o.value as Record<string, unknown> | undefined)
    .filter((v): v is Record<string, unknown> => !!v && v['/Type'] === '/StructElem');
  const kids = (element: Record<string, unknown>) => {
    const k = element['/K'];
    return (Array.isArray(k) ? k : [k]).filter((x) => typeof x === 'string').map((ref) => pdf.dict(ref));
  };

  it('passes qpdf --check', () => {
    expect(() => execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).not.toThrow();
  });

  it('has XMP metadata with its title, language and the PDF/UA part, matching the document info', () => {
    const xmp = poppler('pdfinfo', ['-meta', file]);
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toMatch(/<dc:language><rdf:Bag><rdf:li>nl<\/rdf:li><\/rdf:Bag><\/dc:language>/);
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${textOf(pdf.info['/Title'])}</rdf:li>`);
  });

  it('opens with its title shown and the bookmarks panel open; Creator and Producer name no browser', () => {
    expect(pdf.catalog['/PageMode']).toBe('/UseOutlines');
    expect(pdf.dict(pdf.catalog['/ViewerPreferences'])['/DisplayDocTitle']).toBe(true);
    expect(pdf.dict(pdf.catalog['/MarkInfo'])['/Marked']).toBe(true);
    for (const key of ['/Creator', '/Producer'])
      expect(textOf(pdf.info[key])).not.toMatch(/Mozilla|Headless/);
  });

  it('maps every non-standard structure type to a standard one', () => {
    const roleMap = pdf.dict(pdf.dict(pdf.catalog['/StructTreeRoot'])['/RoleMap']);
    const used = new Set(elements.map((e) => String(e['/S'])));
    for (const type of ['/Strong', '/Em']) if (used.has(type)) expect(roleMap[type], type).toBe('/Span');
  });

  it('has no Figure without alternative text, list items of Lbl and LBody, and header cells with a scope', () => {
    expect(elements.filter((e) => e['/S'] === '/Figure' && !e['/Alt'])).toEqual([]);
    const items = elements.filter((e) => e['/S'] === '/LI');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const types = kids(item).map((k) => k['/S']);
      expect(types.every((t) => t === '/Lbl' || t === '/LBody')).toBe(true);
      expect(types).toContain('/LBody');
    }
    for (const cell of elements.filter((e) => e['/S'] === '/TH'))
      expect(['/Column', '/Row', '/Both']).toContain(pdf.dict(cell['/A'])['/Scope']);
  });

  it('describes every link and sets the tab order by structure on pages with links', () => {
    for (const { dict: page } of pdf.pages) {
      const annots = (page['/Annots'] ?? []) as string[];
      if (annots.length > 0) expect(page['/Tabs']).toBe('/S');
      for (const annot of annots.map(pdf.dict).filter((a) => a['/Subtype'] === '/Link'))
        expect(textOf(annot['/Contents']).trim().length).toBeGreaterThan(0);
    }
  });

  it('marks everything it paints outside the structure (running footer, backgrounds) as an artifact', () => {
    const painting = /^(Tj|TJ|'|"|f\*?|F|S|s|B\*?|b\*?|Do|sh)$/;
    const untagged: string[] = [];
    pdf.pages.forEach(({ contents }, index) => {
      // Text is written as <hex> strings; literal (strings) are dropped before splitting.
      const tokens = contents
        .map(pdf.streamText)
        .join('\n')
        .replace(/\((?:\\.|[^\\)])*\)/g, '()')
        .split(/\s+|(?=[[<(/])|(?<=[>\])])/);
      let depth = 0;
      for (const token of tokens) {
        if (token === 'BDC' || token === 'BMC') depth++;
        else if (token === 'EMC') depth--;
        else if (depth === 0 && painting.test(token)) untagged.push(`blz. ${index + 1}: ${token}`);
      }
    });
    expect(untagged.slice(0, 5)).toEqual([]);
  });
});
