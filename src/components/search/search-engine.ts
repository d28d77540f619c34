/**
 * One search as the reader means it, on top of Pagefind (which requires every word on a page):
 * the reader's content words, without question and function words ("hoe", "je", "of"), so
 * those neither restrict nor rank nor get highlighted. Each word stands for the pages with it
 * and, when it is on few pages, those with its synonyms and with compounds that end in it (at
 * half weight). A query of several words also finds pages that lack one of them, ranked by how
 * much of the query they hold (combineWords). A word the handbook does not know becomes its
 * compound parts or the closest word ("Bedoelde u …?"). Beside the pages, the beslishulp
 * question the query asks, if any. Used by the header box and the search page.
 *
 * For the time to the first result, the searches of one word start at once, and all words at
 * once (Pagefind's worker loads each index chunk once for all of them).
 */
import { MIN_PART, words } from '~/lib/search-index';
import {
  RICH,
  bestPerPage,
  combineWords,
  compoundVariants,
  contentWords,
  mergeRanked,
  onlyShortHits,
  replacementFor,
  synonymVariants,
  type Ranked,
} from '~/lib/search-query';
import { questionFor, type QuestionHelp } from '~/lib/search-questions';
import type { Loaded, PagefindResult } from './pagefind-client';

/**
 * What counts less than the reader's own word, which comes first where it is on a page: its
 * synonyms and the compounds that end in it, and, in a query of several words, longer words
 * that begin with it: often a compound with it ("project" in "projectperiode"), sometimes
 * another word ("vorm" in "vormgeving").
 */
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
  /** Whether no page has all the words, and pages with some of them are shown. */
  relaxed: boolean;
  /** The beslishulp question the query asks, offered before the results. */
  question: QuestionHelp | null;
}

/** The words that carry the query: without function words, unless there are no others. */
const meaningOf = (ws: readonly string[]) => {
  const meaningful = contentWords(ws.join(' '));
  return meaningful.length > 0 ? meaningful : [...ws];
};

/** Where one word of the reader's is, and what else stands for it. */
interface WordPages {
  /** The pages with the word itself (or a form of it). */
  own: readonly PagefindResult[];
  /** The pages with only longer words that begin with it. */
  begins: readonly PagefindResult[];
  /** The pages of its synonyms and of compounds that end in it (when it is on few pages). */
  others: readonly Ranked<PagefindResult>[];
}

/**
 * The outcome of a query. `early` (the header box's) gets a first one as soon as Pagefind has
 * the pages of the reader's own words, when their synonyms and compounds are still to come.
 */
export async function searchAll(
  { pagefind, help, wordList, compounds }: Loaded,
  query: string,
  filters: Record<string, unknown>,
  early?: (outcome: Outcome) => void,
): Promise<Outcome> {
  const ranked = (results: readonly PagefindResult[], tier: number, weight = 1) =>
    results.map((r) => ({ id: r.id, score: r.score * weight, tier, item: r }));

  /**
   * The pages with a word. Pagefind finds words by their beginning too ("vorming" also finds
   * "vormgeving"); in quotes, only the word and its forms (it stems: "gebeld" finds "bellen").
   * So `own` has Pagefind's scores of the pages with the word itself, and `begins` the rest.
   * A word no page has itself is one still being typed ("kartrek"): its pages are those of the
   * words it begins. Null: the handbook does not know the word (Pagefind then finds words with
   * its first letters only, or, for a short word, only longer ones: "kar").
   */
  const pagesWith = async (w: string) => {
    const [plain, exact] = await Promise.all([
      pagefind.search(w, { filters }),
      pagefind.search(`"${w}"`, { filters }),
    ]);
    if (exact.results.length > 0) {
      const on = new Set(exact.results.map((r) => r.id));
      return {
        own: plain.results.filter((r) => on.has(r.id)),
        begins: plain.results.filter((r) => !on.has(r.id)),
      };
    }
    if (w.length < MIN_PART || !(await found(plain.results, w))) return null;
    return { own: plain.results, begins: [] };
  };

  /**
   * The pages of another way to say a word (a synonym or a compound of the handbook), at half
   * weight. A word of the synonym list that the handbook does not use (it has readers' words,
   * such as "bijscholing") finds none; a phrase ("lokale overheid") needs all its words.
   */
  const otherPages = async (variant: string, weight = OTHER_WORD_WEIGHT) => {
    const parts = meaningOf(words(variant));
    const [plain, ...exact] = await Promise.all([
      pagefind.search(parts.join(' '), { filters }),
      ...parts.map((w) => pagefind.search(`"${w}"`, { filters })),
    ]);
    return exact.every((e) => e.results.length > 0) ? ranked(plain.results, 0, weight) : [];
  };

  /** What else stands for a word on few pages: its synonyms and the compounds that end in it. */
  const othersFor = async (w: string) => {
    // The compound list comes while the synonyms are searched.
    const search = (variants: readonly string[]) => Promise.all(variants.map((v) => otherPages(v)));
    const pages = await Promise.all([
      search(synonymVariants(w, help.synonyms).map((v) => v.query)),
      compounds().then((list) => search(compoundVariants(w, list))),
    ]);
    return pages.flat(2);
  };

  const all = words(query);
  if (all.length === 0) {
    // Only signs ("((", "<>"): nothing to find. No query at all: the filters alone choose.
    if (query.trim()) return { results: [], suggestion: null, relaxed: false, question: null };
    const response = await pagefind.search(null, { filters });
    return { results: ranked(response.results, 0), suggestion: null, relaxed: false, question: null };
  }

  /**
   * All the reader's words: ranked pages, how many have every word itself, the unknown words.
   * `early` gets the pages of the reader's own words as soon as Pagefind has them, when some
   * word is on few pages and its synonyms and compounds are still to be searched.
   */
  const step = async (ws: readonly string[], early?: (results: Ranked<PagefindResult>[]) => void) => {
    const meaning = meaningOf(ws);
    // A phrase of the synonym list ("wie betaalt") is the reader's way of saying the handbook's
    // term and counts fully.
    const phrases = synonymVariants(ws.join(' '), help.synonyms).filter((v) => v.phrase);
    const other = Promise.all([
      // Several words: all together too, only for the excerpts (every word marked).
      meaning.length > 1 ? pagefind.search(meaning.join(' '), { filters }) : null,
      Promise.all(phrases.map((v) => otherPages(v.query, 1))),
    ]);
    const rank = async (each: readonly (WordPages | null)[]) => {
      const [whole, phrasePages] = await other;
      const entries = phrasePages.flat();
      if (meaning.length === 1 && each[0]) {
        // One word: its pages and what stands for it, then pages with words that begin with it.
        entries.push(...ranked(each[0].own, 0), ...each[0].others, ...ranked(each[0].begins, 1));
      } else {
        const lists = meaning.flatMap((w, i) => {
          const pages = each[i];
          if (!pages) return [];
          const results = [
            ...ranked(pages.own, 0),
            ...pages.others,
            ...ranked(pages.begins, 0, OTHER_WORD_WEIGHT),
          ];
          return [{ word: w, results: bestPerPage(results) }];
        });
        const items = new Map((whole?.results ?? []).map((r) => [r.id, r]));
        entries.push(...combineWords(lists, help.pages, 0, items));
      }
      return entries;
    };
    const own = await Promise.all(meaning.map(pagesWith));
    // A word on many pages needs no other words (each costs an index chunk more to download).
    const few = own.map((pages) => !pages || pages.own.length < RICH);
    if (early && few.some(Boolean) && own.every(Boolean))
      early(mergeRanked(await rank(own.map((pages) => ({ ...pages!, others: [] })))));
    const others = await Promise.all(meaning.map((w, i) => (few[i] ? othersFor(w) : [])));
    const each = own.map((pages, i) =>
      pages || others[i]!.length > 0
        ? { own: pages?.own ?? [], begins: pages?.begins ?? [], others: others[i]! }
        : null,
    );
    const withAll = each.reduce<ReadonlySet<string> | null>((ids, pages) => {
      const here = new Set(pages?.own.map((r) => r.id));
      return ids ? new Set([...ids].filter((id) => here.has(id))) : here;
    }, null);
    return {
      entries: await rank(each),
      together: withAll?.size ?? 0,
      unknown: meaning.filter((_, i) => !each[i]),
    };
  };

  let effective = all;
  let question: QuestionHelp | null = null;
  const first = step(effective, (results) =>
    early?.({ results, suggestion: null, relaxed: false, question }),
  );
  // Matched while Pagefind's worker searches.
  question = questionFor(query, help.questions, help.synonyms, help.common);
  let result = await first;
  let suggestion: string | null = null;
  // A word the handbook does not know is a compound of its words, another form or a typo.
  if (result.unknown.length > 0) {
    const list = await wordList();
    const fixed = all.map((w) => (result.unknown.includes(w) ? (replacementFor(w, list) ?? w) : w));
    if (fixed.join(' ') !== all.join(' ')) {
      suggestion = fixed.join(' ');
      effective = words(suggestion);
      result = await step(effective);
    }
  }
  const results = mergeRanked(result.entries);
  return {
    results,
    suggestion,
    relaxed: meaningOf(effective).length > 1 && result.together === 0 && results.length > 0,
    question,
  };
}
