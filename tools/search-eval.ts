import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * The judged query set (tests/search/judged-queries.json) and how search does on it, as a
 * reader meets it: typed into the header box of a content page, results read from the
 * combobox's list. Shared by tests/browser/search-relevance.test.ts and `npm run bench`.
 */
export interface Judged {
  q: string;
  soort: string;
  relevant: { pagina: string; waarom: string }[];
}

export const judgedQueries = (): Judged[] =>
  (JSON.parse(readFileSync('tests/search/judged-queries.json', 'utf8')) as { vragen: Judged[] }).vragen;

export interface Answer {
  /** The result pages in order, as paths from the site root ("/fasen/start/"). */
  pages: string[];
  /** Milliseconds from the last key to the first result in the list (null: none came). */
  ms: number | null;
}

/** Types a query into the header box (already on a content page) and reads the results. */
export async function askHeader(page: Page, query: string, base = '/'): Promise<Answer> {
  const box = page.locator('header input[name="q"]');
  await box.focus();
  await page.evaluate(() => {
    const list = document.getElementById('kop-zoeklijst')!;
    const input = document.getElementById('kop-zoekterm') as HTMLInputElement;
    const w = window as unknown as { __firstResult?: number | null; __lastKey?: number };
    w.__firstResult = null;
    input.addEventListener('input', () => ((w.__lastKey = performance.now()), (w.__firstResult = null)));
    new MutationObserver(() => {
      if (w.__firstResult == null && list.querySelector('[role="option"]') && !list.dataset['old'])
        w.__firstResult = performance.now() - (w.__lastKey ?? 0);
    }).observe(list, { childList: true });
    // Results still in the list belong to the previous query.
    if (list.childElementCount > 0) list.replaceChildren();
  });
  await box.fill(query);
  await page.waitForFunction(
    (q) => {
      const input = document.getElementById('kop-zoekterm') as HTMLInputElement;
      const list = document.getElementById('kop-zoeklijst')!;
      const status = document.querySelector('.header-search [data-status]')?.textContent ?? '';
      return input.value === q && !list.hasAttribute('aria-busy') && status !== '';
    },
    query,
    { timeout: 30_000 },
  );
  return page.evaluate((root) => {
    const w = window as unknown as { __firstResult?: number | null };
    const pages = [...document.querySelectorAll<HTMLElement>('#kop-zoeklijst [role="option"]')].map((o) =>
      (o.dataset['url'] ?? '').replace(root, '/').replace(/#.*$/, ''),
    );
    return { pages, ms: pages.length ? (w.__firstResult ?? null) : null };
  }, base);
}

/** Success at 1 and at 5 (share of queries with a relevant page first / among the first five) and mean reciprocal rank. */
export function relevance(judged: readonly Judged[], answers: readonly Answer[]) {
  let at1 = 0;
  let at5 = 0;
  let rr = 0;
  const misses: string[] = [];
  judged.forEach((j, i) => {
    const good = new Set(j.relevant.map((r) => r.pagina));
    const rank = answers[i]!.pages.findIndex((p) => good.has(p));
    if (rank === 0) at1++;
    if (rank >= 0 && rank < 5) at5++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank !== 0)
      misses.push(
        `${j.q} → ${rank < 0 ? 'niet in de eerste 6' : `plaats ${rank + 1}`}: ${answers[i]!.pages.slice(0, 3).join(', ')}`,
      );
  });
  const n = judged.length;
  return { n, s1: at1 / n, s5: at5 / n, mrr: rr / n, misses };
}
