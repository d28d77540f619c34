/**
 * Pure helpers for search: the search page's state and its address, the filters Pagefind gets,
 * and safe pieces of Pagefind's results. No DOM, no Astro: they are unit-tested.
 *
 * Vocabulary: a filter *group* is fase, rol, bron or soort; an *option* is one value of a group
 * with a stable `id` (used in the address, e.g. ?fase=start) and a `label` a reader understands
 * (written into the index and shown, e.g. "Start").
 */
import type { SearchKind } from '~/schemas/vocabulary';

export const FILTER_GROUPS = ['fase', 'rol', 'bron', 'soort'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

/** What a page passes to the layout: ids, as in the frontmatter. */
export interface PageFilters {
  fase?: readonly string[];
  rol?: readonly string[];
  bron?: readonly string[];
  soort?: readonly SearchKind[];
}

export interface FilterOption {
  id: string;
  label: string;
}
/** Every option of every group, in the order readers see them. */
export type FilterOptions = Record<FilterGroup, readonly FilterOption[]>;

/** The search page's state: the query as typed and the chosen option ids per group. */
export interface SearchState {
  q: string;
  filters: Record<FilterGroup, string[]>;
}

export const emptyFilters = (): Record<FilterGroup, string[]> => ({ fase: [], rol: [], bron: [], soort: [] });

/**
 * The labels a page is indexed under, group by group, in the options' order (phases in reading
 * order), without duplicates. An id that is not an option is a mistake in a page file: the
 * build stops and says which.
 */
export function pageFilterLabels(filters: PageFilters, options: FilterOptions): [FilterGroup, string][] {
  const out: [FilterGroup, string][] = [];
  for (const group of FILTER_GROUPS) {
    const ids = new Set(filters[group] ?? []);
    const unknown = [...ids].filter((id) => !options[group].some((o) => o.id === id));
    if (unknown.length > 0) {
      const allowed = options[group].map((o) => o.id).join(', ');
      throw new Error(
        `Zoekfilter ${group}: onbekende waarde "${unknown.join('", "')}". Toegestaan: ${allowed}`,
      );
    }
    for (const option of options[group]) if (ids.has(option.id)) out.push([group, option.label]);
  }
  return out;
}

/**
 * The longest query search takes, in characters: longer text (a pasted page) is cut before it
 * goes into the address, which servers refuse beyond a few thousand characters (414).
 */
export const MAX_QUERY = 200;

/** A query as search takes it: trimmed and at most MAX_QUERY characters. */
export const cutQuery = (q: string) => q.trim().slice(0, MAX_QUERY).trim();

/** Reads ?q=…&fase=…&rol=… ; unknown or repeated ids are dropped, options keep their order. */
export function stateFromParams(params: URLSearchParams, options: FilterOptions): SearchState {
  const filters = emptyFilters();
  for (const group of FILTER_GROUPS) {
    const asked = new Set(params.getAll(group));
    filters[group] = options[group].filter((o) => asked.has(o.id)).map((o) => o.id);
  }
  return { q: (params.get('q') ?? '').slice(0, MAX_QUERY), filters };
}

/** The address of a state on the search page, e.g. "/zoeken/?q=kartrekker&fase=start". */
export function urlFromState(state: SearchState, pathname: string): string {
  const params = new URLSearchParams();
  if (cutQuery(state.q)) params.set('q', cutQuery(state.q));
  for (const group of FILTER_GROUPS) for (const id of state.filters[group]) params.append(group, id);
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** Whether there is anything to search for: a query, or at least one filter. */
export const hasSearch = (state: SearchState) =>
  state.q.trim() !== '' || FILTER_GROUPS.some((g) => state.filters[g].length > 0);

export const activeFilterCount = (state: SearchState) =>
  FILTER_GROUPS.reduce((n, g) => n + state.filters[g].length, 0);

/**
 * The filters for Pagefind: within a group any chosen option may match (fase Start OR
 * Platform), across groups all must (fase AND rol). Labels, because the index holds labels.
 */
export function pagefindFilters(
  state: SearchState,
  options: FilterOptions,
): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const group of FILTER_GROUPS) {
    const labels = options[group].filter((o) => state.filters[group].includes(o.id)).map((o) => o.label);
    if (labels.length > 0) out[group] = { any: labels };
  }
  return out;
}

/** The pages (Pagefind's result ids) that carry each option, group by group, by option id. */
export type OptionPages = Record<FilterGroup, Record<string, ReadonlySet<string>>>;

/**
 * Whether a page passes the chosen filters: in every group with a choice (but `skip`), it has
 * one of the chosen options (fase Start OR Platform, AND rol Financier), as pagefindFilters.
 */
export function passesFilters(
  id: string,
  state: SearchState,
  pages: OptionPages,
  skip?: FilterGroup,
): boolean {
  return FILTER_GROUPS.every(
    (group) =>
      group === skip ||
      state.filters[group].length === 0 ||
      state.filters[group].some((option) => pages[group][option]?.has(id)),
  );
}

/**
 * The count beside each option: how many of the results (`ids`, the search without filters)
 * have it and pass the other groups' filters. A group's own choices are left out, because
 * within a group any ticked option may match; so with one option ticked, its count is the
 * number of results in the list.
 */
export function filterCounts(
  ids: readonly string[],
  state: SearchState,
  pages: OptionPages,
): Record<FilterGroup, Record<string, number>> {
  const out = { fase: {}, rol: {}, bron: {}, soort: {} } as Record<FilterGroup, Record<string, number>>;
  for (const group of FILTER_GROUPS) {
    const passing = ids.filter((id) => passesFilters(id, state, pages, group));
    for (const [option, set] of Object.entries(pages[group]))
      out[group][option] = passing.filter((id) => set.has(id)).length;
  }
  return out;
}

/** Every page that has at least one option: what an empty query with filters chooses from. */
export const pagesWithOptions = (pages: OptionPages): string[] => [
  ...new Set(FILTER_GROUPS.flatMap((group) => Object.values(pages[group]).flatMap((set) => [...set]))),
];

/** One piece of an excerpt: text, highlighted or not. Rendered as text, never as HTML. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
};

/**
 * Pagefind's excerpt is HTML: the page text with < and > escaped and the hits wrapped in
 * <mark>. Splitting it into parts lets the page build text nodes and <mark> elements itself,
 * so nothing in a result can ever become markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      const text = piece.replace(/&(?:lt|gt|amp|quot|#39);/g, (e) => ENTITIES[e]!);
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/**
 * A result's address with the site's base path, or null when it is not one of the site's own
 * paths: the index is a file on the host, and a link in it must never lead elsewhere
 * (another host, "//host", "javascript:"). Pagefind stores addresses from the root of the
 * built folder ("/fasen/start/") and adds its `baseUrl` itself, so this only adds the base
 * where it is still missing.
 */
export function resultUrl(url: string, base: string): string | null {
  if (!/^\/(?![/\\])[^\s\\]*$/.test(url)) return null;
  const root = base.endsWith('/') ? base : `${base}/`;
  if (url.startsWith(root)) return url;
  return root + url.replace(/^\/+/, '');
}

/** The title of a result: our search title, else the page heading, else its address. */
export function resultTitle(meta: Record<string, string | undefined> | undefined, url: string): string {
  return meta?.['title']?.trim() || url;
}

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Pagefind's hits under this heading, each with its score. */
  weighted_locations?: readonly { balanced_score: number }[];
}

/** How well a sub-result matches: the sum of its hits' scores. */
const subScore = (sub: SubResult) =>
  (sub.weighted_locations ?? []).reduce((sum, hit) => sum + hit.balanced_score, 0);

/**
 * What a result shows under its title: its excerpt, and the sub-results that lead to a heading
 * inside the page (not the page itself), the best-matching `max` of them, best first. When a sub-result has the same excerpt
 * (the best hit is under that heading), the excerpt is shown there only, with its link.
 */
export function resultLayout<T extends SubResult>(
  result: { url: string; excerpt: string; sub_results?: readonly T[] | undefined },
  max = 3,
): { excerpt: string | null; subs: T[] } {
  const subs = (result.sub_results ?? [])
    .filter((s) => s.url !== result.url && s.url.includes('#'))
    .map((sub, i) => ({ sub, i, score: subScore(sub) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, max)
    .map(({ sub }) => sub);
  return { excerpt: subs.some((s) => s.excerpt === result.excerpt) ? null : result.excerpt, subs };
}

/** The filters of a page that shows several sections: the union of their phases, roles and kinds. */
export function sectionsFilters(
  sections: readonly { fasen: readonly string[]; rollen: readonly string[]; soort: SearchKind }[],
): Required<Pick<PageFilters, 'fase' | 'rol' | 'soort'>> {
  return {
    fase: [...new Set(sections.flatMap((s) => s.fasen))],
    rol: [...new Set(sections.flatMap((s) => s.rollen))],
    soort: [...new Set(sections.map((s) => s.soort))],
  };
}
