import { describe, expect, it } from 'vitest';
import { editDistance } from '~/lib/edit-distance';
import {
  closestWord,
  compoundVariants,
  formOf,
  contentWords,
  isKnownShort,
  mergeRanked,
  onlyShortHits,
  replacementFor,
  sumScores,
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
  it('counts a short query word only when the handbook has it', () => {
    const short = new Set(['avg', 'app']);
    expect(isKnownShort('avg', short)).toBe(true);
    expect(isKnownShort('kar', short)).toBe(false);
    expect(isKnownShort('kart', short)).toBe(true);
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

describe('mergeRanked and sumScores', () => {
  const r = (id: string, score: number, tier = 0) => ({ id, score, tier, item: id });
  it('keeps each result once, at its best tier, then its best score', () => {
    const merged = mergeRanked([r('a', 1), r('b', 5, 1), r('a', 3), r('b', 2), r('c', 9, 2)]);
    expect(merged.map((e) => [e.id, e.score, e.tier])).toEqual([
      ['a', 3, 0],
      ['b', 2, 0],
      ['c', 9, 2],
    ]);
  });
  it('adds up the scores of pages found by several words', () => {
    const summed = mergeRanked(sumScores([[r('a', 1), r('b', 2)], [r('a', 4)]], 2));
    expect(summed.map((e) => [e.id, e.score, e.tier])).toEqual([
      ['a', 5, 2],
      ['b', 2, 2],
    ]);
  });
});
