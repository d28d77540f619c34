import { describe, expect, it } from 'vitest';
import { sourceOfLink } from '~/lib/link-sources';
import {
  AFTER_DEV,
  formatProblems,
  lineOf,
  lineOfField,
  lineOfPath,
  problemCount,
  problemFromRule,
  reportBody,
  reportTitle,
} from '~/lib/problems';

describe('the problem report', () => {
  const problems = [
    { file: 'content/werkvormen/b.md', line: 7, message: 'titel: tweede' },
    { file: 'content/vragen/a.md', line: 2, message: 'fase: onbekend', detail: 'Original\nmessage' },
    { file: 'content/werkvormen/b.md', line: 3, message: 'titel: eerste' },
  ];

  it('counts problems and files in Dutch, singular and plural', () => {
    expect(problemCount(problems)).toBe('3 problemen in 2 bestanden');
    expect(problemCount(problems.slice(0, 1))).toBe('1 probleem in 1 bestand');
  });

  it('groups by file in name order, lines in order, the original message indented below, the count last', () => {
    const text = formatProblems(problems);
    expect(text.split('\n')[0]).toBe('De inhoud in content/ klopt niet: 3 problemen in 2 bestanden.');
    expect(text).toContain(
      'content/vragen/a.md\n  regel 2: fase: onbekend\n      Original\n      message\n\ncontent/werkvormen/b.md\n  regel 3: titel: eerste\n  regel 7: titel: tweede',
    );
    expect(text.split('\n').at(-1)).toMatch(/^3 problemen in 2 bestanden\. /);
  });

  it('reads the file of a cross-file rule message, with an item name where the rule gives one', () => {
    expect(problemFromRule('content/vragen/start/vraag-2.md: nummer: al gebruikt')).toEqual({
      file: 'content/vragen/start/vraag-2.md',
      message: 'nummer: al gebruikt',
    });
    expect(problemFromRule('content/errata.yaml (x-y): bron: "z" bestaat niet')).toEqual({
      file: 'content/errata.yaml',
      message: '(x-y) bron: "z" bestaat niet',
    });
  });

  it('finds the line of a frontmatter field, of a YAML list item, and of a text', () => {
    const text = '---\ntitel: A\nfasen: [start]\n---\nTekst met "iets".';
    expect(lineOfField(text, 'fasen')).toBe(3);
    expect(lineOfField(text, 'rollen')).toBeUndefined();
    expect(lineOfField('- { id: a, bron: x }\n- { id: b, bron: y }', '', 'b')).toBe(2);
    expect(lineOf(text, 'iets')).toBe(5);
  });
});

describe('where a link of a built page was written in content/', () => {
  const sources = [
    {
      file: 'content/a.mdx',
      text: '---\nx: 1\n---\n\nZie [hier](/fasen/start/#anker) en [daar](/werkvormen/x/).',
    },
  ];

  it('takes the base path off and finds the Markdown link with its line', () => {
    expect(sourceOfLink('/handboek/werkvormen/x/', '/handboek/', sources)).toEqual({
      file: 'content/a.mdx',
      line: 5,
      written: '/werkvormen/x/',
    });
    expect(sourceOfLink('/fasen/start/#anker', '/', sources)?.line).toBe(5);
  });

  it('gives nothing for a link that is not in content/ (it comes from the code)', () => {
    expect(sourceOfLink('/zoeken/', '/', sources)).toBeUndefined();
  });
});

describe('the line of a nested field', () => {
  const text =
    '---\nbron: dossier\nvragen:\n  - vraag: start/vraag-1\n    gewicht: kern\n  - vraag: start/vraag-2\n    gewicht: hoog\nrollen: [burger]\n---\n';

  it('follows the path into list items and their keys', () => {
    expect(lineOfPath(text, ['vragen', 1, 'gewicht'])).toBe(7);
    expect(lineOfPath(text, ['vragen', 0, 'vraag'])).toBe(4);
    expect(lineOfPath(text, ['vragen', 1])).toBe(6);
    expect(lineOfPath(text, ['rollen', 0])).toBe(8);
    expect(lineOfPath(text, ['ontbreekt'])).toBeUndefined();
  });
});

describe('the report’s words', () => {
  it('asks to fix "it" for one problem and "them" for more, and tells what to do after', () => {
    const one = [{ file: 'content/a.md', message: 'x' }];
    expect(reportTitle(one)).toBe('De inhoud in content/ klopt niet: 1 probleem in 1 bestand.');
    expect(reportBody(one).split('\n').at(-1)).toBe(
      '1 probleem in 1 bestand. Verbeter het en draai `npm run build` opnieuw.',
    );
    expect(
      reportBody([...one, ...one], AFTER_DEV)
        .split('\n')
        .at(-1),
    ).toBe('2 problemen in 1 bestand. Verbeter ze en sla het bestand op: de pagina ververst dan vanzelf.');
  });
});
