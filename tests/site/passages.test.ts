import { existsSync, globSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { NOT_ADVICE, NOT_ADVICE_KINDS } from '~/lib/passages';
import { htmlPages, readPage } from '../support/site';

/**
 * The other sources at the level of the question: every answer shows what they say about it,
 * each opening stands verbatim in its source, and phase pages stay short without JavaScript.
 * Counts come from the built pages, so an editor's new link or passage never breaks a test.
 */

/** Questions for which the sources truly hold less than 3 passages from 2 sources, with why. None now. */
const FEWER_PASSAGES: Record<string, string> = {};

const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCharCode(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
/** Text as a reader compares it: typographic quotes, dashes and ellipses as typed, one space. */
const normal = (s: string) =>
  decode(s)
    .replace(/[‘’‚′]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/…/g, '...')
    .replace(/\.{3,}/g, '...') // the source page sets "...." as one ellipsis, as Markdown typography does
    .replace(/[–—]|--/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
/** An HTML fragment as text: block boundaries become spaces, inline tags vanish. */
const textOf = (html: string) =>
  normal(
    html
      .replace(/<\/?(p|li|ul|ol|h[1-6]|br|td|th|tr|table|caption|blockquote|div|section|dd|dt)\b[^>]*>/g, ' ')
      .replace(/<[^>]+>/g, ''),
  );

interface Passage {
  source: string;
  href: string;
  quote: string;
}
function passagesIn(html: string): Passage[] {
  return [
    ...html.matchAll(
      /<span class="passage-source">([^<]*):<\/span>\s*<a href="([^"]+)"[^>]*>(?:(?!<\/li>)[\s\S])*?<blockquote class="passage-quote">\s*<p>([\s\S]*?)<\/p>/g,
    ),
  ].map((m) => ({ source: m[1]!, href: m[2]!, quote: m[3]! }));
}

/** The anchors of a phase's advice sections: tagged with the phase, not a colofon, list or profile. */
function adviceOf(phase: string): string[] {
  return globSync('content/secties/*/*.md*').flatMap((file) => {
    const data = parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as { fasen: string[]; soort: string };
    const id = file.replace(/^content\/secties\//, '').replace(/\.mdx?$/, '');
    const advice = !NOT_ADVICE_KINDS.includes(data.soort) && !(id in NOT_ADVICE);
    return data.fasen.includes(phase) && advice ? [id.split('/')[1]!.replace(/^\d+-/, '')] : [];
  });
}

const answerPages = htmlPages().filter((p) => /^fasen\/[^/]+\/vraag-\d+\/[ab]\/index\.html$/.test(p));
const phasePages = htmlPages().filter((p) => /^fasen\/[^/]+\/index\.html$/.test(p));

describe('what the other sources say, under every answer', () => {
  it('finds the answer pages', () => expect(answerPages.length).toBeGreaterThanOrEqual(24));

  it('gives every answer at least 3 passages from at least 2 other sources', () => {
    const short: string[] = [];
    for (const page of answerPages) {
      const question = page.split('/').slice(1, 3).join('/');
      const passages = passagesIn(readPage(page));
      const sources = new Set(passages.map((p) => p.source));
      if ((passages.length < 3 || sources.size < 2) && !(question in FEWER_PASSAGES))
        short.push(`${page}: ${passages.length} passages uit ${sources.size} bronnen`);
      expect(passages.every((p) => !p.href.startsWith('/bronnen/beslishulp/'))).toBe(true);
    }
    expect(short).toEqual([]);
  });

  it('shows the kern passages first and folds the background ones, with their count', () => {
    let folded = 0;
    for (const page of answerPages) {
      const block = /<section class="other-sources"[\s\S]*?<\/section>/.exec(readPage(page))?.[0] ?? '';
      const details =
        /<details class="passages-background">\s*<summary>[^<]*?(\d+) passages?[^<]*<\/summary>([\s\S]*?)<\/details>/.exec(
          block,
        );
      if (!details) continue;
      folded++;
      expect(passagesIn(details[2]!).length, page).toBe(Number(details[1]));
      expect(block.indexOf('<ul class="passages">'), page).toBeLessThan(block.indexOf('<details'));
    }
    expect(folded).toBeGreaterThan(0);
  });

  it('puts the passages inside the answer’s advice block', () => {
    for (const page of answerPages)
      expect(readPage(page), page).toMatch(
        /<div class="answer-advice" data-advies="[^"]+">[\s\S]*class="other-sources"/,
      );
  });

  it('shows both answers of a question the same passages', () => {
    for (const page of answerPages.filter((p) => p.includes('/a/'))) {
      const a = passagesIn(readPage(page)).map((p) => p.href);
      const b = passagesIn(readPage(page.replace('/a/', '/b/'))).map((p) => p.href);
      expect(b, page).toEqual(a);
    }
  });
});

describe('every opening shown stands verbatim in its section', () => {
  const pagesWithQuotes = htmlPages().filter((p) => readPage(p).includes('class="passage-quote"'));
  const sectionText = new Map<string, string>();
  /** The text of a section on its source page: from its heading to the next section. */
  function textOfSection(href: string): string {
    const cached = sectionText.get(href);
    if (cached !== undefined) return cached;
    const [path, anchor] = href.split('#');
    const html = readPage(`${path!.replace(/^\//, '')}index.html`);
    const start = html.indexOf(`id="${anchor}"`);
    expect(start, href).toBeGreaterThan(-1);
    const next = html.indexOf('<section class="section-block">', start);
    const text = textOf(html.slice(start, next === -1 ? html.indexOf('</main>', start) : next));
    sectionText.set(href, text);
    return text;
  }

  // A phase page shows them once an answer is chosen, fetched from the answer page.
  it('finds openings on answer and role pages', () => {
    for (const prefix of ['fasen/start/vraag-1/a/', 'rollen/gemeente/'])
      expect(
        pagesWithQuotes.some((p) => p.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it('quotes each passage word for word, never ending on a lead-in without its list', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const page of pagesWithQuotes)
      for (const p of passagesIn(readPage(page))) {
        const quote = normal(p.quote.replace(/^…\s*/, '').replace(/\s*…$/, ''));
        expect(quote.length, `${page} ${p.href}`).toBeGreaterThan(10);
        if (!textOfSection(p.href).includes(quote)) wrong.push(`${page} → ${p.href}: ${quote}`);
        if (/:$/.test(decode(p.quote).trim())) wrong.push(`${page} → ${p.href}: eindigt op een dubbelepunt`);
        checked++;
      }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});

describe('phase pages that guide', () => {
  /** Links into the sources a reader sees without unfolding anything (no JavaScript needed). */
  const unfoldedSourceLinks = (html: string) => {
    const main = html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
    const outside = main.replace(/<details[\s\S]*?<\/details>/g, '');
    return [...outside.matchAll(/href="\/bronnen\/[^"]+"/g)].length;
  };

  it('shows at most 30 source links unfolded on any phase page, the rest folded per source', () => {
    const counts = Object.fromEntries(phasePages.map((p) => [p, unfoldedSourceLinks(readPage(p))]));
    for (const [page, n] of Object.entries(counts)) expect(n, page).toBeLessThanOrEqual(30);
    console.info('source links unfolded per phase page:', counts);
  });

  it('keeps everything reachable: each phase page folds "Meer uit de bronnen" per source, with counts, each linking to its list on the phase\'s "meer" page; every advice section of the phase is on an answer page or that list', () => {
    let folded = 0;
    for (const page of phasePages) {
      const html = readPage(page);
      const more = readPage(page.replace(/index\.html$/, 'meer/index.html'));
      const groups = [
        ...html.matchAll(
          /<details data-meer="([^"]+)">\s*<summary>([^<]*)\((\d+) passages?\)<\/summary>([\s\S]*?)<\/details>/g,
        ),
      ];
      expect(groups.length, page).toBeGreaterThan(0);
      folded += groups.length;
      for (const [, anchor, source, n, summaryAndList] of groups) {
        expect(summaryAndList, `${page} ${source}`).toContain(`meer/#${anchor}"`);
        const list = new RegExp(`<div id="${anchor}">([\\s\\S]*?)</ul>`).exec(more)?.[1] ?? '';
        expect([...list.matchAll(/<li/g)].length, `${page} ${source}`).toBe(Number(n));
      }
      const phase = page.split('/')[1]!;
      const answerPages = htmlPages().filter((p) => p.startsWith(`fasen/${phase}/vraag-`));
      const linked = new Set(
        [more, ...answerPages.map((p) => readPage(p))].flatMap((h) =>
          [...h.matchAll(/href="\/bronnen\/[^"]*#([^"]+)"/g)].map((m) => m[1]),
        ),
      );
      expect(
        adviceOf(phase).filter((anchor) => !linked.has(anchor)),
        page,
      ).toEqual([]);
    }
    expect(folded).toBeGreaterThan(0);
  });

  it('leaves colofons, leeswijzers, link lists and organisation profiles in their source', () => {
    const anchors = Object.keys(NOT_ADVICE).map((id) => id.split('/')[1]!.replace(/^\d+-/, ''));
    for (const id of Object.keys(NOT_ADVICE)) {
      const [source, name] = id.split('/');
      expect(
        existsSync(`content/secties/${source}/${name}.md`) ||
          existsSync(`content/secties/${source}/${name}.mdx`),
        id,
      ).toBe(true);
    }
    for (const page of phasePages.flatMap((p) => [p, p.replace(/index\.html$/, 'meer/index.html')])) {
      const html = readPage(page);
      for (const anchor of anchors)
        expect(html, `${page} #${anchor}`).not.toMatch(new RegExp(`href="/bronnen/[^"]*#${anchor}"`));
      expect(html, page).not.toMatch(/href="\/bronnen\/[^"]*#(meer-lezen|colofon|websites|bronnen)"/);
    }
  });
});
