import type { Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { askHeader } from '#tools/search-eval.ts';
import { expect, test } from '../support/browser';
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
  // Each option: a title that makes sense alone, where it comes from, an excerpt with the hit.
  const first = options(page).first();
  expect(await first.locator('.header-search-title').textContent()).toMatch(/\S/);
  expect(await first.locator('.header-search-context').textContent()).toMatch(/\S/);
  expect((await first.locator('mark').allTextContents()).join(' ').toLowerCase()).toContain('kartrekker');

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
