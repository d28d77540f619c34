import { describe, expect, it } from 'vitest';
import { ui } from '~/i18n/nl';
import { readPage } from '../support/site';

/**
 * Words the PDFs broke at a line end ("stan-" / "daardpraatje") are joined again on the site,
 * and the errata section of their source says so in one line of ours. These are all six such
 * breaks in the sources' text (found in shared/seeds: a word ending on "-" at a line end).
 */
const JOINS: { source: string; page: string; word: string }[] = [
  { source: 'interviews', page: 'bronnen/interviews/interview-aan-z/index.html', word: 'standaardpraatje' },
  { source: 'interviews', page: 'bronnen/interviews/interview-aan-z/index.html', word: 'kan ondersteunen' },
  { source: 'interviews', page: 'bronnen/interviews/interview-elan/index.html', word: 'eigenwijze' },
  {
    source: 'interviews',
    page: 'bronnen/interviews/interview-swoa/index.html',
    word: 'pakketten en leveranciers',
  },
  { source: 'interviews', page: 'bronnen/interviews/interview-de-smd/index.html', word: 'bezighoudt' },
  {
    source: 'toolkit',
    page: 'bronnen/toolkit/h4-ervaringen-van-gemeenten/index.html',
    word: 'ondersteunende hulp',
  },
];

const errataSection = (html: string) =>
  /<section class="errata"[^>]*>[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';

describe('words the PDFs broke at a line end', () => {
  it.for(JOINS)('reads "$word" whole on its page, never broken', ({ page, word }) => {
    const html = readPage(page);
    expect(html).toContain(word);
    const [first] = word.split(' ').slice(-1);
    for (let i = 2; i < first!.length - 1; i++)
      expect(html, `${first!.slice(0, i)}- ${first!.slice(i)}`).not.toContain(
        `${first!.slice(0, i)}- ${first!.slice(i)}`,
      );
  });

  it.for([...new Set(JOINS.map((j) => j.source))])(
    'says so in one line of ours in the errata of %s',
    (source) => {
      const section = errataSection(readPage(`bronnen/${source}/index.html`));
      expect(section).toMatch(/<p class="errata-joined"><span class="ours ours-inline">/);
      expect(section).toContain(ui.errataJoined);
    },
  );
});
