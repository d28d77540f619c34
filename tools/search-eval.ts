import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

/**
 * The judged query set (tests/search/judged-queries.json) and how search does on it, as a
 * reader meets it: typed into the header box of a content page, results read from the
 * combobox's list. Shared by tests/browser/search-relevance.test.ts and `npm run bench`.
 */
export interface Judged {
  q: string;
  soort: string;
  /** "apart": held apart while tuning the ranking (issue 24), measured at the end only. */
  deel?: 'apart';
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

/**
 * How a reader's query reaches the header box in a cold measurement: `fill` puts the whole
 * query in at once right after focus (as askHeader does; the bench's figure since issue 18);
 * `typed` types it key by key with a reader's pauses (160 ms), starting 600 ms after focus
 * (a reader clicks the box, then types), so search may work while the reader types.
 */
export type Typing = 'fill' | 'typed';
const KEY_PAUSE_MS = 160;
const FOCUS_TO_TYPING_MS = 600;

/**
 * One cold search in the header box: a fresh context (empty cache), the page at `path`, the box
 * focused, the query entered. Milliseconds from the last key to the first option in the list.
 * Works on any build with the header box's ids (kop-zoekterm, kop-zoeklijst), older ones too.
 */
export async function coldSearch(
  browser: Browser,
  siteUrl: string,
  query: string,
  typing: Typing,
  path = 'bronnen/',
): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const list = document.getElementById('kop-zoeklijst')!;
      const input = document.getElementById('kop-zoekterm')!;
      const w = window as unknown as { __first: number | null; __lastKey: number };
      w.__first = null;
      input.addEventListener('input', () => ((w.__lastKey = performance.now()), (w.__first = null)));
      new MutationObserver(() => {
        if (w.__first == null && list.querySelector('[role="option"]'))
          w.__first = performance.now() - w.__lastKey;
      }).observe(list, { childList: true });
    });
    const box = page.locator('header input[name="q"]');
    await box.focus();
    if (typing === 'fill') await box.fill(query);
    else {
      await page.waitForTimeout(FOCUS_TO_TYPING_MS);
      await box.pressSequentially(query, { delay: KEY_PAUSE_MS });
    }
    const first = () => (window as unknown as { __first: number | null }).__first;
    await page.waitForFunction(first, null, { timeout: 30_000 });
    return (await page.evaluate(first))!;
  } finally {
    await context.close();
  }
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
