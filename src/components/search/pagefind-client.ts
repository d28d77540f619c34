/**
 * Loads Pagefind's browser bundle (pagefind.js, its worker, the Dutch WebAssembly and index
 * chunks) on first use only, from the site's own /pagefind/ folder (base path included), with
 * the search help the build writes beside it (synonyms, short words, the beslishulp's
 * questions). The compounds (for a rare word) and the word list (for "Bedoelde u …?") are
 * fetched separately, only when a search needs them. The types describe
 * the part of Pagefind's JS API this site uses.
 */
import type { SubResult } from '~/lib/search';
import { COMPOUNDS_FILE, HELP_FILE, WORD_LIST_FILE, type SearchHelp } from '~/lib/search-query';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  /** Per filter and label: how many of the results (with the current filters) have it. */
  filters: Record<string, Record<string, number>>;
}
/** Pagefind's ranking weights (https://pagefind.app/docs/ranking/). */
export interface Ranking {
  pageLength?: number;
  termFrequency?: number;
  termSaturation?: number;
  termSimilarity?: number;
}
export interface Pagefind {
  options: (options: { baseUrl?: string; excerptLength?: number; ranking?: Ranking }) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, unknown> }) => Promise<PagefindResponse>;
  /** Every filter label with the number of pages that have it. */
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/**
 * Ranking tuned on the judged queries (tests/search/judged-queries.json, `npm run bench`).
 * A low page-length weight keeps short overview pages (a 24-word role page) from outranking
 * the long page that treats the subject; saturation a little lower than Pagefind's 1.4 so that
 * a word repeated on a page counts, but not endlessly.
 */
export const RANKING: Ranking = { pageLength: 0.2, termFrequency: 1, termSaturation: 1.1, termSimilarity: 1 };

export interface Loaded {
  pagefind: Pagefind;
  help: SearchHelp;
  /** The word list, fetched on the first call only. */
  wordList: () => Promise<string[]>;
  /** The compounds by their last part, fetched on the first call only. */
  compounds: () => Promise<Record<string, string[]>>;
}

/**
 * A JSON file fetched on the first call only. A failed fetch is forgotten, so a later search
 * may try again; until then, `fallback` (no suggestions, no compounds).
 */
function lazyJson<T>(url: string, fallback: T): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= fetch(url)
      .then((r) => r.json() as Promise<T>)
      .catch(() => {
        loaded = undefined;
        return fallback;
      }));
}

/** How often, and how long at most, to ask whether Pagefind's worker is ready (ms); see `ready`. */
const READY_ASK_MS = 5;
const READY_ASK_FOR_MS = 5000;

/**
 * Resolves as soon as Pagefind's worker has loaded its WebAssembly and index metadata. A search
 * sent before that waits in the worker, which looks again only every 50 ms (Pagefind's
 * `getPtr`): on a reader's first search that cost 0 to 50 ms, 35 ms in a trace. An empty search
 * is answered at once when the worker is ready, so empty searches a few milliseconds apart tell
 * it within a few milliseconds; the first answer ends the asking, and the reader's own searches
 * go out then and run at once.
 */
function ready(pagefind: Pagefind): Promise<void> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const until = performance.now() + READY_ASK_FOR_MS;
    const ask = () => {
      if (answered || performance.now() > until) return;
      pagefind.search('').then(
        () => ((answered = true), resolve()),
        (error: unknown) => ((answered = true), reject(error)),
      );
      setTimeout(ask, READY_ASK_MS);
    };
    ask();
  });
}

let loading: Promise<Loaded> | undefined;

/** The one Pagefind instance of the page; a failed load may be retried by the next search. */
export function loadPagefind(
  bundleUrl: string,
  baseUrl: string,
  ranking: Ranking = RANKING,
): Promise<Loaded> {
  loading ??= (async () => {
    const helpRequest = fetch(`${bundleUrl}${HELP_FILE}`).then((r) => r.json() as Promise<SearchHelp>);
    // Awaited below; when pagefind.js fails first (no index, as in `npm run dev`), its own
    // failure must not surface as an unhandled rejection beside the one the caller handles.
    helpRequest.catch(() => undefined);
    // A runtime address (it carries the base path), so the bundler must leave it alone.
    const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl, excerptLength: 24, ranking });
    await pagefind.init();
    await ready(pagefind);
    return {
      pagefind,
      help: await helpRequest,
      wordList: lazyJson<string[]>(`${bundleUrl}${WORD_LIST_FILE}`, []),
      compounds: lazyJson<Record<string, string[]>>(`${bundleUrl}${COMPOUNDS_FILE}`, {}),
    };
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
