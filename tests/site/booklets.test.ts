import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, readPage } from '../support/site';

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

/** The titles of a PDF's bookmarks (outline items: dictionaries with /Title and /Parent). */
function bookmarks(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const titles: string[] = [];
  for (const [dict] of raw.matchAll(/<<\/Title [^]*?>>/g)) {
    if (!dict.includes('/Parent')) continue;
    const hex = dict.match(/^<<\/Title <FEFF([0-9A-Fa-f]*)>/)?.[1];
    const literal = dict.match(/^<<\/Title \(((?:\\.|[^\\)])*)\)/)?.[1];
    if (hex) titles.push(Buffer.from(hex, 'hex').swap16().toString('utf16le'));
    else if (literal !== undefined) titles.push(literal.replace(/\\(.)/g, '$1'));
  }
  return titles;
}

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
    expect(readFileSync(pdf).toString('latin1')).toContain('/Lang (nl)');
  });

  it('has bookmarks for the contents, the introduction and every question', () => {
    const titles = bookmarks(readFileSync(pdf));
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
  it.each(PHASES)('/boekjes/%s/ is left out of search, ships no script and has unique ids', (phase) => {
    const html = readPage(`boekjes/${phase}/index.html`);
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toMatch(/<script/i);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('links to the booklets', () => {
  // Both builds of `npm test`: the root one, and the one under /handboek/ (hosting tests).
  const builds: [string, string][] = [[DIST, '/']];
  const sub = process.env.SUB_DIST_DIR ?? 'dist-sub';
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
