/**
 * The header box as a WAI-ARIA combobox (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/):
 * results in a listbox under the box as the reader types, each drawn as its data arrives;
 * arrow keys move (aria-activedescendant, focus stays in the box), Enter opens the chosen
 * result or, with none chosen, the search page; Escape closes. "Alle resultaten" leads to the
 * search page with filters.
 */
import { editorUi, searchUi as t } from '~/i18n/nl';
import { cutQuery, resultTitle, resultUrl } from '~/lib/search';
import { loadPagefind } from './pagefind-client';
import { context, element, excerpt } from './render-result';
import { searchAll, type Outcome } from './search-engine';

/** Results shown in the list; the rest are a click on "Alle resultaten" away. */
const MAX = 6;

function enhance(input: HTMLInputElement) {
  const form = input.form!;
  const popup = form.querySelector<HTMLElement>('[data-popup]')!;
  const list = form.querySelector<HTMLElement>('[role="listbox"]')!;
  const live = form.querySelector<HTMLElement>('[data-status]')!;
  const line = form.querySelector<HTMLElement>('[data-status-line]')!;
  /** The count: shown in the popup, and announced with `extra` (the question offered) by the live region. */
  const say = (text: string, extra = '') => {
    live.textContent = [text, extra].filter(Boolean).join(' ');
    line.textContent = text;
  };
  const all = form.querySelector<HTMLAnchorElement>('[data-all]')!;
  const bundle = form.dataset['bundle']!;
  const base = form.dataset['base']!;
  const load = () => loadPagefind(bundle, base);
  void load().catch(() => undefined);

  let active = -1;
  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];

  const open = (yes: boolean) => {
    popup.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) choose(-1);
  };
  const choose = (index: number) => {
    const items = options();
    active = items.length === 0 ? -1 : index < -1 ? items.length - 1 : index >= items.length ? -1 : index;
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', items[active]!.id);
      items[active]!.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const option = (url: string, title: string, from: string, text: string | null, i: number) => {
    const li = element('div', 'header-search-option');
    li.id = `kop-zoekresultaat-${i}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset['url'] = url;
    const name = element('span', 'header-search-title');
    name.textContent = title;
    li.append(name);
    if (from) {
      const where = element('span', 'header-search-context');
      where.textContent = from;
      li.append(where);
    }
    if (text !== null) li.append(excerpt(text, 'header-search-excerpt'));
    return li;
  };

  /** What the list shows now: its query, the question offered and the results, in order. */
  let shown = '';
  /** The drawing of what `shown` says, while its results' data arrive, and whether it is done. */
  let drawing: Promise<void> = Promise.resolve();
  let drawn = true;
  /**
   * Draws an outcome: the count (`final`: also in the live region) and, when they differ from
   * what is shown, the beslishulp question the query asks and the first MAX results, each as
   * its data arrives. Stops when the query in the box is no longer `q`, or another outcome is
   * being drawn.
   */
  const draw = async (outcome: Outcome, q: string, final: boolean) => {
    const found = outcome.results.length;
    const count = [
      outcome.suggestion ? t.suggestion(outcome.suggestion) : '',
      found === 0 ? `${t.none(q)} ${t.noneHint}` : `${t.count(found, outcome.suggestion ?? q)}.`,
    ]
      .filter(Boolean)
      .join(' ');
    if (final) say(count, outcome.question ? `${t.questionFits}: ${outcome.question.vraag}` : '');
    else line.textContent = count;
    open(true);
    const top = outcome.results.slice(0, MAX);
    const key = [q, outcome.question?.url, ...top.map((r) => r.id)].join(' ');
    // The same list (still being drawn, or drawn and not emptied since): done when it is.
    if (key === shown && (!drawn || list.childElementCount > 0)) return drawing;
    shown = key;
    drawn = false;
    drawing = drawList(outcome, top, q, key).finally(() => (drawn = true));
    return drawing;
  };
  const drawList = async (outcome: Outcome, top: Outcome['results'], q: string, key: string) => {
    const pending = top.map((r) => r.item.data());
    let added = 0;
    // The beslishulp question the query asks comes first, as an option like the results.
    const asked = outcome.question && resultUrl(outcome.question.url, base);
    if (outcome.question && asked) {
      const { fase, nummer, vraag } = outcome.question;
      list.replaceChildren(
        option(asked, vraag, `${t.questionFits} (${t.questionWhere(fase, nummer)})`, null, 0),
      );
      added++;
    }
    for (const [i, next] of pending.entries()) {
      const data = await next.catch(() => null);
      if (typed() !== q || shown !== key) return;
      const url = data && resultUrl(data.url, base);
      if (!data || !url) continue;
      const item = option(
        url,
        resultTitle(data.meta, data.url),
        context(data.filters ?? {}),
        data.excerpt,
        i + 1,
      );
      if (added++ === 0) list.replaceChildren();
      list.append(item);
    }
    if (added === 0) list.replaceChildren();
  };

  /** The query in the box now; a search whose query it no longer is stops drawing. */
  const typed = () => cutQuery(input.value);
  const search = async () => {
    list.setAttribute('aria-busy', 'true');
    all.href = typed() ? `${form.action}?q=${encodeURIComponent(typed())}` : form.action;
    if (!typed()) {
      shown = '';
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      say('');
      return open(false);
    }
    let q = typed();
    try {
      const loaded = await load();
      // The words typed while Pagefind loaded, not only the first key's.
      q = typed();
      if (!q) return;
      // The reader's own words' pages as soon as Pagefind has them; the final list after,
      // drawn again only where it differs (its count is what the live region announces).
      const outcome = await searchAll(loaded, q, {}, (first) => void draw(first, q, false));
      if (typed() !== q) return;
      await draw(outcome, q, true);
      if (typed() !== q) return;
      choose(-1);
    } catch (error) {
      if (typed() !== q) return;
      console.error(error);
      // In `npm run dev` the index does not exist yet: say how to get it, not "try again".
      say(import.meta.env.DEV ? editorUi.searchInDev : t.failed);
      open(true);
    }
    list.removeAttribute('aria-busy');
  };

  const go = (item: HTMLElement | undefined) => {
    const url = item?.dataset['url'];
    if (url) location.assign(url);
  };

  // One search at a time, at once on a key (no pause to wait out: the last key's results come
  // as soon as Pagefind has them); keys typed meanwhile start one more when it ends, for what
  // is in the box then.
  let running = false;
  let again = false;
  const schedule = () => {
    if (running) return void (again = true);
    running = true;
    void search().finally(() => {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    });
  };

  input.addEventListener('input', () => {
    // Busy from the first key: the list is about to change.
    list.setAttribute('aria-busy', 'true');
    schedule();
  });
  input.addEventListener('keydown', (event) => {
    const expanded = !popup.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded && input.value.trim()) return schedule();
      choose(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      go(options()[active]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      open(false);
      input.focus();
    }
  });
  // A click chooses; mousedown must not take focus from the box first.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    go((event.target as Element).closest<HTMLElement>('[role="option"]') ?? undefined);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.childElementCount > 0) open(true);
  });
  if (input.value.trim()) schedule();
}

// Run once, by the loader in HeaderSearch.astro, when the box first gets focus.
const box = document.getElementById('kop-zoekterm');
if (box instanceof HTMLInputElement && !box.dataset['enhanced']) {
  box.dataset['enhanced'] = '';
  enhance(box);
}
