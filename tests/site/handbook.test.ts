import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionCount, questionsPerPhase } from '../support/content';
import { DIST, htmlPages, readPage } from '../support/site';

/** What a reader finds in the built handbook: the beslishulp whole, the sources woven in. */
// Read from content/: an editor who adds a question does not have to change this test.
const PHASE_QUESTIONS = questionsPerPhase();
const SECTION_LABELS = [
  'Randvoorwaarden',
  'Slaagfactoren',
  'Faalfactoren',
  'Tips',
  'Werkvormen',
  'Aandachtspunten',
];
const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
const mainOf = (html: string) => html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
/** Internal hrefs of a page with the (root) base removed. */
const hrefs = (html: string) => [...html.matchAll(/href="(\/[^"#]*)(#[^"]*)?"/g)].map((m) => m[1]!);

describe('the beslishulp', () => {
  it('has five phases, each with the questions of its folder in content/vragen/', () => {
    expect(Object.keys(PHASE_QUESTIONS)).toHaveLength(5);
    for (const [phase, n] of Object.entries(PHASE_QUESTIONS)) {
      const html = readPage(`fasen/${phase}/index.html`);
      expect(count(html, /<article class="question"/g), phase).toBe(n);
    }
  });

  it('gives every question exactly one A and one B answer, on the phase page and each on its own page', () => {
    for (const [phase, n] of Object.entries(PHASE_QUESTIONS)) {
      const html = readPage(`fasen/${phase}/index.html`);
      for (const letter of ['A', 'B'])
        expect(count(html, new RegExp(`class="advice" data-letter="${letter}"`, 'g'))).toBe(n);
      for (let q = 1; q <= n; q++)
        for (const letter of ['a', 'b'])
          expect(
            existsSync(join(DIST, `fasen/${phase}/vraag-${q}/${letter}/index.html`)),
            `${phase} ${q}${letter}`,
          ).toBe(true);
    }
  });

  it('shows at least one section (randvoorwaarden, tips, …) in every answer', () => {
    const answers = htmlPages().filter((p) => /^fasen\/[a-z]+\/vraag-\d+\/[ab]\/index\.html$/.test(p));
    expect(answers).toHaveLength(2 * questionCount());
    for (const page of answers) {
      const headings = [...mainOf(readPage(page)).matchAll(/<h3[^>]*>([^<]+)<\/h3>/g)].map((m) => m[1]);
      expect(
        headings.some((h) => SECTION_LABELS.includes(h!)),
        page,
      ).toBe(true);
    }
  });

  it('has the numbered werkvormen on pages of their own, and every werkvorm an answer links to exists', () => {
    const numbered = globSync('*.{md,mdx}', { cwd: 'content/werkvormen' })
      .map((f) => readFileSync(join('content/werkvormen', f), 'utf8').match(/^nummer: (\d+)$/m)?.[1])
      .filter(Boolean);
    const titles = htmlPages()
      .filter((p) => p.startsWith('werkvormen/') && p !== 'werkvormen/index.html')
      .map((p) => readPage(p).match(/<h1>Werkvorm (\d):/)?.[1])
      .filter(Boolean);
    expect(numbered.length).toBeGreaterThan(0);
    expect(titles.sort()).toEqual(numbered.sort());
    for (const page of htmlPages().filter((p) => p.startsWith('fasen/')))
      for (const link of hrefs(mainOf(readPage(page))).filter((h) => h.startsWith('/werkvormen/')))
        expect(existsSync(join(DIST, link, 'index.html')), `${page} → ${link}`).toBe(true);
  });

  it('lists its corrections on the source page', () => {
    const html = readPage('bronnen/beslishulp/index.html');
    expect(html).toContain('Verbeteringen ten opzichte van het origineel');
    // The first correction of the beslishulp, as content/errata.yaml has it.
    const first = /bron: beslishulp,.*?origineel: "([^"]+)"/.exec(
      readFileSync('content/errata.yaml', 'utf8'),
    )![1]!;
    expect(html).toContain(first.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  });
});

describe('the other sources, woven into the phases', () => {
  it('every phase page links to sections of at least three sources', () => {
    for (const phase of Object.keys(PHASE_QUESTIONS)) {
      // Under its questions and, folded, in "Meer uit de bronnen over deze fase".
      const related = mainOf(readPage(`fasen/${phase}/index.html`));
      const sources = new Set(
        hrefs(related)
          .map((h) => h.split('/')[2])
          .filter((s) => s && s !== 'beslishulp'),
      );
      expect(sources.size, phase).toBeGreaterThanOrEqual(3);
    }
  });

  it('every section on a source page is tagged with a phase, or says it serves none', () => {
    const pages = htmlPages().filter((p) => p.startsWith('bronnen/') && p !== 'bronnen/index.html');
    let sections = 0;
    for (const page of pages) {
      for (const block of readPage(page).split('<section class="section-block"').slice(1)) {
        sections++;
        const tags = block.match(/<p class="tags">[\s\S]*?<\/p>/)?.[0] ?? '';
        expect(tags, page).toMatch(/Fasen:\s*(<a href="\/fasen\/[a-z]+\/"|geen bepaalde fase)/);
      }
    }
    expect(sections).toBeGreaterThan(150);
  });

  it("every role's reading path has entries", () => {
    for (const page of htmlPages().filter((p) => /^rollen\/[a-z]+\/index\.html$/.test(p))) {
      const main = mainOf(readPage(page));
      expect(count(main, /<a href="\/bronnen\//g), page).toBeGreaterThan(0);
    }
  });

  it('every table has a caption and header cells', () => {
    let tables = 0;
    for (const page of htmlPages()) {
      for (const table of readPage(page).match(/<table[\s\S]*?<\/table>/g) ?? []) {
        tables++;
        expect(table, page).toMatch(/<caption/);
        expect(table, page).toMatch(/<th[\s>]/);
      }
    }
    expect(tables).toBeGreaterThan(10);
  });

  it('every source page shows its credits, including its rights statement', () => {
    for (const source of ['beslishulp', 'stappenplan', 'dossier', 'interviews', 'toolkit']) {
      const html = readPage(`bronnen/${source}/index.html`);
      expect(html).toMatch(/<dt>Rechten<\/dt>\s*<dd>[^<]{10,}/);
      expect(html).toMatch(/<dt>Uitgever<\/dt>/);
    }
  });

  it('long sources have chapter pages linked from the source page', () => {
    for (const source of ['interviews', 'toolkit']) {
      const chapters = new Set(
        hrefs(readPage(`bronnen/${source}/index.html`)).filter((h) =>
          new RegExp(`^/bronnen/${source}/[^/]+/$`).test(h),
        ),
      );
      expect(chapters.size, source).toBeGreaterThanOrEqual(5);
    }
  });

  it("reads the toolkit's chapter 3 in its sub-chapters; the chapter page lists them and keeps the old anchors", () => {
    const main = mainOf(readPage('bronnen/toolkit/h3-aanpak/index.html'));
    const list = main.slice(main.indexOf('id="in-dit-hoofdstuk"'), main.indexOf('class="pager"'));
    const parts = [...list.matchAll(/<a href="\/bronnen\/toolkit\/(h3-[^/"]+)\/">([^<]+)<\/a>/g)].map(
      (m) => m[2],
    );
    expect(parts).toEqual([
      '3.1 Verkennen',
      '3.2 Ontwerpen',
      '3.3 Implementeren',
      '3.4 Wie is de burger?',
      '3.5 Evalueren',
    ]);
    // A link made when the chapter was one page (…/h3-aanpak/#marktorientatie) lands on the entry leading there.
    const entries = [
      ...list.matchAll(/<li id="([^"]+)"><a href="\/bronnen\/toolkit\/(h3-[^/"]+)\/#([^"]+)">/g),
    ];
    expect(entries.length).toBeGreaterThanOrEqual(28);
    for (const [, id, chapter, anchor] of entries) {
      expect(anchor).toBe(id);
      expect(readPage(`bronnen/toolkit/${chapter}/index.html`)).toContain(`<h2 id="${anchor}"`);
    }
  });

  it('no placeholder link to "#" and no PDF navigation text is left', () => {
    for (const page of htmlPages()) {
      const main = mainOf(readPage(page));
      expect(main, page).not.toMatch(/href="#?"/);
      expect(main, page).not.toMatch(
        /Kies een antwoord en klik op de letter|NAAR REFLECTIE|polygon icon|triangle accent/i,
      );
    }
  });
});
