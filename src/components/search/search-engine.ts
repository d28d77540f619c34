/**
 * One search as the reader means it, on top of Pagefind (which requires every word on a page):
 * all words together plus their synonyms first; for a word the handbook does not know, its
 * compound parts or the closest word ("Bedoelde u …?"); when that finds fewer than a few
 * pages, the words without function words, then the words one by one. Used by the header
 * box and the search page.
 */
import { words } from '~/lib/search-index';
import {
  FEW,
  FUNCTION_WORDS,
  contentWords,
  isKnownShort,
  mergeRanked,
  onlyShortHits,
  replacementFor,
  sumScores,
  synonymVariants,
  type Ranked,
} from '~/lib/search-query';
import type { Loaded, PagefindResult } from './pagefind-client';

/** Synonyms count less than the reader's own word, which comes first when it is on a page. */
const SYNONYM_WEIGHT = 0.5;

/** Whether Pagefind's answer is real: some results, and not only short prefix hits. */
async function found(results: readonly PagefindResult[], query: string): Promise<boolean> {
  if (results.length === 0) return false;
  const first = await results[0]!.data().catch(() => null);
  return !first || !onlyShortHits(first.excerpt, query);
}

export interface Outcome {
  results: Ranked<PagefindResult>[];
  /** Per filter and label, the counts of the main search (for the filter options). */
  filters: Record<string, Record<string, number>>;
  /** The query searched instead, when a word of the reader's was unknown ("Bedoelde u"). */
  suggestion: string | null;
  /** Whether looser matches (not all words) were added. */
  relaxed: boolean;
}

export async function searchAll(
  { pagefind, help, wordList }: Loaded,
  query: string,
  filters: Record<string, unknown>,
): Promise<Outcome> {
  const entries: Ranked<PagefindResult>[] = [];
  const run = async (q: string, tier: number, weight = 1) => {
    const response = await pagefind.search(q, { filters });
    const real = await found(response.results, q);
    const ranked = real
      ? response.results.map((r) => ({ id: r.id, score: r.score * weight, tier, item: r }))
      : [];
    entries.push(...ranked);
    return { response, found: ranked };
  };
  /**
   * The query and its synonym variants, all at one tier. A variant for a phrase of the list
   * ("wie betaalt", "lokaal bestuur") counts fully: the words of a phrase apart mean little.
   */
  const runWithSynonyms = async (q: string, tier: number) => {
    const [main] = await Promise.all([
      run(q, tier),
      ...synonymVariants(q, help.synonyms).map(({ query: v, phrase }) =>
        run(v, tier, phrase ? 1 : SYNONYM_WEIGHT),
      ),
    ]);
    return main.response;
  };
  const count = () => mergeRanked(entries).length;

  const all = words(query);
  if (all.length === 0) {
    // Only signs ("((", "<>"): nothing to find. No query at all: the filters alone choose.
    if (query.trim()) return { results: [], filters: {}, suggestion: null, relaxed: false };
    const response = await pagefind.search(null, { filters });
    const results = response.results.map((r) => ({ id: r.id, score: r.score, tier: 0, item: r }));
    return { results, filters: response.filters, suggestion: null, relaxed: false };
  }
  // A short word found only as the start of longer words ("kar…") is no match.
  const short = new Set(help.short);
  const unknownShort = all.filter((w) => !FUNCTION_WORDS.has(w) && !isKnownShort(w, short));
  let effective = all.filter((w) => !unknownShort.includes(w));
  let main = effective.length > 0 ? await runWithSynonyms(effective.join(' '), 0) : null;
  let suggestion: string | null = null;

  if (count() < FEW) {
    const unknown = [...unknownShort];
    for (const w of contentWords(effective.join(' ')))
      if (!(await found((await pagefind.search(w)).results, w))) unknown.push(w);
    if (unknown.length > 0) {
      const list = await wordList();
      const fixed = all.map((w) => (unknown.includes(w) ? (replacementFor(w, list) ?? w) : w));
      if (fixed.join(' ') !== all.join(' ')) {
        suggestion = fixed.join(' ');
        effective = words(suggestion);
        main = await runWithSynonyms(suggestion, 0);
      }
    }
  }
  let relaxed = false;
  const meaningful = contentWords(effective.join(' '));
  if (count() < FEW && meaningful.length > 0 && meaningful.length < effective.length) {
    relaxed = true;
    await runWithSynonyms(meaningful.join(' '), 1);
  }
  if (count() < FEW && meaningful.length > 1) {
    relaxed = true;
    const lists = await Promise.all(meaningful.map(async (w) => (await run(w, 2)).found));
    entries.push(...sumScores(lists, 2));
  }
  return { results: mergeRanked(entries), filters: main?.filters ?? {}, suggestion, relaxed };
}
