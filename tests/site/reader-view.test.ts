import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reflectionUi, ui } from '~/i18n/nl';
import { field, questionsPerPhase } from '../support/content';
import { DIST, htmlPages, readPage } from '../support/site';

/**
 * What a reader sees in the built pages, before any script runs: a phase page that leads
 * (questions and choices, no advice or passages carried along), each source named once on the
 * home page, a source page's date and permission once, and labels apart from their text.
 */
const mainOf = (html: string) => html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const phases = Object.entries(questionsPerPhase());
const sourcePages = htmlPages().filter((p) => /^bronnen\/[^/]+\/index\.html$/.test(p));

describe('a phase page before an answer', () => {
  it.each(phases)(
    '%s: each question with two choices, linked to answer pages that hold the advice block',
    (phase, n) => {
      const html = readPage(`fasen/${phase}/index.html`);
      for (let q = 1; q <= n; q++) {
        const article =
          new RegExp(`<article class="question" id="vraag-${q}"[\\s\\S]*?</article>`).exec(html)?.[0] ?? '';
        const links = [...article.matchAll(/<a class="choice" data-letter="[AB]" href="([^"]+)"/g)].map(
          (m) => m[1]!,
        );
        expect(links, `${phase} vraag ${q}`).toEqual([
          `/fasen/${phase}/vraag-${q}/a/`,
          `/fasen/${phase}/vraag-${q}/b/`,
        ]);
        for (const link of links) {
          const answer = join(DIST, link, 'index.html');
          expect(existsSync(answer), link).toBe(true);
          expect(readPage(join(link, 'index.html').slice(1)), link).toContain('<div data-advies-blok>');
        }
      }
    },
  );

  it.each(phases)('%s: carries no advice text and no passages of the other sources', (phase) => {
    const main = mainOf(readPage(`fasen/${phase}/index.html`));
    expect(main).not.toContain('class="passage-quote"');
    expect(main).not.toContain('class="passages"');
    const opening = field(`antwoorden/${phase}/vraag-1-a.mdx`, 'inleiding').slice(0, 60);
    expect(text(main)).not.toContain(opening);
  });

  it.each(phases)('%s: the roles folded, with their number', (phase) => {
    const main = mainOf(readPage(`fasen/${phase}/index.html`));
    expect(main).toMatch(
      new RegExp(
        `<details class="fold"><summary>${ui.rolesIntro.replace('?', '\\?')} \\(\\d+ rollen\\)</summary>`,
      ),
    );
  });

  it('separates "Uw antwoorden:" from the text after it', () => {
    expect(readPage('fasen/start/index.html')).toContain(
      `<strong>${reflectionUi.progressTitle}</strong> <span`,
    );
  });
});

describe('each thing once', () => {
  it('the home page links every source once', () => {
    const home = readPage('index.html');
    for (const page of sourcePages)
      expect(count(home, `href="/${page.replace('index.html', '')}"`), page).toBe(1);
  });

  // The source's own text may print its date too (the dossier does): that stays, it is theirs.
  it.each(sourcePages)(
    '%s gives its date and permission once, in the credits, not again above the title',
    (page) => {
      const html = readPage(page);
      const date = /<dt>Datum<\/dt><dd>([^<]+)<\/dd>/.exec(html)![1]!;
      const kicker = /<p class="kicker">([^<]*)<\/p>/.exec(html)![1]!;
      expect(kicker).not.toContain(date);
      expect(count(html, '<dl class="credits">')).toBe(1);
      expect(count(text(mainOf(html)), ui.credits.toestemming)).toBe(1);
    },
  );
});
