import { searchUi } from '~/i18n/nl';
import { askHeader } from '#tools/search-eval.ts';
import { expect, test } from '../support/browser';
import { field } from '../support/content';
import { resultCount, searchFor } from '../support/search-page';

/**
 * Queries written as questions or sentences, in Chromium against nginx: question and function
 * words neither restrict nor get highlighted, a sentence whose words no page holds together
 * finds the pages with most of them, and the beslishulp question a query asks is offered
 * first, in the header box and on the search page, with a line that says why, linked to its
 * block on the phase page.
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

test('a sentence whose words no page holds together finds the pages with most of them first', async ({
  page,
  site,
}) => {
  const words = ['kartrekker', 'mandaat', 'vrijwilligers'];
  await page.goto(`${site.root}zoeken/`);
  const line = await searchFor(page, `hoe krijgt de ${words.join(' en ')}`);
  expect(resultCount(line)).toBeGreaterThan(3);
  expect(await page.locator('[data-note]').textContent()).toBe(searchUi.relaxed);
  // Which pages hold each word itself, as Pagefind tells in quotes (the page has loaded it).
  // (As a string: the test runner would rewrite an import() in a function.)
  const holding = (await page.evaluate(`(async () => {
    const pagefind = await import('${site.root}pagefind/pagefind.js');
    const urls = async (w) =>
      Promise.all((await pagefind.search('"' + w + '"')).results.map(async (r) => (await r.data()).url));
    return Promise.all(${JSON.stringify(words)}.map(urls));
  })()`)) as string[][];
  const held = (url: string) => holding.filter((urls) => urls.includes(url)).length;
  const everyPage = [...new Set(holding.flat())];
  // The premise: no page has all three, some have two.
  expect(everyPage.filter((url) => held(url) === words.length)).toEqual([]);
  const withTwo = everyPage.filter((url) => held(url) === words.length - 1);
  expect(withTwo.length).toBeGreaterThanOrEqual(2);
  // One of those comes first (after the beslishulp question the sentence may ask), and all of
  // them among the first five, before pages with one common word.
  const shown = await page.$$eval('#zoekresultaten ol > li:not(.search-question) h2 a', (links) =>
    links.map((a) => new URL(a.getAttribute('href')!, location.href).pathname),
  );
  expect(held(shown[0]!)).toBe(words.length - 1);
  for (const url of withTwo) expect(shown.slice(0, 5), url).toContain(url);
});

test('offers a question for one of its rare words in a sentence of other words, in the header box', async ({
  page,
  site,
}) => {
  // The build ships each question's rare words (only it has them, few pages use them).
  const help = (await (await page.request.get(`${site.root}pagefind/zoekhulp.json`)).json()) as {
    questions: { url: string; zeldzaam: string[] }[];
  };
  const rare = help.questions.filter((q) => q.zeldzaam.length > 0);
  expect(rare.length).toBeGreaterThanOrEqual(10);
  await page.goto(`${site.root}bronnen/`);
  for (const q of rare) {
    // "collega's blijven bellen": words of no question, and the rare one.
    await askHeader(page, `collega’s blijven ${q.zeldzaam[0]}`);
    const first = page.locator('#kop-zoeklijst [role="option"]').first();
    expect(await first.getAttribute('data-url'), q.zeldzaam[0]).toBe(q.url);
  }
});
