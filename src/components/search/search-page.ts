/**
 * <zoek-pagina>: the search page's behaviour on top of its plain form. It reads ?q= and the
 * filters from the address, searches with Pagefind as the reader types or ticks a filter,
 * keeps the address in step (history.replaceState) and announces the number of results.
 * Pagefind itself is only loaded when there is something to search for.
 */
import { editorUi, searchUi as t } from '~/i18n/nl';
import { memberOf } from '~/schemas/vocabulary';
import {
  FILTER_GROUPS,
  activeFilterCount,
  countsById,
  emptyFilters,
  hasSearch,
  pagefindFilters,
  stateFromParams,
  urlFromState,
  type FilterGroup,
  type FilterOptions,
  type SearchState,
} from '~/lib/search';
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind-client';
import { renderResult } from './render-result';

/** Results rendered at a time; "more" adds the next batch. */
const PAGE_SIZE = 10;
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
  #results: PagefindResult[] = [];
  #shown = 0;
  #title = document.title;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#input = this.#form.querySelector('input[name="q"]')!;
    this.#boxes = [...this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    this.#status = this.querySelector('[role="status"]')!;
    this.#list = this.querySelector('#zoekresultaten ol')!;
    this.#more = this.querySelector('button[data-more]')!;
    this.#options = this.#optionsFromBoxes();

    const clear = this.querySelector<HTMLButtonElement>('button[data-clear]')!;
    clear.hidden = false;
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
    if (activeFilterCount(state) > 0) this.querySelector('details')!.open = true;
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
      const pagefind = await loadPagefind(this.dataset['bundle']!, this.dataset['base']!);
      const term = state.q.trim() || null;
      const response = await pagefind.search(term, { filters: pagefindFilters(state, this.#options) });
      const counts = await this.#counts(pagefind, term, state, response.filters);
      const first = await Promise.all(response.results.slice(0, PAGE_SIZE).map((r) => r.data()));
      if (id !== this.#searchId) return;
      this.#results = response.results;
      this.#shown = first.length;
      this.#list.replaceChildren(...first.map((data) => renderResult(data, this.dataset['base']!)));
      this.#showCounts(counts);
      this.#status.textContent = this.#statusText(state, response.results.length);
      this.#updateMore();
    } catch (error) {
      if (id !== this.#searchId) return;
      console.error(error);
      // In `npm run dev` the index does not exist yet: say how to get it, not "reload".
      this.#status.textContent = import.meta.env.DEV ? editorUi.searchInDev : t.failed;
    } finally {
      if (id === this.#searchId) this.#list.removeAttribute('aria-busy');
    }
  }

  /**
   * The count beside each option: how many results ticking it would give. Options of a group
   * that has ticked boxes are counted without that group's own filter, because within a group
   * any ticked option may match (Start or Platform).
   */
  async #counts(
    pagefind: Pagefind,
    term: string | null,
    state: SearchState,
    own: Record<string, Record<string, number>>,
  ) {
    const counts = countsById(own, this.#options);
    for (const group of FILTER_GROUPS) {
      if (state.filters[group].length === 0) continue;
      const without = { ...state, filters: { ...state.filters, [group]: [] } };
      // With nothing else to search for, an option counts all pages that have it.
      const other = hasSearch(without)
        ? (await pagefind.search(term, { filters: pagefindFilters(without, this.#options) })).filters
        : await pagefind.filters();
      counts[group] = countsById(other, this.#options)[group];
    }
    return counts;
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
    const id = this.#searchId;
    const next = await Promise.all(
      this.#results.slice(this.#shown, this.#shown + PAGE_SIZE).map((r) => r.data()),
    );
    if (id !== this.#searchId || next.length === 0) return;
    const items = next.map((data) => renderResult(data, this.dataset['base']!));
    this.#list.append(...items);
    this.#shown += next.length;
    this.#updateMore();
    // Keyboard and screen reader users continue at the first new result.
    items[0]!.querySelector('a')!.focus();
  }

  #updateMore() {
    this.#more.hidden = this.#shown >= this.#results.length;
    this.#more.textContent = t.more(this.#shown, this.#results.length);
  }

  #reset() {
    this.#results = [];
    this.#shown = 0;
    this.#list.replaceChildren();
    this.#list.removeAttribute('aria-busy');
    this.#showCounts(null);
    this.#status.textContent = '';
    this.#more.hidden = true;
  }
}

customElements.define('zoek-pagina', SearchPage);
