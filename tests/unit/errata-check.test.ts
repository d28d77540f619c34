import { describe, expect, it } from 'vitest';
import { findErrataProblems, inFileOrder, plainText, stringsIn } from '~/lib/errata-check';

const erratum = (id: string, bron: string, origineel: string, correctie: string) => ({
  id,
  data: { bron: { id: bron }, origineel, correctie },
});
const file = (name: string, bron: string, text: string) => ({ file: `content/${name}`, bron, text });

describe('errata stay applied (build check)', () => {
  it('passes when the correction is in its source and the original nowhere', () => {
    const problems = findErrataProblems(
      [erratum('dossier-wie-neemt', 'dossier', 'We neemt het initiatief', 'Wie neemt het initiatief')],
      [file('secties/dossier/02.md', 'dossier', '- Wie neemt het initiatief om voorstellen op te maken?')],
    );
    expect(problems).toEqual([]);
  });

  it('names the file that still holds the original, and what to write instead', () => {
    const problems = findErrataProblems(
      [erratum('interviews-incluzio', 'interviews', 'Includio', 'Incluzio')],
      [
        file('bronnen/interviews.md', 'interviews', 'titel: Interview Incluzio (Nederland)'),
        file('secties/interviews/065.md', 'interviews', 'gemeente Zaanstad, Includio en DOCK'),
      ],
    );
    expect(problems).toEqual([
      'content/secties/interviews/065.md: bevat nog "Includio", de fout die content/errata.yaml (interviews-incluzio) verbetert; schrijf "Incluzio"',
    ]);
  });

  it('gives one message when the original is back in place of the correction, not a second about the correction', () => {
    const problems = findErrataProblems(
      [erratum('dossier-wie-neemt', 'dossier', 'We neemt het initiatief', 'Wie neemt het initiatief')],
      [file('secties/dossier/02.md', 'dossier', '- We neemt het initiatief om voorstellen op te maken?')],
    );
    expect(problems).toEqual([
      'content/secties/dossier/02.md: bevat nog "We neemt het initiatief", de fout die content/errata.yaml (dossier-wie-neemt) verbetert; schrijf "Wie neemt het initiatief"',
    ]);
  });

  it('reports a correction that its own source does not contain, even when another source does', () => {
    const problems = findErrataProblems(
      [erratum('toolkit-regisserend', 'toolkit', '2.1 Regisserend', '2.2 Regisserend')],
      [
        file('secties/dossier/x.md', 'dossier', '2.2 Regisserend'),
        file('secties/toolkit/y.md', 'toolkit', ''),
      ],
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/errata\.yaml \(toolkit-regisserend\): correctie: "2\.2 Regisserend"/,
    );
  });

  it('sees through Markdown links, emphasis, HTML and line breaks', () => {
    const text =
      'zie [werkvorm 7:\n tijdlijn-workshop](/werkvormen/tijdlijn-workshop/) en **op de tijdelijk** <em>geplakt</em>';
    expect(plainText(text)).toBe('zie werkvorm 7: tijdlijn-workshop en op de tijdelijk geplakt');
    const problems = findErrataProblems(
      [
        erratum('a', 'beslishulp', 'zie werkvorm 7: tijdelijk-workshop', 'zie werkvorm 7: tijdlijn-workshop'),
        erratum('b', 'beslishulp', 'op de tijdelijk geplakt', 'op de tijdlijn geplakt'),
      ],
      [file('antwoorden/x.mdx', 'beslishulp', text)],
    );
    // Erratum a is applied (the link text holds the correction); b's original is still there.
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/antwoorden\/x\.mdx: bevat nog "op de tijdelijk geplakt"/);
  });

  it('allows a correction that contains its original', () => {
    const problems = findErrataProblems(
      [erratum('c', 'toolkit', 'stap 2', 'stap 2a')],
      [file('secties/toolkit/z.md', 'toolkit', 'Zie stap 2a.')],
    );
    expect(problems).toEqual([]);
  });

  it('reads every text of a frontmatter, nested lists included', () => {
    expect(
      stringsIn({ titel: 'A', nummer: 3, hoofdstukken: [{ id: 'x', titel: 'B' }], lijst: ['C'] }),
    ).toEqual(['A', 'x', 'B', 'C']);
  });

  it('keeps errata in the order of their file, not the order of their ids', () => {
    const yaml = [
      '# comment mentioning id: b',
      '- { id: dossier-z, bron: dossier }',
      '- { id: "dossier-a", bron: dossier }',
      '- id: dossier-m',
      '  bron: dossier',
    ].join('\n');
    const sorted = inFileOrder([{ id: 'dossier-a' }, { id: 'dossier-m' }, { id: 'dossier-z' }], yaml);
    expect(sorted.map((e) => e.id)).toEqual(['dossier-z', 'dossier-a', 'dossier-m']);
  });
});
