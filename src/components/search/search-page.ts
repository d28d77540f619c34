/**
 * <zoek-pagina>: the search page's behaviour on top of its plain form. It reads ?q= and the
 * filters from the address, searches with Pagefind as the reader types or ticks a filter,
 * keeps the address in step (history.replaceState) and announces the number of results.
 * Pagefind itself is only loaded when there is something to search for. Results are drawn one
 * by one as their data arrives, into space the stylesheet keeps free, so nothing jumps.
 */
import { editorUi, searchUi as t } from '~/i18n/nl';
import { memberOf } from '~/schemas/vocabulary';
import {
  FILTER_GROUPS,
  activeFilterCount,
  emptyFilters,
  filterCounts,
  hasSearch,
  pagefindFilters,
  pagesWithOptions,
  passesFilters,
  stateFromParams,
  urlFromState,
  type FilterGroup,
  type FilterOptions,
  type OptionPages,
  type SearchState,
} from '~/lib/search';
import type { Ranked } from '~/lib/search-query';
import { loadPagefind, type Loaded, type PagefindResult, type PagefindResultData } from './pagefind-client';
import { renderQuestion, renderResult } from './render-result';
import { searchAll } from './search-engine';

/**
 * Results rendered at a time; "more" adds the next batch. Each result fetches its own piece of
 * the index (a fragment, the page's text), so five keep a reader's first search light, as
 * Pagefind's own interface does.
 */
const PAGE_SIZE = 5;
/** Wait this long after a keystroke before searching, so typing stays smooth. */
const TYPING_PAUSE_MS = 150;

const isFilterGroup = memberOf(FILTER_GROUPS);

class SearchPage extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #boxes: HTMLInputElement[] = [];
  #options!: FilterOptions;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Increases with every search; an answer to an older search is dropped. */
  #searchId = 0;
  #results: Ranked<PagefindResult>[] = [];
  /** The beslishulp question the query asks, drawn before the results (none with filters on). */
  #question: HTMLLIElement | null = null;
  #note!: HTMLElement;
  #panel!: HTMLDetailsElement;
  /** Which pages carry each option, asked of Pagefind once, when counts are first needed. */
  #pages: Promise<OptionPages> | undefined;
  /** The last search's results without filters (ids), what the counts are taken from. */
  #unfiltered: string[] | null = null;
  #shown = 0;
  #title = document.title;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#input = this.#form.querySelector('input[name="q"]')!;
    this.#boxes = [...this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    this.#status = this.querySelector('[role="status"]')!;
    this.#list = this.querySelector('#zoekresultaten ol')!;
    this.#more = this.querySelector('button[data-more]')!;
    this.#note = this.querySelector('[data-note]')!;
    this.#panel = this.querySelector('details.search-filters')!;
    // Counts are worked out when they can be seen: opening the filters shows them.
    this.#panel.addEventListener('toggle', () => {
      if (this.#panel.open && hasSearch(this.#read())) void this.#refreshCounts(this.#searchId);
    });
    this.#options = this.#optionsFromBoxes();

    const clear = this.querySelector<HTMLButtonElement>('button[data-clear]')!;
    clear.addEventListener('click', () => {
      for (const box of this.#boxes) box.checked = false;
      void this.#search();
    });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search(), TYPING_PAUSE_MS);
    });
    this.#form.addEventListener('change', (event) => {
      if (event.target !== this.#input) void this.#search();
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search();
    });
    this.#more.addEventListener('click', () => void this.#showMore());

    const state = stateFromParams(new URLSearchParams(location.search), this.#options);
    this.#apply(state);
    // The filters stay folded even when the address ticks some: opening them now would push
    // the results down as they arrive. The summary says how many are on.
    if (hasSearch(state)) void this.#search();
  }

  /** The filter options as the page lists them: each checkbox's group, id and label. */
  #optionsFromBoxes(): FilterOptions {
    const options: Record<FilterGroup, { id: string; label: string }[]> = {
      fase: [],
      rol: [],
      bron: [],
      soort: [],
    };
    for (const box of this.#boxes)
      if (isFilterGroup(box.name))
        options[box.name].push({ id: box.value, label: box.dataset['label'] ?? box.value });
    return options;
  }

  #apply(state: SearchState) {
    this.#input.value = state.q;
    for (const box of this.#boxes)
      box.checked = isFilterGroup(box.name) && state.filters[box.name].includes(box.value);
    this.#showActiveCount(state);
  }

  #read(): SearchState {
    const filters = emptyFilters();
    for (const box of this.#boxes)
      if (box.checked && isFilterGroup(box.name)) filters[box.name].push(box.value);
    return { q: this.#input.value, filters };
  }

  #showActiveCount(state: SearchState) {
    this.querySelector('[data-active-count]')!.textContent = t.activeFilters(activeFilterCount(state));
  }

  async #search() {
    clearTimeout(this.#timer);
    const state = this.#read();
    const id = ++this.#searchId;
    history.replaceState(history.state, '', urlFromState(state, location.pathname));
    document.title = state.q.trim() ? `${state.q.trim()} · ${this.#title}` : this.#title;
    this.#showActiveCount(state);
    if (!hasSearch(state)) return this.#reset();
    if (!this.#status.textContent) this.#status.textContent = t.searching;
    this.#list.setAttribute('aria-busy', 'true');
    try {
      const loaded = await loadPagefind(this.dataset['bundle']!, this.dataset['base']!);
      const term = state.q.trim();
      // Counts and filters come from the same sets of pages, so the counts match the list.
      const pages = activeFilterCount(state) > 0 || this.#panel.open ? await this.#optionPages(loaded) : null;
      // A query is searched without filters and the results filtered here; with no query the
      // filters alone choose, and Pagefind applies them.
      const outcome = await searchAll(loaded, term, term ? {} : pagefindFilters(state, this.#options));
      if (id !== this.#searchId) return;
      this.#unfiltered = term ? outcome.results.map((r) => r.id) : null;
      this.#results =
        term && pages ? outcome.results.filter((r) => passesFilters(r.id, state, pages)) : outcome.results;
      this.#question =
        outcome.question && activeFilterCount(state) === 0
          ? renderQuestion(outcome.question, this.dataset['base']!)
          : null;
      this.#shown = 0;
      // Status and note first, then the results below them: text above never moves results.
      this.#status.textContent = [
        this.#statusText({ ...state, q: outcome.suggestion ?? state.q }, this.#results.length),
        this.#question && outcome.question ? `${t.questionFits}: ${outcome.question.vraag}` : '',
      ]
        .filter(Boolean)
        .join(' ');
      this.#showNote(outcome.suggestion, outcome.relaxed);
      if (pages) this.#showCounts(this.#countsFor(state, pages));
      else this.#showCounts(null);
      await this.#draw(id, true);
    } catch (error) {
      if (id !== this.#searchId) return;
      console.error(error);
      // In `npm run dev` the index does not exist yet: say how to get it, not "reload".
      this.#status.textContent = import.meta.env.DEV ? editorUi.searchInDev : t.failed;
    } finally {
      if (id === this.#searchId) this.#list.removeAttribute('aria-busy');
    }
  }

  /** "Bedoelde u …?" when a word was replaced, and a word on looser matches when they were added. */
  #showNote(suggestion: string | null, relaxed: boolean) {
    const text = [suggestion ? t.suggestion(suggestion) : '', relaxed ? t.relaxed : '']
      .filter(Boolean)
      .join(' ');
    this.#note.textContent = text;
    this.#note.hidden = text === '';
  }

  /**
   * Draws the next PAGE_SIZE results, each as soon as its data (and that of the ones above it)
   * has arrived. `fresh` replaces the previous results when the first new one is ready.
   */
  async #draw(id: number, fresh = false) {
    const batch = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE).map((r) => r.item.data());
    const drawn: HTMLLIElement[] = [];
    // The question first, in the same step as the first result, so nothing moves twice.
    const start = () => this.#list.replaceChildren(...(this.#question ? [this.#question] : []));
    if (fresh && batch.length === 0) start();
    for (const [i, pending] of batch.entries()) {
      let data: PagefindResultData;
      try {
        data = await pending;
      } catch {
        continue;
      }
      if (id !== this.#searchId) return drawn;
      const item = renderResult(data, this.dataset['base']!);
      if (fresh && i === 0) start();
      if (item) {
        this.#list.append(item);
        drawn.push(item);
      }
    }
    this.#shown += batch.length;
    this.#updateMore();
    return drawn;
  }

  /** Which pages carry each option: one filter-only search per option, once per page view. */
  #optionPages(loaded: Loaded): Promise<OptionPages> {
    this.#pages ??= (async () => {
      const pages = { fase: {}, rol: {}, bron: {}, soort: {} } as Record<
        FilterGroup,
        Record<string, Set<string>>
      >;
      await Promise.all(
        FILTER_GROUPS.flatMap((group) =>
          this.#options[group].map(async (option) => {
            const { results } = await loaded.pagefind.search(null, {
              filters: { [group]: { any: [option.label] } },
            });
            pages[group][option.id] = new Set(results.map((r) => r.id));
          }),
        ),
      );
      return pages;
    })().catch((error: unknown) => {
      this.#pages = undefined;
      throw error;
    });
    return this.#pages;
  }

  /** The counts for a state: of the unfiltered results, or with no query of every page. */
  #countsFor(state: SearchState, pages: OptionPages) {
    return filterCounts(this.#unfiltered ?? pagesWithOptions(pages), state, pages);
  }

  /** Fills in the counts when the filters are opened after a search. */
  async #refreshCounts(id: number) {
    const loaded = await loadPagefind(this.dataset['bundle']!, this.dataset['base']!);
    const pages = await this.#optionPages(loaded);
    if (id === this.#searchId) this.#showCounts(this.#countsFor(this.#read(), pages));
  }

  #showCounts(counts: Record<FilterGroup, Record<string, number>> | null) {
    for (const box of this.#boxes) {
      const out = box.parentElement?.querySelector('[data-count]');
      if (out)
        out.textContent = counts && isFilterGroup(box.name) ? `(${counts[box.name][box.value] ?? 0})` : '';
    }
  }

  #statusText(state: SearchState, total: number): string {
    const q = state.q.trim();
    const filters = activeFilterCount(state);
    if (total === 0) return `${t.none(q)} ${filters > 0 ? t.noneWithFilters : t.noneHint}`;
    return `${t.count(total, q)}${filters > 0 ? t.withFilters(filters) : ''}.`;
  }

  async #showMore() {
    const drawn = await this.#draw(this.#searchId);
    // Keyboard and screen reader users continue at the first new result.
    drawn[0]?.querySelector('a')?.focus();
  }

  #updateMore() {
    this.#more.hidden = this.#shown >= this.#results.length;
    this.#more.textContent = t.more(this.#shown, this.#results.length);
  }

  #reset() {
    this.#results = [];
    this.#question = null;
    this.#unfiltered = null;
    this.#shown = 0;
    this.#list.replaceChildren();
    this.#list.removeAttribute('aria-busy');
    this.#showCounts(null);
    this.#status.textContent = '';
    this.#note.hidden = true;
    this.#more.hidden = true;
  }
}

customElements.define('zoek-pagina', SearchPage);
