import type { Page } from 'playwright-core';

/**
 * The search page as the tests read it: its status line, the number it announces and the
 * results' own links. Shared by the search tests in tests/browser/.
 */
export const status = (page: Page) => page.locator('[role="status"]');
export const searchBox = (page: Page) => page.locator('form[role="search"] input[name="q"]');

/** Waits until the search has answered: the status line says something and no search runs. */
export async function settled(page: Page, expected?: string) {
  await page.waitForFunction((text) => {
    const line = document.querySelector('main [role="status"]')?.textContent ?? '';
    const busy = document.querySelector('#zoekresultaten [aria-busy]');
    return line !== '' && !line.startsWith('Bezig') && !busy && (!text || line.includes(text));
  }, expected);
  return (await page.locator('main [role="status"]').textContent()) ?? '';
}

export async function searchFor(page: Page, query: string) {
  await searchBox(page).fill(query);
  return settled(page, `“${query}”`);
}

/** The results' own links (not their sub-results): [address, title]. */
export const results = (page: Page) =>
  page.$$eval('#zoekresultaten h2 a', (links) =>
    links.map((a) => [a.getAttribute('href') ?? '', a.textContent ?? '']),
  );

/** The number of results the status line announces (0 for "Geen resultaten"). */
export const resultCount = (line: string) => Number(/(\d+) resulta/.exec(line)?.[1] ?? 0);
