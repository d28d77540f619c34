/**
 * Loads Pagefind's browser bundle (pagefind.js, its worker, the Dutch WebAssembly and index
 * chunks) on first use only, from the site's own /pagefind/ folder (base path included).
 * The types describe the part of Pagefind's JS API this site uses.
 */
import type { SubResult } from '~/lib/search';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  /** Per filter and label: how many of the results (with the current filters) have it. */
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options: (options: { baseUrl?: string; excerptLength?: number }) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, unknown> }) => Promise<PagefindResponse>;
  /** Every filter label with the number of pages that have it. */
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** The one Pagefind instance of the page; a failed load may be retried by the next search. */
export function loadPagefind(bundleUrl: string, baseUrl: string): Promise<Pagefind> {
  loading ??= (async () => {
    // A runtime address (it carries the base path), so the bundler must leave it alone.
    const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl, excerptLength: 24 });
    await pagefind.init();
    // Loads every filter's chunk: without it, Pagefind counts only the filters a search used.
    await pagefind.filters();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
