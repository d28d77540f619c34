import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSynonyms } from '~/integrations/pagefind';
import { compoundsByPart, indexedText, splitCompound, wordList, words } from '~/lib/search-index';

const known = new Set([
  'gegevens',
  'uitwisseling',
  'samenwerking',
  'platform',
  'keuze',
  'implementatie',
  'team',
  'kar',
]);

describe('splitCompound', () => {
  it('splits a compound into parts that are words of the handbook, with a linking s', () => {
    expect(splitCompound('gegevensuitwisseling', known)).toEqual(['gegevens', 'uitwisseling']);
    expect(splitCompound('samenwerkingsplatform', known)).toEqual(['samenwerking', 'platform']);
    expect(splitCompound('platformkeuze', known)).toEqual(['platform', 'keuze']);
  });
  it('splits into three parts when it must', () => {
    expect(splitCompound('samenwerkingsplatformkeuze', known)).toEqual(['samenwerking', 'platform', 'keuze']);
  });
  it('leaves words alone whose parts are unknown or shorter than four letters', () => {
    expect(splitCompound('kartrekker', known)).toEqual([]);
    expect(splitCompound('implementatieplan', known)).toEqual([]);
    expect(splitCompound('team', known)).toEqual([]);
  });
});

describe('compoundsByPart', () => {
  it('lists the compounds of the handbook under their last part, most used first', () => {
    const counts = new Map([
      ['gegevens', 5],
      ['uitwisseling', 4],
      ['gegevensuitwisseling', 2],
      ['platform', 9],
      ['samenwerking', 7],
      ['samenwerkingsplatform', 3],
      ['keuze', 2],
      ['platformkeuze', 1],
    ]);
    expect(compoundsByPart(counts)).toEqual({
      keuze: ['platformkeuze'],
      platform: ['samenwerkingsplatform'],
      uitwisseling: ['gegevensuitwisseling'],
    });
  });
});

describe('words, indexedText and wordList', () => {
  it('reads words with diacritics, in lower case', () => {
    expect(words('Cliënten, e-health en AVG!')).toEqual(['cliënten', 'e', 'health', 'en', 'avg']);
  });
  it('takes only the indexed body of a page, without scripts', () => {
    const html = '<header>Menu</header><main data-pagefind-body><p>Tekst</p><script>code()</script></main>';
    expect(words(indexedText(html))).toEqual(['tekst']);
    expect(indexedText('<main><p>niet geïndexeerd</p></main>')).toBe('');
  });
  it('lists words of four letters or more, most frequent first, ties alphabetically', () => {
    const counts = new Map([
      ['platform', 3],
      ['de', 9],
      ['keuze', 3],
      ['kartrekker', 5],
    ]);
    expect(wordList(counts)).toEqual(['kartrekker', 'keuze', 'platform']);
  });
});

describe('loadSynonyms (content/zoeken/synoniemen.yaml)', () => {
  const file = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'synoniemen-')), 'synoniemen.yaml');
    writeFileSync(path, text);
    return path;
  };
  it('reads the editors’ file: every group has two or more terms', () => {
    const groups = loadSynonyms();
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) expect(group.length).toBeGreaterThanOrEqual(2);
  });
  it('stops with the file, the field and what is wrong', () => {
    expect(() => loadSynonyms(file('- waarom: test\n  termen: [AVG]\n'))).toThrow(
      /synoniemen\.yaml:\n0\.termen: .*minstens twee termen/,
    );
    expect(() => loadSynonyms(file('- termen: [AVG, GDPR]\n'))).toThrow(/0\.waarom: waarom ontbreekt/);
    expect(() => loadSynonyms(file('- waarom: x\n  termen: [AVG, avg]\n'))).toThrow(/twee keer/);
    expect(() => loadSynonyms(file('- waarom: [x\n'))).toThrow(/geen geldige YAML/);
  });
});
