import type { Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { askHeader } from '#tools/search-eval.ts';
import { searchUi } from '~/i18n/nl';
import { expect, test } from '../support/browser';
import { field } from '../support/content';
import { axeViolations } from '../support/axe';

/**
 * The header box as a combobox: results in place on every content page, loaded on focus only,
 * keyboard use, "Bedoelde u", accessibility, and the plain form without JavaScript.
 */
const box = (page: Page) => page.locator('header input[name="q"]');
const options = (page: Page) => page.locator('#kop-zoeklijst [role="option"]');

test('loads nothing of search before the box gets focus, and at most 1 KB gzipped of JavaScript', async ({
  page,
  site,
}) => {
  const scripts: Promise<number>[] = [];
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const measure = (r: import('playwright-core').Response) => {
    if (r.request().resourceType() === 'script') scripts.push(r.body().then((b) => gzipSync(b).length));
  };
  page.on('response', measure);
  await page.goto(`${site.root}werkvormen/netwerkanalyse/`, { waitUntil: 'networkidle' });
  page.off('response', measure);
  const inline = await page.$$eval('script:not([src])', (s) => s.map((x) => x.textContent ?? '').join(''));
  const before = (await Promise.all(scripts)).reduce((a, b) => a + b, 0) + gzipSync(inline).length;
  expect(before).toBeLessThanOrEqual(1024);
  expect(requests.filter((p) => p.includes('/pagefind/'))).toEqual([]);

  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/pagefind/pagefind.js')),
    box(page).focus(),
  ]);
  await page.waitForLoadState('networkidle');
  // The word list is for "Bedoelde u" only, fetched when a word finds nothing.
  expect(requests.some((p) => p.endsWith('/woorden.json'))).toBe(false);
});

test('shows results as the reader types, moves with the arrow keys and opens one with Enter', async ({
  page,
  site,
  pageErrors,
}) => {
  await page.goto(`${site.root}bronnen/`);
  const { pages } = await askHeader(page, 'kartrekker');
  expect(pages.length).toBeGreaterThan(0);
  const input = box(page);
  await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
  // "kartrekker" asks reflectie 1, vraag 1: that question's block comes first, saying why.
  const first = options(page).first();
  expect(await first.getAttribute('data-url')).toBe('/fasen/start/#vraag-1');
  expect(await first.locator('.header-search-title').textContent()).toBe(
    field('vragen/start/vraag-1.md', 'vraag'),
  );
  expect(await first.locator('.header-search-context').textContent()).toContain(searchUi.questionFits);
  // Each result: a title that makes sense alone, where it comes from, an excerpt with the hit.
  const result = options(page).nth(1);
  expect(await result.locator('.header-search-title').textContent()).toMatch(/\S/);
  expect(await result.locator('.header-search-context').textContent()).toMatch(/\S/);
  expect((await result.locator('mark').allTextContents()).join(' ').toLowerCase()).toContain('kartrekker');

  await input.press('ArrowDown');
  await input.press('ArrowDown');
  const second = options(page).nth(1);
  expect(await input.getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
  expect(await second.getAttribute('aria-selected')).toBe('true');
  await input.press('ArrowUp');
  expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));

  await input.press('Escape');
  expect(await input.getAttribute('aria-expanded')).toBe('false');
  expect(await page.locator('.header-search-popup').isHidden()).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('kop-zoekterm');

  await input.press('ArrowDown'); // opens again
  await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
  await input.press('ArrowDown');
  await Promise.all([page.waitForURL((url) => url.pathname === pages[0]), input.press('Enter')]);
  expect(pageErrors).toEqual([]);
});

test('"Alle resultaten" and Enter without a choice lead to the search page with the query', async ({
  page,
  site,
}) => {
  await page.goto(`${site.root}fasen/`);
  await askHeader(page, 'draagvlak');
  const all = page.locator('.header-search-all');
  expect(new URL((await all.getAttribute('href'))!, site.root).search).toBe('?q=draagvlak');
  await Promise.all([page.waitForURL(/\/zoeken\/\?q=draagvlak$/), box(page).press('Enter')]);
});

test('suggests the closest word for a typo ("Bedoelde u") and finds its pages', async ({ page, site }) => {
  await page.goto(`${site.root}fasen/`);
  const { pages } = await askHeader(page, 'kartreker');
  expect(await page.locator('.header-search [data-status]').textContent()).toContain(
    'Bedoelde u “kartrekker”',
  );
  expect(pages.slice(0, 3)).toContain('/fasen/start/vraag-1/a/');
});

test('works under the sub-path /handboek/', async ({ page, site }) => {
  await page.goto(`${site.subPath}fasen/`);
  const { pages } = await askHeader(page, 'netwerkanalyse', '/handboek/');
  expect(pages).toContain('/werkvormen/netwerkanalyse/');
  const url = await options(page).first().getAttribute('data-url');
  expect(url).toMatch(/^\/handboek\//);
});

test.for([1280, 320])(
  'has no axe-core violations with the results open, %i px wide',
  async (width, { page, site }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${site.root}werkvormen/`);
    await askHeader(page, 'visie');
    await box(page).press('ArrowDown');
    expect(await axeViolations(page, `zoekvak open, ${width} px`)).toEqual([]);
    // The popup fits the screen.
    const popup = await page.locator('.header-search-popup').boundingBox();
    expect(popup!.x).toBeGreaterThanOrEqual(0);
    expect(popup!.x + popup!.width).toBeLessThanOrEqual(width);
  },
);

test('is a valid combobox whose live region is there before any result', async ({ page, site }) => {
  await page.goto(`${site.root}werkvormen/`);
  // ARIA in HTML allows role="combobox" on a text input, not on type="search".
  expect(await box(page).getAttribute('type')).toBe('text');
  expect(await box(page).getAttribute('role')).toBe('combobox');
  // The live region is in the page, and not inside the hidden popup, before the first key.
  const live = page.locator('.header-search [role="status"]');
  expect(await live.count()).toBe(1);
  expect(await live.evaluate((el) => el.closest('[hidden]') === null)).toBe(true);
  await askHeader(page, 'draagvlak');
  expect(await live.textContent()).toMatch(/\d+ resulta/);
});

test('keeps 4.5:1 on the highlighted option, context line included, in the dark scheme', async ({
  page,
  site,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${site.root}werkvormen/`);
  await askHeader(page, 'visie');
  for (let i = 0; i < 2; i++) await box(page).press('ArrowDown');
  expect(await options(page).nth(1).getAttribute('aria-selected')).toBe('true');
  expect(await axeViolations(page, 'zoekvak donker, keuze gemarkeerd')).toEqual([]);
});

test('lies over the page on a phone, at least 280 px wide at 320 px, without moving the page', async ({
  page,
  site,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${site.root}werkvormen/`);
  const top = () => page.locator('main h1').evaluate((h) => h.getBoundingClientRect().top);
  const before = await top();
  await askHeader(page, 'kartrekker');
  expect(await page.locator('.header-search-popup').isVisible()).toBe(true);
  expect(await top()).toBe(before);
  const list = (await page.locator('#kop-zoeklijst').boundingBox())!;
  expect(list.width).toBeGreaterThanOrEqual(280);
  expect(list.x).toBeGreaterThanOrEqual(0);
  expect(list.x + list.width).toBeLessThanOrEqual(320);
});

test('cuts a pasted query at 200 characters before it goes into the address', async ({
  page: scriptPage,
  noScriptPage,
  site,
}) => {
  const pasted = 'kartrekker '.repeat(2000);
  for (const page of [noScriptPage, scriptPage]) {
    await page.goto(`${site.root}werkvormen/`);
    await box(page).focus();
    await page.keyboard.insertText(pasted);
    expect((await box(page).inputValue()).length).toBe(200);
    await Promise.all([page.waitForURL(/\/zoeken\//), box(page).press('Enter')]);
    const q = new URL(page.url()).searchParams.get('q')!;
    expect(q.length).toBeLessThanOrEqual(200);
    expect(q.startsWith('kartrekker kartrekker')).toBe(true);
  }
});
