/**
 * Pure helpers for what search does with a reader's words (unit-tested, no DOM): Dutch
 * function words, the synonym variants of a query, "Bedoelde u …?" by edit distance, compound
 * parts of an unknown word, and merging several searches into one ranked list.
 */
import { editDistance } from './edit-distance.ts';
import { MIN_PART, splitCompound, words } from './search-index.ts';
import type { QuestionHelp } from './search-questions.ts';

/** Files the build writes beside Pagefind's own (src/integrations/pagefind.ts). */
export const HELP_FILE = 'zoekhulp.json';
export const WORD_LIST_FILE = 'woorden.json';
export const COMPOUNDS_FILE = 'samenstellingen.json';

/** What the build ships for search besides the index: the synonym groups and the beslishulp's questions. */
export interface SearchHelp {
  /** Synonym groups, lower case, from content/zoeken/synoniemen.yaml. */
  synonyms: string[][];
  /** The beslishulp's questions, to offer the one a query asks (search-questions.ts). */
  questions: QuestionHelp[];
  /** Words of the questions that many pages use (commonWords): they weigh less. */
  common: string[];
  /** The number of indexed pages, to weigh how rare a word is (rarity). */
  pages: number;
}

/**
 * Fewer pages than this (a page of results) from the reader's own words, and search adds the
 * pages of their synonyms and of compounds that end in them. A word the handbook uses often
 * needs no other words, and each other word costs an index chunk more to download.
 */
export const RICH = 10;

/**
 * Dutch function words: they say little about what a page is about, but Pagefind requires every
 * word of a query on the page, so "hoe betrek ik cliënten" misses the page on "cliënten betrekken".
 */
export const FUNCTION_WORDS = new Set(
  (
    'de het een en of maar want dus in op aan te ten ter van voor met bij om tot door over uit naar ' +
    'als dat die dit deze wat wie hoe waar wanneer waarom welk welke is zijn ben bent was waren ' +
    'wordt worden word kan kun kunt kunnen moet moeten mag mogen wil wilt willen zal zult zullen ' +
    'doe doen heb hebt heeft hebben ik je jij u we wij ze zij hij men mijn jouw uw ons onze ' +
    'jullie hun er niet geen ook nog al dan zo heel veel meer iets mee toe af eens graag ' +
    'daar hier alle alles elke ieder wel echt even zelf weer eigenlijk vooral precies gaan gaat'
  ).split(' '),
);

/** The words of a query that carry meaning: without function words and single letters ("collega's"). */
export const contentWords = (query: string) =>
  words(query).filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w));

/** Whether `word` is `term`, or (terms of 5 letters or more) `term` with a short ending. */
const isForm = (word: string, term: string) =>
  word === term || (term.length >= 5 && word.startsWith(term) && word.length - term.length <= 3);

/**
 * The query with one term replaced by each other term of its synonym group, at most `max`:
 * "vorming medewerkers" → "scholing medewerkers", "training medewerkers", … Phrases count:
 * "wie betaalt" → "financiering", "subsidie", …; `phrase` says the reader's term was one.
 */
export function synonymVariants(
  query: string,
  groups: readonly (readonly string[])[],
  max = 8,
): { query: string; phrase: boolean }[] {
  const q = words(query).join(' ');
  const out = new Map<string, boolean>();
  for (const group of groups) {
    for (const term of group) {
      const termWords = words(term);
      const qWords = q.split(' ');
      for (let i = 0; i + termWords.length <= qWords.length; i++) {
        const here = qWords.slice(i, i + termWords.length);
        if (!here.every((w, k) => (k === here.length - 1 ? isForm(w, termWords[k]!) : w === termWords[k])))
          continue;
        for (const other of group) {
          const variant = [...qWords.slice(0, i), ...words(other), ...qWords.slice(i + termWords.length)];
          const key = variant.join(' ');
          if (other !== term && !out.has(key)) out.set(key, termWords.length > 1);
        }
      }
    }
  }
  out.delete(q);
  return [...out].slice(0, max).map(([variant, phrase]) => ({ query: variant, phrase }));
}

/**
 * The query with one word replaced by each compound of the handbook that ends in it, at most
 * `max`: "uitwisseling cliënten" → "gegevensuitwisseling cliënten". `compounds` comes from
 * compoundsByPart (search-index.ts), shipped by the build.
 */
export function compoundVariants(
  query: string,
  compounds: Readonly<Record<string, readonly string[]>>,
  max = 8,
): string[] {
  const qWords = words(query);
  const out = qWords.flatMap((w, i) =>
    Object.hasOwn(compounds, w)
      ? compounds[w]!.map((c) => [...qWords.slice(0, i), c, ...qWords.slice(i + 1)].join(' '))
      : [],
  );
  return [...new Set(out)].slice(0, max);
}

/**
 * The closest word of the list (most frequent first): at most 2 edits away, at most 1 for
 * words of 5 letters or fewer (so "plan" does not become "klant"). Null when none is close.
 */
export function closestWord(word: string, list: readonly string[]): string | null {
  const limit = word.length <= 5 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of list) {
    const d = editDistance(word, candidate, Math.min(limit, bestDistance - 1));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

/**
 * Another form of a word from the list: the most used word that shares its beginning up to at
 * most two letters of either ("deontologie" → "deontologische" shares "deontologi"), for words
 * of seven letters or more. Null when none does.
 */
export function formOf(word: string, list: readonly string[]): string | null {
  if (word.length < 7) return null;
  const stem = word.slice(0, word.length - 2);
  return list.find((w) => w !== word && w.startsWith(stem) && w.length - stem.length <= 6) ?? null;
}

/**
 * What to search instead of a word the index does not know: its parts when it is a compound of
 * the handbook's words ("platformkeuze" → "platform keuze"), else the closest word, else another
 * form of it, else null.
 */
export function replacementFor(word: string, list: readonly string[]): string | null {
  const parts = splitCompound(word, new Set(list));
  if (parts.length > 0) return parts.join(' ');
  return closestWord(word, list) ?? formOf(word, list);
}

/**
 * Whether an excerpt's hits are only short prefix matches: when Pagefind finds no word it
 * falls back to a word's first letters, and "bekostiging" marks "B:". Hits shorter than
 * MIN_PART letters for a query word that is longer count as no match.
 */
export function onlyShortHits(excerpt: string, query: string): boolean {
  const marked = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => words(m[1]!).join(''));
  const long = words(query).some((w) => w.length >= MIN_PART);
  return long && marked.length > 0 && marked.every((m) => m.length < MIN_PART);
}

/** One search result with where it came from: `tier` 0 are matches of all words, higher is looser. */
export interface Ranked<T> {
  id: string;
  score: number;
  tier: number;
  item: T;
}

/**
 * One list from several searches: each result once, at its best tier and, within that tier,
 * its best score; sorted by tier, then score (then id, so equal scores keep a stable order).
 */
export function mergeRanked<T>(entries: readonly Ranked<T>[]): Ranked<T>[] {
  const best = new Map<string, Ranked<T>>();
  for (const e of entries) {
    const old = best.get(e.id);
    if (!old || e.tier < old.tier || (e.tier === old.tier && e.score > old.score)) best.set(e.id, e);
  }
  return [...best.values()].sort(
    (a, b) => a.tier - b.tier || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Each page once, with its best score (a page found by a word and by its synonym). */
export function bestPerPage<T>(entries: readonly Ranked<T>[]): Ranked<T>[] {
  const best = new Map<string, Ranked<T>>();
  for (const e of entries) {
    const old = best.get(e.id);
    if (!old || e.score > old.score) best.set(e.id, e);
  }
  return [...best.values()];
}

/** The pages one word of a multi-word query finds on its own (all of them, best first). */
export interface WordResults<T> {
  word: string;
  results: readonly Ranked<T>[];
}

/**
 * How rare a word is among `pages` pages when `found` of them have it: ln(1 + pages/found), so
 * a word on one page in a hundred weighs 4.6 and a word on every page 0.7.
 */
export const rarity = (found: number, pages: number) => Math.log(1 + pages / Math.max(1, found));

/**
 * A multi-word query as a reader means it: pages with all the words first, but also pages
 * that lack one common word (a sentence has several), ranked by how much of the query they
 * have. Each page's score is the sum of its single-word scores (Pagefind's own score for all
 * words together is that same sum), times the square of its coverage: the share of the
 * query's rarity it has, each word weighing rarity(its pages). So a short page with the two
 * rare words of "hoe zorg je dat het platform in het dagelijks werk past" comes before a long
 * page that happens to hold every word once, and a page with one common word comes last.
 * `pages`: the number of pages in the index. The item kept for a page is the one of the word
 * that scores it best (its excerpt shows that word), unless `whole` has one (all words marked).
 */
export function combineWords<T>(
  lists: readonly WordResults<T>[],
  pages: number,
  tier: number,
  whole: ReadonlyMap<string, T> = new Map(),
): Ranked<T>[] {
  const weights = lists.map((l) => rarity(l.results.length, pages));
  const total = weights.reduce((a, b) => a + b, 0);
  const sums = new Map<string, { score: number; covered: number; best: Ranked<T> }>();
  lists.forEach((list, i) => {
    for (const e of list.results) {
      const old = sums.get(e.id);
      sums.set(e.id, {
        score: (old?.score ?? 0) + e.score,
        covered: (old?.covered ?? 0) + weights[i]!,
        best: old && old.best.score >= e.score ? old.best : e,
      });
    }
  });
  return [...sums].map(([id, { score, covered, best }]) => ({
    id,
    tier,
    score: score * (total > 0 ? (covered / total) ** 2 : 1),
    item: whole.get(id) ?? best.item,
  }));
}
