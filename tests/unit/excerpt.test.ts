import { describe, expect, it } from 'vitest';
import { openingExcerpt as excerpt } from '~/lib/advice-excerpt';
import { plainBlocks, plainInline } from '~/lib/excerpt';

describe('plainInline: a line of Markdown as the reader sees it', () => {
  it('drops emphasis, link targets, inline HTML, entities and escapes', () => {
    expect(
      plainInline(
        '**Let op:** lees [de toolkit](/bronnen/toolkit/) en *de* bron<sup>1</sup> &amp; meer 1\\) ok',
      ),
    ).toBe('Let op: lees de toolkit en de bron1 & meer 1) ok');
  });
  it('keeps underscores and asterisks that are part of words', () => {
    expect(plainInline('sociaal_kapitaal en 5 * 3')).toBe('sociaal_kapitaal en 5 * 3');
  });
});

describe('plainBlocks: the prose of a body, block by block', () => {
  it('keeps paragraphs, list items (ordered ones with their number) and quotes; leaves out headings and tables', () => {
    const body = [
      '> ‘Een citaat.’',
      '',
      '### Kop',
      '',
      'Een alinea',
      'over twee regels.',
      '',
      '- punt een',
      '- punt twee',
      '',
      '3. derde',
      '',
      '<table><tr><td>x</td></tr></table>',
    ].join('\n');
    expect(plainBlocks(body)).toEqual([
      '‘Een citaat.’',
      'Een alinea over twee regels.',
      'punt een',
      'punt twee',
      '3. derde',
    ]);
  });
});

describe('openingExcerpt: the opening words of a passage shown without a question', () => {
  it('reads a backslash at the end of a line as a line break, not as text', () => {
    expect(excerpt("> *Het kader is 'x'.\\\n> De vraag is: 'y'?*")).toBe(
      "Het kader is 'x'. De vraag is: 'y'?",
    );
  });

  it('gives whole sentences, at most two, and marks that the passage goes on', () => {
    const body = 'Eerste zin hier. Tweede zin daar. Derde zin nooit.';
    expect(excerpt(body)).toBe('Eerste zin hier. Tweede zin daar. …');
  });

  it('gives a short passage whole, without an ellipsis', () => {
    expect(excerpt('Alles in één zin.')).toBe('Alles in één zin.');
  });

  it('cuts a long first sentence at a word boundary, never inside a word', () => {
    const words = Array.from({ length: 80 }, (_, i) => `woord${i}`).join(' ');
    const result = excerpt(`${words}.`, 100);
    expect(result.endsWith(' …')).toBe(true);
    const kept = result.slice(0, -2);
    expect(kept.length).toBeLessThanOrEqual(100);
    expect(words.startsWith(kept)).toBe(true);
    expect(words.charAt(kept.length)).toBe(' ');
  });

  it('does not end a sentence at an abbreviation or a number with a dot, and keeps a list item whole', () => {
    expect(
      excerpt('Alle organisaties hebben o.a. een projectleider. Dit jaar is dit €50.000,- per jaar. Meer.'),
    ).toBe('Alle organisaties hebben o.a. een projectleider. Dit jaar is dit €50.000,- per jaar. …');
    expect(excerpt('5. Alle organisaties hebben o.a. een projectleider. Meer.')).toBe(
      '5. Alle organisaties hebben o.a. een projectleider. Meer.',
    );
  });

  it('takes the list along when the first block is only a lead-in, each item on its own line', () => {
    const body =
      'Maak afspraken:\n\n- Zorg voor overeenkomsten.\n- Beperk de belasting.\n- Spreek dezelfde taal.';
    expect(excerpt(body)).toBe(
      'Maak afspraken:\nZorg voor overeenkomsten.\nBeperk de belasting.\nSpreek dezelfde taal.',
    );
  });

  it('starts after a sentence that only introduces a speaker', () => {
    const body = 'Jan is bij Elan werkzaam als maatschappelijk werker. Hij begon klein. Dat werkte.';
    expect(excerpt(body)).toBe('… Hij begon klein. Dat werkte.');
  });

  it('starts after a heading that opens the body and stops before a table', () => {
    const body = '### Kop\n\nKort.\n\n<table><tr><td>Cel</td></tr></table>\n\nNa de tabel.';
    expect(excerpt(body)).toBe('Kort. …');
  });

  it('gives nothing for a body without prose', () => {
    expect(excerpt('<table><tr><td>x</td></tr></table>')).toBe('');
  });
});
