import { describe, expect, it } from 'vitest';
import { markOurs } from '~/lib/markdown-plugins.mjs';
import { firstParagraph } from '~/lib/quote';
import { groupIntoParts } from '~/lib/source-parts';

describe('a source page groups sections under the headings the document prints', () => {
  const sections = [1, 2, 3, 4, 5].map((volgorde) => ({ id: `s${volgorde}`, data: { volgorde } }));
  it('puts a run of sections under its part and leaves the others alone, in order', () => {
    const groups = groupIntoParts(sections, [
      { titel: '10 aanbevelingen bij implementatie', van: 2, tot: 3 },
    ]);
    expect(groups.map((g) => [g.part?.titel ?? null, g.sections.map((s) => s.id)])).toEqual([
      [null, ['s1']],
      ['10 aanbevelingen bij implementatie', ['s2', 's3']],
      [null, ['s4', 's5']],
    ]);
  });
  it('without parts, every section stands alone in one group', () => {
    expect(groupIntoParts(sections, [])).toEqual([{ part: undefined, sections }]);
  });
});

describe('quoting a source exactly', () => {
  it('takes the first paragraph of a body, skipping MDX imports and headings, in one line', () => {
    const body =
      "\nimport Ours from '../x.astro';\n\n## Kop\n\nWat is er nodig om\neffectief samen te werken?\n\nTweede.";
    expect(firstParagraph(body)).toBe('Wat is er nodig om effectief samen te werken?');
  });
});

describe('captions and headers we added to a table are marked as ours', () => {
  const labels = { caption: 'bijschrift: van ons', captionAndHeaders: 'bijschrift en kolomkoppen: van ons' };
  it('labels the caption and names the headers when they are ours too', () => {
    const html =
      '<table><caption data-ours>Factsheet BUUV</caption><thead><tr><th scope="col" data-ours>Kenmerk</th><th scope="col">BUUV</th></tr></thead></table>';
    expect(markOurs(html, labels)).toBe(
      '<table><caption>Factsheet BUUV <small class="ours-label">(bijschrift en kolomkoppen: van ons)</small></caption><thead><tr><th scope="col" class="ours-part">Kenmerk</th><th scope="col">BUUV</th></tr></thead></table>',
    );
  });
  it('labels only the caption when the headers are the source’s, and leaves unmarked tables alone', () => {
    const ours = '<table><caption data-ours>Leesadvies</caption><tr><th>Fase</th></tr></table>';
    expect(markOurs(ours, labels)).toContain('(bijschrift: van ons)');
    const theirs = '<table><caption>Uit de bron</caption><tr><th>Fase</th></tr></table>';
    expect(markOurs(theirs, labels)).toBe(theirs);
  });
});
