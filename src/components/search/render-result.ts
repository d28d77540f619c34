/**
 * Builds search results as DOM nodes. Every text from the index (titles, excerpts, labels)
 * goes in as text, never as HTML: only the <mark> elements of the hits are ours. Addresses
 * that are not the site's own are dropped (resultUrl).
 */
import { searchUi as t } from '~/i18n/nl';
import { excerptParts, resultLayout, resultTitle, resultUrl } from '~/lib/search';
import type { QuestionHelp } from '~/lib/search-questions';
import type { PagefindResultData } from './pagefind-client';

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

/** An excerpt with its hits marked. */
export function excerpt(html: string, className: string): HTMLParagraphElement {
  const p = element('p', className);
  for (const part of excerptParts(html)) {
    if (!part.marked) p.append(part.text);
    else {
      const mark = element('mark');
      mark.textContent = part.text;
      p.append(mark);
    }
  }
  return p;
}

function link(url: string, text: string): HTMLAnchorElement {
  const a = element('a');
  a.href = url;
  a.textContent = text;
  return a;
}

/** Where a result comes from, in the reader's words: "Beslishulp · Start · Vraag en antwoord". */
export function context(filters: Record<string, string[]>): string {
  return ['bron', 'fase', 'soort']
    .map((group) => (filters[group] ?? []).join(', '))
    .filter(Boolean)
    .join(' · ');
}

/** A result of the search page, or null when its address is not one of the site's. */
export function renderResult(data: PagefindResultData, base: string): HTMLLIElement | null {
  const url = resultUrl(data.url, base);
  if (url === null) return null;
  const item = element('li', 'search-result');
  const heading = element('h2', 'search-result-title');
  heading.append(link(url, resultTitle(data.meta, data.url)));
  item.append(heading);
  const from = context(data.filters ?? {});
  if (from) {
    const p = element('p', 'search-result-context');
    p.textContent = from;
    item.append(p);
  }
  const layout = resultLayout(data);
  if (layout.excerpt !== null) item.append(excerpt(layout.excerpt, 'search-result-excerpt'));
  const subs = layout.subs.flatMap((sub) => {
    const subUrl = resultUrl(sub.url, base);
    return subUrl === null ? [] : [{ ...sub, url: subUrl }];
  });
  if (subs.length > 0) {
    const list = element('ul', 'search-subresults');
    for (const sub of subs) {
      const li = element('li');
      li.append(link(sub.url, sub.title), excerpt(sub.excerpt, 'search-result-excerpt'));
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/**
 * The beslishulp question a query asks, as the first item of the search page: the question,
 * linked to its block on the phase page, and a line that says why it is there.
 */
export function renderQuestion(question: QuestionHelp, base: string): HTMLLIElement | null {
  const url = resultUrl(question.url, base);
  if (url === null) return null;
  const item = element('li', 'search-result search-question');
  const heading = element('h2', 'search-result-title');
  heading.append(link(url, question.vraag));
  const why = element('p', 'search-result-context');
  why.textContent = `${t.questionFits} (${t.questionWhere(question.fase, question.nummer)}).`;
  item.append(heading, why);
  return item;
}
