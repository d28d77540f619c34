import { describe, expect, it } from 'vitest';
import { editDistance } from '~/lib/edit-distance';
import {
  bestPerPage,
  closestWord,
  compoundVariants,
  formOf,
  contentWords,
  mergeRanked,
  onlyShortHits,
  replacementFor,
  combineWords,
  rarity,
  synonymVariants,
} from '~/lib/search-query';

const groups = [
  ['vorming', 'scholing', 'training'],
  ['financiering', 'subsidie', 'wie betaalt'],
];

describe('synonymVariants', () => {
  it('replaces a word by each other term of its group, keeping the other words', () => {
    expect(synonymVariants('Vorming medewerkers', groups)).toEqual([
      { query: 'scholing medewerkers', phrase: false },
      { query: 'training medewerkers', phrase: false },
    ]);
  });
  it('knows a term with a short ending, and phrases of the list', () => {
    expect(synonymVariants('trainingen', groups).map((v) => v.query)).toEqual(['vorming', 'scholing']);
    expect(synonymVariants('wie betaalt het platform', groups)).toEqual([
      { query: 'financiering het platform', phrase: true },
      { query: 'subsidie het platform', phrase: true },
    ]);
  });
  it('has none for words outside the list, and stops at the maximum', () => {
    expect(synonymVariants('kartrekker', groups)).toEqual([]);
    expect(synonymVariants('vorming financiering', groups, 3)).toHaveLength(3);
  });
});

describe('formOf', () => {
  it('finds another form of a long word by its beginning, most used first', () => {
    const list = ['deontologische', 'deontologisch', 'platform'];
    expect(formOf('deontologie', list)).toBe('deontologische');
    expect(replacementFor('deontologie', list)).toBe('deontologische');
    expect(formOf('platforms', ['platform'])).toBe('platform');
    expect(formOf('samenwerking', ['samenvatting'])).toBe(null);
    expect(formOf('plat', list)).toBe(null);
  });
});

describe('compoundVariants', () => {
  it('replaces a word by each compound of the handbook that ends in it', () => {
    const compounds = { uitwisseling: ['gegevensuitwisseling', 'informatie-uitwisseling'] };
    expect(compoundVariants('uitwisseling cliënten', compounds)).toEqual([
      'gegevensuitwisseling cliënten',
      'informatie-uitwisseling cliënten',
    ]);
    expect(compoundVariants('kartrekker', compounds)).toEqual([]);
    // Only the list's own entries: a word like "constructor" is no key.
    expect(compoundVariants('constructor', compounds)).toEqual([]);
  });
});

describe('edit distance and "Bedoelde u"', () => {
  it('counts inserts, deletes, replacements and swapped neighbours as one edit', () => {
    expect(editDistance('kartreker', 'kartrekker')).toBe(1);
    expect(editDistance('platfrom', 'platform')).toBe(1);
    expect(editDistance('finaciring', 'financiering')).toBe(2);
    expect(editDistance('nugde', 'nudge')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('stops counting past a limit, answering limit + 1', () => {
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
  it('suggests the closest word, the most frequent first, within two edits (one for short words)', () => {
    const list = ['kartrekker', 'kartrekkers', 'platform', 'plan', 'klant'];
    expect(closestWord('kartreker', list)).toBe('kartrekker');
    expect(closestWord('plam', list)).toBe('plan');
    expect(closestWord('plant', list)).toBe('plan');
    expect(closestWord('xyzzyqwertz', list)).toBeNull();
  });
  it('splits an unknown compound into known words before looking for a close word', () => {
    const list = ['platform', 'keuze', 'kartrekker'];
    expect(replacementFor('platformkeuze', list)).toBe('platform keuze');
    expect(replacementFor('kartreker', list)).toBe('kartrekker');
    expect(replacementFor('qqqqqq', list)).toBeNull();
  });
  it('sees through Pagefind’s fallback to a first letter', () => {
    expect(onlyShortHits('Advies bij antwoord <mark>B:</mark> We zijn', 'bekostiging')).toBe(true);
    expect(onlyShortHits('de <mark>kartrekker</mark> en <mark>B</mark>', 'kartrekker')).toBe(false);
    expect(onlyShortHits('de <mark>AVG</mark>-regels', 'avg')).toBe(false);
    expect(onlyShortHits('geen hits', 'bekostiging')).toBe(false);
  });
});

describe('contentWords', () => {
  it('drops Dutch function words from a question', () => {
    expect(contentWords('Hoe betrek ik cliënten bij het platform?')).toEqual([
      'betrek',
      'cliënten',
      'platform',
    ]);
  });
});

describe('mergeRanked', () => {
  const r = (id: string, score: number, tier = 0) => ({ id, score, tier, item: id });
  it('keeps each result once, at its best tier, then its best score', () => {
    const merged = mergeRanked([r('a', 1), r('b', 5, 1), r('a', 3), r('b', 2), r('c', 9, 2)]);
    expect(merged.map((e) => [e.id, e.score, e.tier])).toEqual([
      ['a', 3, 0],
      ['b', 2, 0],
      ['c', 9, 2],
    ]);
  });
});

describe('bestPerPage', () => {
  it('keeps each page once, with its best score', () => {
    const r = (id: string, score: number) => ({ id, score, tier: 0, item: `${id}${score}` });
    expect(bestPerPage([r('a', 1), r('b', 2), r('a', 3), r('a', 2)]).map((e) => e.item)).toEqual([
      'a3',
      'b2',
    ]);
  });
});

describe('combineWords (a sentence: pages with most of its rare words first)', () => {
  const r = (id: string, score: number) => ({ id, score, tier: 0, item: `${id} via woord` });
  /** Results of one word: the given pages, then filler pages up to `count` (how common it is). */
  const word = (w: string, count: number, ...hits: [string, number][]) => ({
    word: w,
    results: [
      ...hits.map(([id, score]) => r(id, score)),
      ...Array.from({ length: count - hits.length }, (_, i) => r(`${w}${i}`, 0.1)),
    ],
  });
  it('puts a page with the rare words before a long page with every word once', () => {
    // "collega's blijven bellen": the long interview has all three words a little; the answer
    // page has the rare word "bellen" strongly and the common "blijven", not "collega".
    const ranked = mergeRanked(
      combineWords(
        [
          word('collega', 10, ['interview', 1]),
          word('blijven', 40, ['interview', 1], ['antwoord', 2]),
          word('bellen', 3, ['interview', 1], ['antwoord', 9]),
        ],
        100,
        0,
      ),
    );
    expect(ranked.map((e) => e.id).slice(0, 2)).toEqual(['antwoord', 'interview']);
  });
  it('ranks a page with one common word below pages with more of the query', () => {
    const ranked = mergeRanked(
      combineWords([word('platform', 60, ['a', 5], ['b', 3]), word('stroef', 4, ['b', 3])], 100, 0),
    );
    expect(ranked[0]!.id).toBe('b');
    expect(ranked.findIndex((e) => e.id === 'a')).toBeGreaterThan(0);
  });
  it('sums the scores of a page with every word, and keeps the item of the search of all words', () => {
    const [both] = mergeRanked(
      combineWords(
        [word('x', 2, ['p', 2]), word('y', 2, ['p', 3])],
        10,
        0,
        new Map([['p', 'p via alle woorden']]),
      ),
    );
    expect(both).toMatchObject({ id: 'p', score: 5, item: 'p via alle woorden' });
  });
  it('weighs a word by how few pages have it', () => {
    expect(rarity(1, 100)).toBeGreaterThan(rarity(50, 100));
    expect(rarity(100, 100)).toBeGreaterThan(0);
  });
});
