import { searchUi } from '~/i18n/nl';
import { askHeader } from '#tools/search-eval.ts';
import { expect, test } from '../support/browser';
import { field } from '../support/content';
import { searchFor } from '../support/search-page';

/**
 * Queries written as questions or sentences, in Chromium against nginx: question and function
 * words neither restrict nor get highlighted, and the beslishulp question a query asks is
 * offered first, in the header box and on the search page, with a line that says why, linked
 * to its block on the phase page.
 */
const sentence = 'wat als de samenwerking stroef loopt';
const asked = field('vragen/monitoring/vraag-2.md', 'vraag');

test('offers the beslishulp question a sentence asks first on the search page, linked to its block', async ({
  page,
  site,
}) => {
  await page.goto(`${site.root}zoeken/`);
  await searchFor(page, sentence);
  const first = page.locator('#zoekresultaten ol > li').first();
  expect(await first.getAttribute('class')).toContain('search-question');
  expect(await first.locator('h2 a').textContent()).toBe(asked);
  expect(await first.locator('.search-result-context').textContent()).toContain(searchUi.questionFits);
  // Pagefind's own results follow it.
  expect(await page.locator('#zoekresultaten ol > li:not(.search-question)').count()).toBeGreaterThan(0);
  await Promise.all([page.waitForURL(/\/fasen\/monitoring\/#vraag-2$/), first.locator('a').click()]);
  expect(await page.locator('#vraag-2').count()).toBe(1);
  expect(await page.locator('#vraag-2').textContent()).toContain(asked);
});

test('offers it first in the header box too, and opens its block with Enter', async ({ page, site }) => {
  await page.goto(`${site.root}bronnen/`);
  const { pages } = await askHeader(page, sentence);
  expect(pages[0]).toBe('/fasen/monitoring/');
  const first = page.locator('#kop-zoeklijst [role="option"]').first();
  expect(await first.getAttribute('data-url')).toBe('/fasen/monitoring/#vraag-2');
  expect(await first.textContent()).toContain(searchUi.questionFits);
  const box = page.locator('header input[name="q"]');
  await box.press('ArrowDown');
  await Promise.all([page.waitForURL(/\/fasen\/monitoring\/#vraag-2$/), box.press('Enter')]);
});

test('lets question and function words neither restrict the results nor be highlighted', async ({
  page,
  site,
}) => {
  await page.goto(`${site.root}zoeken/`);
  const plain = await searchFor(page, 'cliënten betrekken');
  const asQuestion = await searchFor(page, 'hoe kun je de cliënten betrekken');
  // The same pages: "hoe", "kun", "je", "de" neither add nor take away.
  expect(/(\d+) resulta/.exec(asQuestion)?.[1]).toBe(/(\d+) resulta/.exec(plain)?.[1]);
  const marked = await page.$$eval('#zoekresultaten mark', (ms) =>
    ms.map((m) => m.textContent!.toLowerCase()),
  );
  expect(marked.length).toBeGreaterThan(0);
  for (const word of ['hoe', 'kun', 'je', 'de']) expect(marked).not.toContain(word);
});
