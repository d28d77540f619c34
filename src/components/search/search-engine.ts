/**
 * One search as the reader means it, on top of Pagefind (which requires every word on a page):
 * the reader's content words, without question and function words ("hoe", "je", "of"), so
 * those neither restrict nor rank nor get highlighted; for a word the handbook does not know,
 * its compound parts or the closest word ("Bedoelde u …?"); when the reader's words find few
 * pages, also their synonyms and the compounds that end in them; when that still finds fewer
 * than a few pages, the words one by one. Beside the pages, the beslishulp question the query
 * asks, if any. Used by the header box and the search page.
 */
import { words } from '~/lib/search-index';
import {
  FEW,
  FUNCTION_WORDS,
  RICH,
  compoundVariants,
  contentWords,
  isKnownShort,
  mergeRanked,
  onlyShortHits,
  replacementFor,
  sumScores,
  synonymVariants,
  type Ranked,
} from '~/lib/search-query';
import { questionFor, type QuestionHelp } from '~/lib/search-questions';
import type { Loaded, PagefindResult } from './pagefind-client';

/** Synonyms and compounds count less than the reader's own word, which comes first when it is on a page. */
const OTHER_WORD_WEIGHT = 0.5;

/** Whether Pagefind's answer is real: some results, and not only short prefix hits. */
async function found(results: readonly PagefindResult[], query: string): Promise<boolean> {
  if (results.length === 0) return false;
  const first = await results[0]!.data().catch(() => null);
  return !first || !onlyShortHits(first.excerpt, query);
}

export interface Outcome {
  results: Ranked<PagefindResult>[];
  /** The query searched instead, when a word of the reader's was unknown ("Bedoelde u"). */
  suggestion: string | null;
  /** Whether looser matches (not all words) were added. */
  relaxed: boolean;
  /** The beslishulp question the query asks, offered before the results. */
  question: QuestionHelp | null;
}

/** The words that carry the query: without function words, unless there are no others. */
const meaningOf = (ws: readonly string[]) => {
  const meaningful = contentWords(ws.join(' '));
  return meaningful.length > 0 ? meaningful : [...ws];
};

export async function searchAll(
  { pagefind, help, wordList, compounds }: Loaded,
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
    return ranked;
  };
  const count = () => mergeRanked(entries).length;

  const all = words(query);
  if (all.length === 0) {
    // Only signs ("((", "<>"): nothing to find. No query at all: the filters alone choose.
    if (query.trim()) return { results: [], suggestion: null, relaxed: false, question: null };
    const response = await pagefind.search(null, { filters });
    const results = response.results.map((r) => ({ id: r.id, score: r.score, tier: 0, item: r }));
    return { results, suggestion: null, relaxed: false, question: null };
  }
  const question = questionFor(query, help.questions, help.synonyms);
  // A short word found only as the start of longer words ("kar…") is no match.
  const short = new Set(help.short);
  const unknownShort = all.filter((w) => !FUNCTION_WORDS.has(w) && !isKnownShort(w, short));
  let effective = all.filter((w) => !unknownShort.includes(w));
  let own = meaningOf(effective);
  if (effective.length > 0) await run(own.join(' '), 0);
  let suggestion: string | null = null;
  // Other words for the same thing, for the reader's own words. A phrase of the synonym list
  // ("wie betaalt") is the reader's way of saying the handbook's term and counts fully; single
  // words, and the compounds that end in a word, only when the reader's own words find few pages.
  const expand = async (ws: readonly string[], meaning: readonly string[]) => {
    const few = count() < RICH;
    const variants = synonymVariants(ws.join(' '), help.synonyms).filter((v) => few || v.phrase);
    const others = few ? compoundVariants(meaning.join(' '), await compounds()) : [];
    await Promise.all([
      ...variants.map((v) => run(meaningOf(words(v.query)).join(' '), 0, v.phrase ? 1 : OTHER_WORD_WEIGHT)),
      ...others.map((v) => run(v, 0, OTHER_WORD_WEIGHT)),
    ]);
  };
  await expand(effective, own);

  // Still (almost) nothing: a word the handbook does not know is a compound of its words or a typo.
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
        own = meaningOf(effective);
        await run(own.join(' '), 0);
        await expand(effective, own);
      }
    }
  }
  let relaxed = false;
  if (count() < FEW && own.length > 1) {
    relaxed = true;
    const lists = await Promise.all(own.map((w) => run(w, 2)));
    entries.push(...sumScores(lists, 2));
  }
  return { results: mergeRanked(entries), suggestion, relaxed, question };
}
